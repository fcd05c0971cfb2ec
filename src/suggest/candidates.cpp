// Figures, dates and framing cues of a new article.
#include "suggest/candidates.hpp"

#include "framing/lexicon.hpp"
#include "model/cues.hpp"

#include <algorithm>
#include <map>

namespace claimcheck::suggest {

namespace {

// What a figure counts: its unit word, else the first content word after
// it in its sentence, within two words ("four remains last year" -> "remain").
std::string counted_noun(const Text& text, const grammar::Quantity& q, std::size_t end) {
    if (!q.unit.empty()) {
        const auto words = words_of(q.unit);
        return words.empty() ? "" : words.back().stem;
    }
    const Sentence& sentence = text.sentences[sentence_at(text, end)];
    int seen = 0;
    for (const auto& word : text.words) {
        if (word.offset < end || word.offset >= sentence.end) {
            continue;
        }
        if (++seen > 2) {
            break;
        }
        if (!word.stop && !word.number) {
            return word.stem;
        }
    }
    return "";
}

}  // namespace

Candidate candidate_at(const Text& text, Kind kind, std::size_t begin, std::size_t end) {
    Candidate c;
    c.kind = kind;
    c.offset = begin;
    c.length = end - begin;
    c.text = text.article->text.substr(begin, end - begin);
    c.context = context_of(text, begin, end);
    return c;
}

std::vector<Candidate> figures_and_dates(const Text& text, const grammar::DateContext& context) {
    const std::string& all = text.article->text;
    std::vector<Candidate> out;
    for (auto& found : grammar::find_quantities(all)) {
        Candidate c = candidate_at(text, Kind::quantity, found.offset, found.offset + found.length);
        c.quantity = std::move(found.value);
        c.noun = counted_noun(text, *c.quantity, c.offset + c.length);
        out.push_back(std::move(c));
    }
    for (auto& found : grammar::find_dates(all, context)) {
        Candidate c = candidate_at(text, Kind::date, found.offset, found.offset + found.length);
        c.date = std::move(found.value);
        out.push_back(std::move(c));
    }
    return out;
}

constexpr std::size_t clause_words = 5;  // a clause shorter than this takes in its neighbours

std::vector<Candidate> cue_clauses(const Text& text, const Story& story) {
    const std::string& all = text.article->text;
    const std::vector<framing::Cue> cues = framing::find_cues(all);
    // The cues of each clause, by scale.
    std::map<std::tuple<std::size_t, std::size_t, framing::ScaleId>, std::vector<framing::Cue>> clauses;
    for (const auto& cue : cues) {
        const auto [begin, end] = clause_around(text, cue.offset, cue.offset + cue.length, clause_words);
        clauses[{begin, end, cue.scale}].push_back(cue);
    }
    std::vector<Candidate> out;
    for (const auto& [place, found] : clauses) {
        const auto& [begin, end, scale_id] = place;
        const std::string& scale_name = framing::builtin_scale(scale_id).name;
        const auto scale = story.scales.find(scale_name);
        if (scale == story.scales.end()) {
            continue;
        }
        const auto level = level_from_cues(found, scale->second);
        if (!level) {
            continue;
        }
        Candidate c = candidate_at(text, Kind::frame, begin, end);
        c.scale = scale_id;
        c.level = scale->second.levels[static_cast<std::size_t>(level->level)];
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<Candidate> plain_clauses(const Text& text) {
    const std::string& all = text.article->text;
    std::vector<Candidate> out;
    std::size_t covered = 0;
    for (const auto& word : text.words) {
        if (word.offset < covered) {
            continue;
        }
        const auto [begin, end] = clause_around(text, word.offset, word.offset + word.length, clause_words);
        covered = end;
        if (words_of(std::string_view(all).substr(begin, end - begin)).size() < clause_words) {
            continue;
        }
        out.push_back(candidate_at(text, Kind::frame, begin, end));
    }
    return out;
}

}  // namespace claimcheck::suggest
