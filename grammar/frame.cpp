// Framing (spec §3, §6.4): the built-in scales, levels, and the cue lexicon
// of hedges, boosters and evaluative words found in quotes.
#include <algorithm>
#include <memory>
#include <array>
#include <initializer_list>
#include <span>
#include <string>

#include "grammar/config.hpp"
#include "grammar/convert.hpp"
#include "grammar/text.hpp"
#include "grammar/value.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar {

namespace {

std::array<BuiltinScale, 4> const scales{{
    {"certainty", {"ruled-out", "doubtful", "possible", "probable", "planned", "agreed", "done"}, 2, 3},
    {"significance", {"setback", "none", "modest", "meaningful", "major", "historic"}, 2, 3},
    {"novelty", {"first", "resumed", "continued", "consolidated"}, 2, 3},
    {"status", {"absent", "mentioned", "discussed", "addressed", "resolved"}, 2, 3},
}};

// What a cue means: a level of a built-in scale. `word` is the lexicon entry.
struct Meaning {
    char const* word = "";
    char const* scale = "";
    char const* level = "";
};

namespace x3 = boost::spirit::x3;

constexpr Meaning certainty(char const* word, char const* level) {
    return {word, "certainty", level};
}
constexpr Meaning significance(char const* word, char const* level) {
    return {word, "significance", level};
}
constexpr Meaning novelty(char const* word, char const* level) {
    return {word, "novelty", level};
}
constexpr Meaning status(char const* word, char const* level) {
    return {word, "status", level};
}

// A cue table named `name` (for messages): each cue of `lists` under its
// words, a later cue replacing an earlier one of the same words.
parser::symbols<Meaning> cue_table(char const* name, std::initializer_list<std::span<Meaning const>> lists) {
    parser::symbols<Meaning> table(std::string{name});
    for (auto const& list : lists) {
        for (auto const& m : list) {
            table.at(std::string_view(m.word)) = m;
        }
    }
    return table;
}

// Hedges: words that lower certainty.
constexpr std::array hedge_cues{
    certainty("ruled out", "ruled-out"),
    certainty("rules out", "ruled-out"),
    certainty("rejected", "ruled-out"),
    certainty("denied", "ruled-out"),
    certainty("no plans", "ruled-out"),
    certainty("will not", "ruled-out"),
    certainty("unlikely", "doubtful"),
    certainty("doubtful", "doubtful"),
    certainty("doubts", "doubtful"),
    certainty("uncertain", "doubtful"),
    certainty("unclear", "doubtful"),
    certainty("skeptical", "doubtful"),
    certainty("sceptical", "doubtful"),
    certainty("may", "possible"),
    certainty("might", "possible"),
    certainty("could", "possible"),
    certainty("possible", "possible"),
    certainty("possibly", "possible"),
    certainty("potential", "possible"),
    certainty("potentially", "possible"),
    certainty("suggest", "possible"),
    certainty("suggests", "possible"),
    certainty("suggesting", "possible"),
    certainty("reports suggest", "possible"),
    certainty("media reports suggest", "possible"),
    certainty("reportedly", "possible"),
    certainty("speculation", "possible"),
    certainty("rumored", "possible"),
    certainty("rumoured", "possible"),
    certainty("perhaps", "possible"),
    certainty("considering", "possible"),
    certainty("hope to", "possible"),
    certainty("likely", "probable"),
    certainty("probably", "probable"),
    certainty("expected to", "probable"),
    certainty("poised to", "probable"),
    certainty("set to", "probable"),
};

// Boosters: words that raise certainty.
constexpr std::array booster_cues{
    certainty("plan to", "planned"),
    certainty("plans to", "planned"),
    certainty("planned", "planned"),
    certainty("scheduled", "planned"),
    certainty("will host", "planned"),
    certainty("agreed to work toward", "planned"),
    certainty("agreed to work towards", "planned"),
    certainty("aim to", "planned"),
    certainty("agreed", "agreed"),
    certainty("agreement", "agreed"),
    certainty("agreed to", "agreed"),
    certainty("concluded", "agreed"),
    certainty("signed", "agreed"),
    certainty("committed to", "agreed"),
    certainty("pledged", "agreed"),
    certainty("reached an agreement", "agreed"),
    certainty("completed", "done"),
    certainty("carried out", "done"),
    certainty("took place", "done"),
    certainty("was held", "done"),
    certainty("implemented", "done"),
};

// Evaluative words: how significant, how new, how far an issue was handled.
constexpr std::array significance_cues{
    significance("setback", "setback"),
    significance("stalled", "setback"),
    significance("collapsed", "setback"),
    significance("breakdown", "setback"),
    significance("no progress", "none"),
    significance("inconclusive", "none"),
    significance("no breakthrough", "none"),
    significance("modest", "modest"),
    significance("small but meaningful", "modest"),
    significance("small but meaningful progress", "modest"),
    significance("first step", "modest"),
    significance("small step", "modest"),
    significance("incremental", "modest"),
    significance("starting point", "modest"),
    significance("limited", "modest"),
    significance("meaningful", "meaningful"),
    significance("significant", "meaningful"),
    significance("substantial", "meaningful"),
    significance("noteworthy", "meaningful"),
    significance("concrete", "meaningful"),
    significance("crucial step", "meaningful"),
    significance("success", "meaningful"),
    significance("major", "major"),
    significance("breakthrough", "major"),
    significance("major breakthrough", "major"),
    significance("turning point", "major"),
    significance("milestone", "major"),
    significance("stunning", "major"),
    significance("landmark", "historic"),
    significance("historic", "historic"),
    significance("unprecedented", "historic"),
    significance("new era", "historic"),
    significance("new heights", "historic"),
};

constexpr std::array novelty_cues{
    novelty("for the first time", "first"),
    novelty("first-ever", "first"),
    novelty("first ever", "first"),
    novelty("inaugural", "first"),
    novelty("for the first time in", "resumed"),
    novelty("resumed", "resumed"),
    novelty("restored", "resumed"),
    novelty("restores", "resumed"),
    novelty("re-established", "resumed"),
    novelty("re-establishment", "resumed"),
    novelty("revived", "resumed"),
    novelty("renewed", "resumed"),
    novelty("resumption", "resumed"),
    novelty("shuttle diplomacy restored", "resumed"),
    novelty("continued", "continued"),
    novelty("continuing", "continued"),
    novelty("continuity", "continued"),
    novelty("ongoing", "continued"),
    novelty("consolidation", "consolidated"),
    novelty("consolidated", "consolidated"),
    novelty("institutionalize", "consolidated"),
    novelty("institutionalized", "consolidated"),
    novelty("phase of consolidation", "consolidated"),
};

constexpr std::array status_cues{
    status("absent", "absent"),
    status("absent from", "absent"),
    status("omitted", "absent"),
    status("set aside", "absent"),
    status("sidestepped", "absent"),
    status("not substantively addressed", "mentioned"),
    status("not appear to have been substantively addressed", "mentioned"),
    status("substantively addressed", "addressed"),
    status("mentioned", "mentioned"),
    status("touched on", "mentioned"),
    status("raised", "mentioned"),
    status("discussed", "discussed"),
    status("on the agenda", "discussed"),
    status("addressed", "addressed"),
    status("tackled", "addressed"),
    status("dealt with", "addressed"),
    status("resolved", "resolved"),
    status("settled", "resolved"),
};

parser::symbols<Meaning> const& hedges() {
    static parser::symbols<Meaning> const table = cue_table("hedge", {hedge_cues});
    return table;
}

parser::symbols<Meaning> const& boosters() {
    static parser::symbols<Meaning> const table = cue_table("booster", {booster_cues});
    return table;
}

parser::symbols<Meaning> const& evaluative() {
    static parser::symbols<Meaning> const table =
        cue_table("evaluative word", {significance_cues, novelty_cues, status_cues});
    return table;
}

// The longest entry of `table` that starts at `p` and ends on a word boundary.
char const* match(parser::symbols<Meaning> const& table, char const* p, char const* end, Meaning& meaning) {
    char const* first = p;
    Meaning found;
    if (x3::parse(first, end, x3::no_case[table], found) && text::at_word_end(first, end)) {
        meaning = found;
        return first;
    }
    return nullptr;
}

}  // namespace

std::span<const BuiltinScale> builtin_scales() {
    return scales;
}

std::variant<int, ParseError> parse_level(std::string_view value, std::span<const std::string> levels) {
    std::size_t start = 0;
    while (start < value.size() && (value[start] == ' ' || value[start] == '\t')) {
        ++start;
    }
    std::size_t stop = value.size();
    while (stop > start && (value[stop - 1] == ' ' || value[stop - 1] == '\t')) {
        --stop;
    }
    std::string const word = text::lower(value.substr(start, stop - start));
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (text::lower(levels[i]) == word) {
            return static_cast<int>(i);
        }
    }
    std::string known;
    for (auto const& level : levels) {
        known += (known.empty() ? "" : ", ") + level;
    }
    std::string message = word.empty() ? "expected a level" : "unknown level '" + word + "'";
    auto const hint = claimcheck::text::closest(word, std::vector<std::string>(levels.begin(), levels.end()));
    if (!word.empty() && !hint.empty()) {
        message += claimcheck::text::did_you_mean(hint);
    } else {
        message += " (expected one of: " + known + ")";
    }
    return ParseError{start, message};
}

std::vector<Cue> find_cues(std::string_view input) {
    std::vector<Cue> cues;
    char const* const begin = input.data();
    char const* const end = begin + input.size();
    char const* p = begin;
    while (p != end) {
        if (!text::is_word_char(p, end) || !text::at_word_start(begin, p, end)) {
            ++p;
            continue;
        }
        Meaning best;
        char const* best_end = nullptr;
        std::array<parser::symbols<Meaning> const*, 3> const tables{
            std::addressof(hedges()), std::addressof(boosters()), std::addressof(evaluative())};
        for (auto const* table : tables) {
            Meaning m;
            char const* stop = match(*table, p, end, m);
            if (stop && (!best_end || stop > best_end)) {
                best_end = stop;
                best = m;
            }
        }
        if (best_end) {
            cues.push_back(Cue{static_cast<std::size_t>(p - begin), static_cast<std::size_t>(best_end - p), best.word,
                               best.scale, best.level});
            p = best_end;
        } else {
            ++p;
        }
    }
    return cues;
}

}  // namespace claimcheck::grammar
