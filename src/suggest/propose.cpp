// propose(): candidates, scores, choices, and each chosen match written as
// a claim with its quote, value and reasons.
#include "model/cues.hpp"
#include "suggest/choose.hpp"
#include "suggest/dateline.hpp"
#include "suggest/place.hpp"
#include "suggest/suggest.hpp"
#include "util/calendar.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <set>

namespace claimcheck::suggest {

namespace {

constexpr std::size_t words_shown = 3;

grammar::DateContext date_context(const Story& story, const std::optional<Published>& published) {
    grammar::DateContext context;
    if (published) {
        context.published = published->day;
        context.published_at = published->at;
    }
    context.timezone = story.timezone;
    context.timezone_declared = story.timezone_declared;
    context.fiscal_year_start = story.fiscal_year_start;
    context.hemisphere = story.hemisphere;
    context.zone_abbreviations = story.zone_abbreviations.get();
    return context;
}

std::vector<Candidate> candidates_of(const Text& text, const Knowledge& k, const grammar::DateContext& context,
                                     const std::optional<Published>& published) {
    std::vector<Candidate> all = figures_and_dates(text, context);
    for (auto& c : all) {
        c.dateline = published && c.kind == Kind::date && published->offset != std::string::npos &&
                     c.offset <= published->offset && published->offset < c.offset + c.length;
    }
    auto names = name_mentions(text, k.spellings, *k.names);
    all.insert(all.end(), std::make_move_iterator(names.begin()), std::make_move_iterator(names.end()));
    auto cues = cue_clauses(text, *k.story);
    all.insert(all.end(), std::make_move_iterator(cues.begin()), std::make_move_iterator(cues.end()));
    auto clauses = plain_clauses(text);
    all.insert(all.end(), std::make_move_iterator(clauses.begin()), std::make_move_iterator(clauses.end()));
    auto quoted = quotations(text, k.people);
    all.insert(all.end(), std::make_move_iterator(quoted.begin()), std::make_move_iterator(quoted.end()));
    return all;
}

std::string what_it_is(const Candidate& c) {
    switch (c.kind) {
        case Kind::quantity:
            return std::string(grammar::dimension_name(c.quantity->dimension));
        case Kind::date:
            return "a date";
        case Kind::name:
            return c.entity.empty() ? fmt::format("the name {}", c.spelling) : fmt::format("entity {}", c.entity);
        case Kind::frame:
            return c.scale ? fmt::format("{} cue ({})", framing::builtin_scale(*c.scale).name, c.level)
                           : "a clause with no cue word";
        case Kind::quote:
            return c.speaker.empty() ? "a quotation" : fmt::format("a quotation of {}", c.speaker);
    }
    return "";
}

// "a count near "died", "flooding"; fits 002's "180 lives"; like 000's claim".
std::string why(const Match& m, const Candidate& c, const TopicProfile& t, const Knowledge& k, const Text& text) {
    Bag wanted = t.merged;
    for (const auto& [stem, weight] : t.label) {
        wanted[stem] = std::max(wanted[stem], weight);
    }
    const auto words = written_words(text, shared_stems(wanted, c.context, k.rarity, words_shown),
                                     text.sentences[sentence_at(text, c.offset)].begin,
                                     text.sentences[sentence_at(text, c.offset)].end);
    std::string out = what_it_is(c);
    for (std::size_t i = 0; i < words.size(); ++i) {
        out += fmt::format("{}\"{}\"", i == 0 ? " near " : ", ", words[i]);
    }
    if (!m.value.says.empty()) {
        out += "; " + m.value.says;
    }
    if (c.kind == Kind::frame && !c.scale) {
        out += fmt::format("; the level ({}) is the one most other sources give", c.level);
    }
    if (m.speaker) {
        out += "; the topic's speaker";
    }
    if (t.known.empty()) {
        out += "; no other source claims this topic: matched on its label";
    } else if (m.like != nullptr) {
        out += fmt::format("; said as in {}", m.like->source->id);
    }
    return out;
}

// How sure, 0 to 1, from a score and the least score its topic's kind needs:
// one half at that least, and the more above it the nearer to 1 (scores of
// kinds that need less evidence grow as fast).
double sureness(double score, double least) {
    return 1 - std::pow(0.5, score / least);
}

// The level most of the other sources' claims on a frame topic give (the
// first of equals in the scale's order).
std::string usual_level(const TopicProfile& t) {
    std::map<std::string, int> count;
    for (const auto& known : t.known) {
        if (const auto* frame = std::get_if<FrameValue>(&known.claim->value)) {
            ++count[frame->level_name];
        }
    }
    std::string best;
    for (const auto& [level, n] : count) {
        best = best.empty() || n > count[best] ? level : best;
    }
    return best;
}

// The value a claim needs when its quote alone would be read otherwise.
std::string value_for(const Candidate& c, const Quoted& q, const Story& story, const grammar::DateContext& context) {
    switch (c.kind) {
        case Kind::quantity: {
            const auto found = grammar::find_quantities(q.quote);
            return found.size() == 1 && found.front().value.canonical == c.quantity->canonical ? "" : c.text;
        }
        case Kind::date: {
            const auto found = grammar::find_dates(q.quote, context);
            return found.size() == 1 && found.front().value.canonical == c.date->canonical ? "" : c.text;
        }
        case Kind::name:
            return q.widened ? c.text : "";
        case Kind::frame: {
            if (!c.scale) {
                return c.level;
            }
            const auto& scale = story.scales.at(framing::builtin_scale(*c.scale).name);
            const auto level = level_from_cues(framing::find_cues(q.quote), scale);
            return level && scale.levels[static_cast<std::size_t>(level->level)] == c.level ? "" : c.level;
        }
        case Kind::quote:
            return "";
    }
    return "";
}

Proposal proposal_with(const Match& m, const Candidate& c, const Quoted& q, const Knowledge& k, const Text& text,
                       const grammar::DateContext& context);

Proposal proposal_of(const Match& m, const Candidate& c, const Knowledge& k, const Text& text,
                     const grammar::DateContext& context) {
    const TopicProfile& t = k.topics[m.topic];
    const Quoted q = quote_at(*text.article, c.offset, c.offset + c.length);
    if (c.kind == Kind::frame && !c.scale) {
        Candidate cued = c;
        cued.level = usual_level(t);
        return proposal_with(m, cued, q, k, text, context);
    }
    return proposal_with(m, c, q, k, text, context);
}

Proposal proposal_with(const Match& m, const Candidate& c, const Quoted& q, const Knowledge& k, const Text& text,
                       const grammar::DateContext& context) {
    const TopicProfile& t = k.topics[m.topic];
    Proposal p;
    p.topic = t.id;
    p.kind = t.kind;
    p.quote = q.quote;
    p.quote_offset = q.offset;
    p.line = q.line;
    p.value = value_for(c, q, *k.story, context);
    p.speaker = c.speaker;
    p.sureness = sureness(m.score, threshold(t.kind, !t.known.empty()));
    p.why = why(m, c, t, k, text);
    return p;
}

std::vector<Leftover> leftovers(const std::vector<Candidate>& candidates, const std::vector<Match>& kept,
                                const Text& text) {
    const auto claimed = [&](const Candidate& c) {
        return std::any_of(kept.begin(), kept.end(), [&](const Match& m) {
            const Candidate& k = candidates[m.candidate];
            return k.kind == c.kind && c.offset < k.offset + k.length && k.offset < c.offset + c.length;
        });
    };
    std::vector<Leftover> out;
    std::set<std::pair<std::size_t, std::size_t>> listed;
    for (const Candidate& c : candidates) {
        const bool figure = c.kind == Kind::quantity || c.kind == Kind::date || c.kind == Kind::name;
        if (!figure || claimed(c) || !listed.insert({c.offset, c.length}).second) {
            continue;
        }
        out.push_back({c.offset, text.article->lines.line_of(c.offset), c.text, what_it_is(c)});
    }
    std::sort(out.begin(), out.end(), [](const Leftover& a, const Leftover& b) {
        return std::tie(a.offset, a.text) < std::tie(b.offset, b.text);
    });
    return out;
}

}  // namespace

ClaimFile propose(const Request& request) {
    const Text text = read_text(*request.article);
    const Knowledge k = learn(request, text);
    auto published = published_of(text, *request.story);
    const bool guessed = !published && request.story->date;
    if (guessed) {
        published = Published{calendar::iso_date(*request.story->date), "", std::string::npos, *request.story->date,
                              std::nullopt};
    }
    const grammar::DateContext context = date_context(*request.story, published);
    const std::vector<Candidate> candidates = candidates_of(text, k, context, published);
    const std::vector<Match> kept = choose(score_all(candidates, k), candidates, k);
    ClaimFile file;
    file.outlet = request.outlet;
    file.text = request.text;
    if (published) {
        file.published = published->toml;
        file.published_from = published->from;
        file.published_guessed = guessed;
    }
    for (const auto& m : kept) {
        file.claims.push_back(proposal_of(m, candidates[m.candidate], k, text, context));
    }
    std::sort(file.claims.begin(), file.claims.end(), [](const Proposal& a, const Proposal& b) {
        return std::tie(a.quote_offset, a.topic) < std::tie(b.quote_offset, b.topic);
    });
    file.unmatched = leftovers(candidates, kept, text);
    return file;
}

}  // namespace claimcheck::suggest
