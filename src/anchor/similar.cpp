#include "anchor/similar.hpp"

#include "anchor/fold.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace claimcheck::anchor {

namespace {

constexpr double min_word_share = 0.6;
constexpr double min_similarity = 0.75;
constexpr std::size_t max_edit_length = 2000;  // longer quotes are judged by shared words alone
constexpr double min_word_share_long = 0.9;

struct Word {
    std::string key;        // lower-cased ASCII letters, other bytes as is
    std::size_t begin = 0;  // bytes in the scanned text
    std::size_t end = 0;
};

std::vector<Word> words(std::string_view s, std::size_t base) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) {
            ++i;
        }
        const std::size_t begin = i;
        std::string key;
        while (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != '\t') {
            const char c = s[i];
            key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            ++i;
        }
        if (i > begin) {
            out.push_back({std::move(key), base + begin, base + i});
        }
    }
    return out;
}

}  // namespace

double edit_similarity(std::string_view a, std::string_view b) {
    const std::size_t longer = std::max(text::code_points(a), text::code_points(b));
    if (longer == 0) {
        return 1.0;
    }
    return 1.0 - static_cast<double>(text::edit_distance(a, b)) / static_cast<double>(longer);
}

std::optional<Passage> closest_passage(const Article& article, std::string_view quote) {
    const std::string folded_quote = fold(quote).text;
    const auto quote_words = words(folded_quote, 0);
    const std::size_t k = quote_words.size();
    if (k == 0) {
        return std::nullopt;
    }
    std::unordered_map<std::string, int> wanted;
    for (const auto& w : quote_words) {
        ++wanted[w.key];
    }
    const Folded folded = fold(article.text);
    const auto text_words = words(folded.text, 0);

    // Sliding window of k words: `shared` counts window words that match the
    // quote's multiset.
    std::unordered_map<std::string, int> in_window;
    std::size_t shared = 0;
    std::size_t best_shared = 0;
    std::size_t best_start = 0;
    auto add = [&](const Word& w) {
        const auto it = wanted.find(w.key);
        if (it != wanted.end() && ++in_window[w.key] <= it->second) {
            ++shared;
        }
    };
    auto remove = [&](const Word& w) {
        const auto it = wanted.find(w.key);
        if (it != wanted.end() && in_window[w.key]-- <= it->second) {
            --shared;
        }
    };
    for (std::size_t i = 0; i < text_words.size(); ++i) {
        add(text_words[i]);
        if (i >= k) {
            remove(text_words[i - k]);
        }
        if (shared > best_shared) {
            best_shared = shared;
            best_start = i + 1 >= k ? i + 1 - k : 0;
        }
    }
    const double share = static_cast<double>(best_shared) / static_cast<double>(k);
    if (best_shared == 0 || share < min_word_share) {
        return std::nullopt;
    }
    // The window that first reached the best share may start with words the
    // quote does not have: start at its first shared word instead.
    while (best_start + 1 < text_words.size() && wanted.count(text_words[best_start].key) == 0) {
        ++best_start;
    }
    const std::size_t last = std::min(best_start + k, text_words.size()) - 1;
    const std::size_t begin = folded.origin[text_words[best_start].begin];
    const std::size_t end = folded.origin[text_words[last].end];
    std::string passage = article.text.substr(begin, end - begin);
    double similarity = share;
    if (folded_quote.size() <= max_edit_length) {
        // The edit distance is at least the difference in length: a passage
        // far longer than the quote (one huge "word") is out of reach, and
        // would cost length × length to measure.
        const std::string folded_passage = fold(passage).text;
        const auto a = static_cast<double>(text::code_points(folded_passage));
        const auto b = static_cast<double>(text::code_points(folded_quote));
        if (std::abs(a - b) > (1.0 - min_similarity) * std::max(a, b)) {
            return std::nullopt;
        }
        similarity = edit_similarity(folded_passage, folded_quote);
        if (similarity < min_similarity) {
            return std::nullopt;
        }
    } else if (share < min_word_share_long) {
        return std::nullopt;
    }
    std::replace(passage.begin(), passage.end(), '\n', ' ');
    return Passage{std::move(passage), article.lines.line_of(begin), similarity};
}

}  // namespace claimcheck::anchor
