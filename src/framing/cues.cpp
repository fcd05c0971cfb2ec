// The cue lexicon (data/cues.tsv) and the matcher that finds its phrases in
// running text.
#include "embedded/cues_tsv.hpp"
#include "embedded/negations_tsv.hpp"
#include "framing/lexicon.hpp"
#include "framing/rows.hpp"
#include "grammar/text.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

namespace claimcheck::framing {

namespace {

namespace word = grammar::text;

// The first byte of the character that ends at `end` (non-empty text).
const char* last_character(const char* begin, const char* end) {
    const char* last = end - 1;
    while (last != begin && (static_cast<unsigned char>(*last) & 0xC0) == 0x80) {
        --last;
    }
    return last;
}

// A phrase is written as it is matched: lower case, one space between words,
// its first and last characters word characters.
bool well_formed(std::string_view phrase) {
    if (phrase.empty() || phrase.find("  ") != std::string_view::npos) {
        return false;
    }
    const char* const begin = phrase.data();
    const char* const end = begin + phrase.size();
    if (!word::is_word_char(begin, end) || !word::is_word_char(last_character(begin, end), end)) {
        return false;
    }
    return std::none_of(phrase.begin(), phrase.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

std::string level_of(std::string_view level, const BuiltinScale& scale, std::string_view file, int line) {
    for (const auto& known : scale.levels) {
        if (known == level) {
            return known;
        }
    }
    rows::refuse(file, line,
                 fmt::format("'{}' is not a level of the {} scale{}", level, scale.name,
                             rows::hint_or_list(level, scale.levels, "its levels are")));
}

// A row: "reportedly	certainty	possible".
CueEntry entry_of(const text::TsvRow& row, std::string_view file, std::span<const BuiltinScale> scales) {
    rows::require_columns(row, file, 3, "phrase, scale, level");
    const auto& cells = row.cells;
    if (!well_formed(cells[0])) {
        rows::refuse(file, row.line,
                     fmt::format("write the phrase '{}' in lower case, one space between words, starting and "
                                 "ending with a letter or digit",
                                 cells[0]));
    }
    const auto scale =
        std::find_if(scales.begin(), scales.end(), [&](const BuiltinScale& s) { return s.name == cells[1]; });
    if (scale == scales.end()) {
        std::vector<std::string> names;
        for (const auto& s : scales) {
            names.push_back(s.name);
        }
        rows::refuse(file, row.line,
                     fmt::format("unknown scale '{}'{}", cells[1],
                                 rows::hint_or_list(cells[1], names, "the built-in scales are")));
    }
    return CueEntry{std::string(cells[0]), scale->id, level_of(cells[2], *scale, file, row.line)};
}

// The end of the word that starts at `p`.
const char* word_end(const char* p, const char* end) {
    while (p != end && word::is_word_char(p, end)) {
        ++p;
    }
    return p;
}

// The lexicon's phrases grouped by their first word, each group longest
// first. At a word start the cue is the longest phrase the text begins with
// (ASCII case folded) that ends a word there: in "agreed tomorrow" it is
// "agreed", as "agreed to" ends inside "tomorrow".
class Matcher {
  public:
    explicit Matcher(std::span<const CueEntry> entries) {
        for (const auto& entry : entries) {
            const char* const begin = entry.phrase.data();
            const auto first = std::string_view(begin, word_end(begin, begin + entry.phrase.size()));
            groups_[std::string(first)].push_back(&entry);
        }
        for (auto& [first, group] : groups_) {
            std::stable_sort(group.begin(), group.end(),
                             [](const CueEntry* a, const CueEntry* b) { return a->phrase.size() > b->phrase.size(); });
        }
    }

    // The cue at `p`, a word start, with where it ends; {nullptr, nullptr} if none.
    std::pair<const CueEntry*, const char*> match(const char* p, const char* end) const {
        const auto found = groups_.find(text::ascii_lower(std::string_view(p, word_end(p, end))));
        if (found == groups_.end()) {
            return {nullptr, nullptr};
        }
        for (const auto* entry : found->second) {
            if (begins_with(p, end, entry->phrase)) {
                const char* const stop = p + entry->phrase.size();
                if (word::at_word_end(stop, end)) {
                    return {entry, stop};
                }
            }
        }
        return {nullptr, nullptr};
    }

  private:
    // Does [p, end) begin with `phrase` (lower case), ASCII case folded?
    static bool begins_with(const char* p, const char* end, std::string_view phrase) {
        return static_cast<std::size_t>(end - p) >= phrase.size() &&
               std::equal(phrase.begin(), phrase.end(), p, [](char a, char b) { return a == text::ascii_lower(b); });
    }

    std::unordered_map<std::string, std::vector<const CueEntry*>> groups_;
};

// The negations of data/negations.tsv: whole words and word endings.
struct Negations {
    std::vector<std::string> words;
    std::vector<std::string> endings;

    bool negates(std::string_view word) const {
        const std::string lower = text::ascii_lower(word);
        return std::find(words.begin(), words.end(), lower) != words.end() ||
               std::any_of(endings.begin(), endings.end(), [&](const std::string& ending) {
                   return lower.size() > ending.size() && lower.ends_with(ending);
               });
    }
};

const Negations& negations() {
    static const Negations table = [] {
        Negations out;
        for (const auto& row : text::numbered_tsv_rows(data::negations_tsv())) {
            rows::require_columns(row, "data/negations.tsv", 2, "form, kind");
            if (row.cells[1] == "word") {
                out.words.emplace_back(row.cells[0]);
            } else if (row.cells[1] == "ending") {
                out.endings.emplace_back(row.cells[0]);
            } else {
                rows::refuse("data/negations.tsv", row.line,
                             fmt::format("kind '{}' is neither 'word' nor 'ending'", row.cells[1]));
            }
        }
        return out;
    }();
    return table;
}

// Does a clause end just before `q`: , ; : . ! ? ( ) or a dash (— –)?
bool clause_break_before(const char* begin, const char* q) {
    if (q == begin) {
        return true;
    }
    if (std::string_view(",;:.!?()").find(q[-1]) != std::string_view::npos) {
        return true;
    }
    if (q - begin < 3) {
        return false;
    }
    const std::string_view last(q - 3, 3);
    return last == "\xE2\x80\x94" || last == "\xE2\x80\x93";
}

bool space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Does a negation come up to six words before `p` in its clause?
bool negated(const char* begin, const char* p) {
    constexpr int window = 6;
    const char* q = p;
    for (int words = 0; words < window; ++words) {
        while (q != begin && space(q[-1])) {
            --q;
        }
        if (clause_break_before(begin, q)) {
            return false;
        }
        const char* const word_end = q;
        while (q != begin && !space(q[-1]) && !clause_break_before(begin, q)) {
            --q;
        }
        if (negations().negates(std::string_view(q, word_end - q))) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::vector<CueEntry> read_cues(std::string_view tsv, std::string_view file, std::span<const BuiltinScale> scales) {
    std::vector<CueEntry> entries;
    std::map<std::string, int> lines;  // phrase → the line it was first given on
    for (const auto& row : text::numbered_tsv_rows(tsv)) {
        CueEntry entry = entry_of(row, file, scales);
        if (const auto [first, fresh] = lines.emplace(entry.phrase, row.line); !fresh) {
            rows::refuse(file, row.line,
                         fmt::format("phrase '{}' appears twice (also line {})", entry.phrase, first->second));
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::span<const CueEntry> cue_entries() {
    static const std::vector<CueEntry> entries = read_cues(data::cues_tsv(), "data/cues.tsv", builtin_scales());
    return entries;
}

std::vector<Cue> find_cues(std::string_view input) {
    static const Matcher matcher(cue_entries());
    std::vector<Cue> cues;
    const char* const begin = input.data();
    const char* const end = begin + input.size();
    const char* p = begin;
    while (p != end) {
        if (!word::is_word_char(p, end) || !word::at_word_start(begin, p, end)) {
            ++p;
            continue;
        }
        const auto [entry, stop] = matcher.match(p, end);
        if (entry != nullptr && negated(begin, p)) {
            p = stop;  // "not ... addressed": no evidence either way
            continue;
        }
        if (entry == nullptr) {
            ++p;
            continue;
        }
        cues.push_back(Cue{static_cast<std::size_t>(p - begin), static_cast<std::size_t>(stop - p), entry->phrase,
                           entry->scale, entry->level});
        p = stop;
    }
    return cues;
}

}  // namespace claimcheck::framing
