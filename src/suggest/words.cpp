#include "suggest/words.hpp"

#include "embedded/suggest_tsv.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

#include <algorithm>
#include <cmath>
#include <libstemmer.h>
#include <memory>
#include <set>
#include <stdexcept>
#include <utf8proc.h>

namespace claimcheck::suggest {

namespace {

constexpr std::size_t stem_length = 6;  // code points kept of a stem: "historic" and "history" meet

struct WordRoles {
    std::set<std::string, std::less<>> stop;
    std::set<std::string, std::less<>> abbreviation;
};

const WordRoles& roles() {
    static const WordRoles table = [] {
        WordRoles out;
        for (const auto& row : text::numbered_tsv_rows(data::suggest_tsv())) {
            if (row.cells.size() != 2 || (row.cells[1] != "stop" && row.cells[1] != "abbreviation")) {
                throw std::logic_error("data/words/suggest.tsv:" + std::to_string(row.line) +
                                       ": expected a word and its role (stop or abbreviation)");
            }
            (row.cells[1] == "stop" ? out.stop : out.abbreviation).emplace(row.cells[0]);
        }
        return out;
    }();
    return table;
}

bool letter_or_digit(char32_t cp) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ND:
            return true;
        default:
            return false;
    }
}

bool apostrophe(char32_t cp) {
    return cp == U'\'' || cp == U'\u2019';
}

// The stemmer is not safe to share: one per thread, and its answers remembered.
struct Stemmer {
    std::unique_ptr<sb_stemmer, void (*)(sb_stemmer*)> stemmer{sb_stemmer_new("english", nullptr), sb_stemmer_delete};
    std::unordered_map<std::string, std::string> memo;
};

std::string truncated(std::string_view s, std::size_t code_points) {
    std::size_t end = s.size();
    std::size_t seen = 0;
    text::for_each_code_point(s, [&](char32_t, std::size_t offset, std::size_t) {
        if (seen == code_points) {
            end = offset;
            return false;
        }
        ++seen;
        return true;
    });
    return std::string(s.substr(0, end));
}

Word make_word(std::string_view text, std::size_t begin, std::size_t end) {
    Word word;
    word.offset = begin;
    word.length = end - begin;
    const std::string_view written = text.substr(begin, end - begin);
    word.stem = stem_of(written);
    word.number = std::all_of(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; });
    char32_t first = 0;
    text::detail::decode(written, 0, first);
    word.capital = utf8proc_category(static_cast<utf8proc_int32_t>(first)) == UTF8PROC_CATEGORY_LU;
    const std::string folded = text::fold_case(written);
    word.stop = roles().stop.count(folded) > 0;
    return word;
}

}  // namespace

std::string stem_of(std::string_view word) {
    thread_local Stemmer stemmer;
    return text::remembered(stemmer.memo, word, [&] {
        std::string folded = text::fold_case(word);
        for (std::size_t at = folded.find("\xE2\x80\x99"); at != std::string::npos; at = folded.find("\xE2\x80\x99")) {
            folded.replace(at, 3, "'");
        }
        const sb_symbol* stem =
            stemmer.stemmer ? sb_stemmer_stem(stemmer.stemmer.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                                              static_cast<int>(folded.size()))
                            : nullptr;
        const std::string whole = stem != nullptr
                                      ? std::string(reinterpret_cast<const char*>(stem),
                                                    static_cast<std::size_t>(sb_stemmer_length(stemmer.stemmer.get())))
                                      : folded;
        return truncated(whole, stem_length);
    });
}

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    std::size_t begin = std::string_view::npos;
    std::size_t last_end = 0;  // end of the last letter or digit of the current word
    char32_t previous = 0;
    text::for_each_code_point(text, [&](char32_t cp, std::size_t offset, std::size_t length) {
        const bool inside = letter_or_digit(cp);
        if (inside) {
            if (begin == std::string_view::npos) {
                begin = offset;
            }
            last_end = offset + length;
        } else if (begin != std::string_view::npos && !(apostrophe(cp) && letter_or_digit(previous))) {
            words.push_back(make_word(text, begin, last_end));
            begin = std::string_view::npos;
        }
        previous = cp;
        return true;
    });
    if (begin != std::string_view::npos) {
        words.push_back(make_word(text, begin, last_end));
    }
    return words;
}

std::vector<Sentence> sentences_of(std::string_view text, const std::vector<Word>& words) {
    std::vector<Sentence> out;
    std::size_t begin = 0;
    auto word = words.begin();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        bool ends = c == '\n';
        if (c == '.' || c == '!' || c == '?') {
            const bool space_after = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
            while (word != words.end() && word->offset + word->length < i) {
                ++word;
            }
            const bool after_word = word != words.end() && word->offset + word->length == i;
            const bool short_word =
                after_word && (word->length == 1 || roles().abbreviation.count(
                                                        text::fold_case(text.substr(word->offset, word->length))) > 0);
            ends = space_after && !(c == '.' && short_word);
        }
        if (ends) {
            if (i + 1 > begin) {
                out.push_back({begin, i + 1});
            }
            begin = i + 1;
        }
    }
    if (begin < text.size()) {
        out.push_back({begin, text.size()});
    }
    return out;
}

void Rarity::add_document(const Bag& stems) {
    ++documents_;
    for (const auto& [stem, weight] : stems) {
        ++documents_with_[stem];
    }
}

double Rarity::weight(const std::string& stem) const {
    const auto found = documents_with_.find(stem);
    const double df = found == documents_with_.end() ? 1.0 : found->second;
    return std::log((documents_ + 1.0) / (df + 0.5));
}

double cosine(const Bag& a, const Bag& b, const Rarity& rarity) {
    double dot = 0;
    double norm_a = 0;
    double norm_b = 0;
    for (const auto& [stem, weight] : a) {
        const double w = weight * rarity.weight(stem);
        norm_a += w * w;
        if (const auto other = b.find(stem); other != b.end()) {
            dot += w * other->second * rarity.weight(stem);
        }
    }
    for (const auto& [stem, weight] : b) {
        const double w = weight * rarity.weight(stem);
        norm_b += w * w;
    }
    return norm_a > 0 && norm_b > 0 ? dot / std::sqrt(norm_a * norm_b) : 0.0;
}

double coverage(const Bag& wanted, const Bag& bag, const Rarity& rarity) {
    double found = 0;
    double total = 0;
    constexpr double unseen = 0.3;  // a stem no sentence holds counts this much of its weight
    for (const auto& [stem, weight] : wanted) {
        const double w = weight * rarity.weight(stem) * (rarity.seen(stem) ? 1 : unseen);
        total += w;
        if (const auto other = bag.find(stem); other != bag.end()) {
            found += w * std::min(1.0, other->second);
        }
    }
    return total > 0 ? found / total : 0.0;
}

std::vector<std::string> shared_stems(const Bag& a, const Bag& b, const Rarity& rarity, std::size_t most) {
    std::vector<std::pair<double, std::string>> shared;
    for (const auto& [stem, weight] : a) {
        if (const auto other = b.find(stem); other != b.end()) {
            shared.emplace_back(-std::min(weight, other->second) * rarity.weight(stem), stem);
        }
    }
    std::sort(shared.begin(), shared.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < shared.size() && i < most; ++i) {
        out.push_back(shared[i].second);
    }
    return out;
}

}  // namespace claimcheck::suggest
