#include "suggest/measure.hpp"

#include "anchor/anchor.hpp"
#include "load/load.hpp"
#include "suggest/place.hpp"
#include "suggest/suggest.hpp"

#include <algorithm>
#include <chrono>
#include <fmt/format.h>

namespace claimcheck::suggest {

namespace {

struct Span {
    std::string topic;
    std::size_t begin = 0;
    std::size_t end = 0;
};

bool meet(const Span& a, const Span& b) {
    return a.topic == b.topic && a.begin < b.end && b.begin < a.end;
}

SourceScore score_source(const Story& story, const std::vector<Source>& sources, const Source& held_out) {
    Request request;
    request.story = &story;
    for (const auto& source : sources) {
        if (&source != &held_out) {
            request.others.push_back(&source);
        }
    }
    request.article = &held_out.article;
    request.text = held_out.text;
    const auto start = std::chrono::steady_clock::now();
    const ClaimFile file = propose(request);
    SourceScore score;
    score.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    score.story = story.id;
    score.source = held_out.id;
    std::vector<Span> curated;
    for (const auto& claim : held_out.claims) {
        if (const auto span = claim_span(held_out, claim)) {
            curated.push_back({claim.topic, span->first, span->second});
        } else {
            curated.push_back({claim.topic, 0, 0});
        }
    }
    std::vector<Span> proposed;
    for (const auto& p : file.claims) {
        proposed.push_back({p.topic, p.quote_offset, p.quote_offset + p.quote.size()});
    }
    score.curated = curated.size();
    score.proposed = proposed.size();
    for (std::size_t i = 0; i < curated.size(); ++i) {
        const bool hit =
            std::any_of(proposed.begin(), proposed.end(), [&](const Span& p) { return meet(p, curated[i]); });
        score.recalled += hit ? 1 : 0;
        if (!hit) {
            score.missed.push_back(fmt::format("{}: {}", held_out.claims[i].topic, held_out.claims[i].quote));
        }
    }
    for (std::size_t i = 0; i < proposed.size(); ++i) {
        const bool hit =
            std::any_of(curated.begin(), curated.end(), [&](const Span& c) { return meet(c, proposed[i]); });
        score.correct += hit ? 1 : 0;
        if (!hit) {
            score.wrong.push_back(fmt::format("{}: {} ({:.2f}; {})", file.claims[i].topic, file.claims[i].quote,
                                              file.claims[i].sureness, file.claims[i].why));
        }
    }
    return score;
}

}  // namespace

std::vector<SourceScore> leave_one_out(const std::filesystem::path& story_dir, Diagnostics& diagnostics) {
    const auto story = load::load_story(story_dir, diagnostics);
    if (!story) {
        return {};
    }
    std::vector<Source> sources;
    for (const auto& file : load::claim_files(story_dir)) {
        Source source = load::load_source(*story, file, diagnostics);
        anchor::anchor_source(source, diagnostics);
        if (source.article_loaded) {
            sources.push_back(std::move(source));
        }
    }
    std::vector<SourceScore> scores;
    for (const auto& source : sources) {
        scores.push_back(score_source(*story, sources, source));
    }
    return scores;
}

Totals totals(const std::vector<SourceScore>& scores) {
    Totals t;
    for (const auto& s : scores) {
        t.curated += s.curated;
        t.recalled += s.recalled;
        t.proposed += s.proposed;
        t.correct += s.correct;
    }
    return t;
}

}  // namespace claimcheck::suggest
