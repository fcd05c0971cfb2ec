// Names of a new article: the spellings a story knows, found as written or
// as the naming ladder reads them (src/compare/naming).
#include "anchor/anchor.hpp"
#include "compare/naming.hpp"
#include "model/verdict.hpp"
#include "suggest/candidates.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace claimcheck::suggest {

namespace {

// Runs of capitalised words ("South Korean President Lee Jae Myung"), as
// word index ranges. A word joined by a hyphen stays in whatever its case
// ("Baek Jae-won"), and so does a short lower-case particle between two
// capitalised words ("Abd al Fattah"); spaces, hyphens and slashes join.
std::vector<std::pair<std::size_t, std::size_t>> capitalised_runs(const Text& text) {
    constexpr std::size_t particle = 3;
    const std::string& all = text.article->text;
    const auto gap = [&](std::size_t i) {
        const std::size_t from = text.words[i - 1].offset + text.words[i - 1].length;
        return std::string_view(all.data() + from, text.words[i].offset - from);
    };
    const auto joined = [&](std::size_t i) { return gap(i) == " " || gap(i) == "-" || gap(i) == "/"; };
    const auto continues = [&](std::size_t i) {
        if (!joined(i)) {
            return false;
        }
        const bool particle_before_capital =
            text.words[i].length <= particle && i + 1 < text.words.size() && text.words[i + 1].capital && joined(i + 1);
        return text.words[i].capital || gap(i) == "-" || particle_before_capital;
    };
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::size_t i = 0;
    while (i < text.words.size()) {
        if (!text.words[i].capital) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < text.words.size() && continues(end)) {
            ++end;
        }
        runs.emplace_back(i, end);
        i = end;
    }
    return runs;
}

// Whether two names are close enough to ask the ladder: a word of one is
// a word of the other, or a few edits from one ("Husain", "Hussein").
bool worth_asking(std::string_view a, std::string_view b) {
    const auto words_a = words_of(a);
    const auto words_b = words_of(b);
    for (const auto& x : words_a) {
        const std::string wx = text::fold_case(a.substr(x.offset, x.length));
        for (const auto& y : words_b) {
            const std::string wy = text::fold_case(b.substr(y.offset, y.length));
            const std::size_t limit = std::max<std::size_t>(1, std::min(wx.size(), wy.size()) / 3);
            if (x.stem == y.stem || text::edit_distance(wx, wy, limit) <= limit) {
                return true;
            }
        }
    }
    return false;
}

Candidate mention(const Text& text, std::size_t offset, std::size_t length, const Spelling& spelling,
                  std::string rung) {
    Candidate c = candidate_at(text, Kind::name, offset, offset + length);
    c.spelling = spelling.name;
    c.entity = spelling.entity;
    c.rung = std::move(rung);
    return c;
}

// The sub-runs of the capitalised runs that the ladder takes for `spelling`.
void ladder_mentions(const Text& text, const std::vector<std::pair<std::size_t, std::size_t>>& runs,
                     const Spelling& spelling, compare::naming::Names& names, std::vector<Candidate>& out) {
    const std::size_t size = words_of(spelling.name).size();
    const std::string& all = text.article->text;
    for (const auto& [first, last] : runs) {
        for (std::size_t i = first; i < last; ++i) {
            for (std::size_t n = size > 1 ? size - 1 : 1; n <= size + 1 && i + n <= last; ++n) {
                const std::size_t begin = text.words[i].offset;
                const std::size_t end = text.words[i + n - 1].offset + text.words[i + n - 1].length;
                const std::string_view written(all.data() + begin, end - begin);
                const bool ends_a_word = text.words[i + n - 1].capital || all[text.words[i + n - 1].offset - 1] == '-';
                if (!text.words[i].capital || !ends_a_word || !worth_asking(written, spelling.name)) {
                    continue;
                }
                const auto verdict = names.classify(written, spelling.name);
                if (verdict && verdict->verdict != Verdict::naming_conflict) {
                    out.push_back(
                        mention(text, begin, end - begin, spelling, std::string(to_string(verdict->verdict))));
                }
            }
        }
    }
}

// Whether [offset, offset + length) cuts no word of the text in two
// ("Nara" is not in "Naraya").
bool whole_words(const Text& text, std::size_t offset, std::size_t length) {
    const auto cuts = [&](std::size_t at) {
        return std::any_of(text.words.begin(), text.words.end(),
                           [&](const Word& w) { return w.offset < at && at < w.offset + w.length; });
    };
    return !cuts(offset) && !cuts(offset + length);
}

// Overlapping finds: the one found as written wins, then the longer, then the earlier.
std::vector<Candidate> without_overlaps(std::vector<Candidate> found) {
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        return std::make_tuple(!a.rung.empty(), -static_cast<long>(a.length), a.offset, a.spelling) <
               std::make_tuple(!b.rung.empty(), -static_cast<long>(b.length), b.offset, b.spelling);
    });
    std::vector<Candidate> kept;
    for (auto& c : found) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
            return c.offset < k.offset + k.length && k.offset < c.offset + c.length &&
                   !(c.offset == k.offset && c.length == k.length && c.spelling != k.spelling);
        });
        if (!overlaps) {
            kept.push_back(std::move(c));
        }
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.offset, a.length, a.spelling) < std::tie(b.offset, b.length, b.spelling);
    });
    return kept;
}

}  // namespace

std::vector<Candidate> name_mentions(const Text& text, const std::vector<Spelling>& spellings,
                                     compare::naming::Names& names) {
    std::vector<Candidate> found;
    const auto runs = capitalised_runs(text);
    for (const auto& spelling : spellings) {
        auto places = anchor::find_exact(*text.article, spelling.name);
        if (places.empty()) {
            places = anchor::find_folded(*text.article, spelling.name);
        }
        for (const auto& place : places) {
            if (!whole_words(text, place.offset, place.length)) {
                continue;
            }
            found.push_back(mention(text, place.offset, place.length, spelling, ""));
        }
        ladder_mentions(text, runs, spelling, names, found);
    }
    return without_overlaps(std::move(found));
}

}  // namespace claimcheck::suggest
