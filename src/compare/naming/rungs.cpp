// §6.3 naming, the ladder's folds: each rung's folding of a name's words
// (style, diacritics, order, generic terms), and the grouping key of a name.
#include "compare/naming/ladder.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <utf8proc.h>

namespace claimcheck::compare {

namespace naming {

namespace {

bool is_word_character(char32_t cp) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO);
}

// Apostrophes join the letters around them (Ch'ing, Mary's, O'Neill).
bool is_apostrophe(char32_t cp) {
    return cp == U'\'' || cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC' || cp == U'\u02BB';
}

std::vector<std::string> split_words(std::string_view folded) {
    std::vector<std::string> words;
    std::string current;
    text::for_each_code_point(folded, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (is_word_character(cp)) {
            current.append(folded.substr(at, n));
        } else if (!is_apostrophe(cp) && !current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
        return true;
    });
    if (!current.empty()) {
        words.push_back(std::move(current));
    }
    return words;
}

// NFKC and case folding, except letters whose folding rewrites the spelling
// (ß -> ss, İ -> i̇): those stay, for the diacritics rung to name.
std::string lower_case(std::string_view name) {
    const std::string composed = text::utf8_map(name, UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    std::string out;
    text::for_each_code_point(composed, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (cp < 0x80) {
            out += text::ascii_lower(static_cast<char>(cp));  // what case folding does to ASCII
        } else if (cp == U'ß' || cp == U'\u1E9E') {
            out += "ß";
        } else if (cp == U'\u0130') {
            out.append(composed.substr(at, n));
        } else {
            out += text::utf8_map(composed.substr(at, n), UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
        }
        return true;
    });
    return out;
}

}  // namespace

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) {
        out += word;
    }
    return out;
}

// Words with their marks stripped (utf8proc STRIPMARK), long vowels as written.
std::vector<std::string> unmarked_words(std::string_view name) {
    return split_words(text::utf8_map(
        name, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE));
}

std::vector<std::string> fold_long_vowels(std::vector<std::string> words) {
    for (auto& word : words) {
        word = romanisation::fold_long_vowels(std::move(word));
    }
    return words;
}

// Every spelling of the name with marks stripped, letters written each way
// letters.tsv lists and long vowels folded; the plain one first.
std::vector<std::string> diacritic_spellings(std::string_view name) {
    std::vector<std::string> out{join(fold_long_vowels(unmarked_words(name)))};
    for (const auto& spelling : romanisation::letter_spellings(lower_case(name))) {
        std::string folded = join(fold_long_vowels(unmarked_words(spelling)));
        if (std::find(out.begin(), out.end(), folded) == out.end()) {
            out.push_back(std::move(folded));
        }
    }
    return out;
}

bool is_generic_word(std::string_view word, std::set<std::string_view>* meanings) {
    bool generic = false;
    for (const auto& term : romanisation::generic_terms()) {
        if (std::find(term.english.begin(), term.english.end(), word) != term.english.end()) {
            if (meanings != nullptr) {
                meanings->insert(term.meaning);
            }
            generic = true;
        }
    }
    return generic;
}

// Every reading of a name with its generic terms dropped: English generic
// words and connectives go; a suffix goes too, of the class the English word
// names, or of any class when the name has no English generic word. Words
// keep their long vowels as written.
std::vector<std::vector<std::string>> generic_readings(const std::vector<std::string>& words) {
    std::set<std::string_view> meanings;
    std::vector<std::string> base;
    for (const auto& word : words) {
        if (!is_generic_word(word, &meanings) && !romanisation::is_connective(word)) {
            base.push_back(word);
        }
    }
    if (base.empty()) {
        return {words};  // nothing but generic words: the name itself
    }
    std::vector<std::vector<std::string>> out{base};
    const std::string last = romanisation::fold_long_vowels(base.back());
    for (const auto& term : romanisation::generic_terms()) {
        if (!meanings.empty() && meanings.count(term.meaning) == 0) {
            continue;
        }
        for (const auto& suffix : term.suffixes) {
            std::vector<std::string> reading = base;
            if (last == suffix && base.size() > 1) {
                reading.pop_back();
            } else if (last.size() > suffix.size() + 1 && last.ends_with(suffix)) {
                reading.back() = last.substr(0, last.size() - suffix.size());
            } else {
                continue;
            }
            if (std::find(out.begin(), out.end(), reading) == out.end()) {
                out.push_back(std::move(reading));
            }
        }
    }
    return out;
}

std::vector<std::string> tokens_of(std::string_view name) {
    std::vector<std::string> out;
    std::string token;
    auto flush = [&] {
        std::string folded = join(fold_long_vowels(unmarked_words(token)));
        if (!folded.empty()) {
            out.push_back(std::move(folded));
        }
        token.clear();
    };
    text::for_each_code_point(name, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS || cp == U'\t' ||
            cp == U'\n' || cp == U',') {
            flush();
        } else {
            token.append(name.substr(at, n));
        }
        return true;
    });
    flush();
    return out;
}

std::vector<std::string> style_words(std::string_view name) {
    return split_words(lower_case(name));
}

std::string fold_style(std::string_view name) {
    return join(style_words(name));
}

std::string fold_diacritics(std::string_view name) {
    return diacritic_spellings(name).front();
}

std::vector<std::string> fold_generic(std::string_view name) {
    std::set<std::string> out;
    for (const auto& reading : generic_readings(unmarked_words(name))) {
        out.insert(join(fold_long_vowels(reading)));
    }
    return {out.begin(), out.end()};
}

}  // namespace naming

std::string naming_key(std::string_view name) {
    const std::string composed = text::utf8_map(name, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    std::string out;
    out.reserve(composed.size());
    bool space = false;
    for (std::size_t at = 0; at < composed.size();) {
        const auto byte = static_cast<unsigned char>(composed[at]);
        std::size_t n = 1;
        bool white = byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';  // the ASCII white space
        if (byte >= 0x80) {
            char32_t cp = 0;
            n = text::detail::decode(composed, at, cp);
            white = utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS;
        }
        if (white) {
            space = !out.empty();
        } else {
            if (space) {
                out += ' ';
                space = false;
            }
            out.append(composed, at, n);
        }
        at += n;
    }
    return out;
}

}  // namespace claimcheck::compare
