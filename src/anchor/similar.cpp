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
            key += text::ascii_lower(c);
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

namespace {

// The window of as many words as the quote that shares the most of them
// with it (a multiset match): its first word's index and the words shared.
struct Window {
    std::size_t start = 0;
    std::size_t shared = 0;
};

Window best_window(const std::vector<Word>& text_words, const std::unordered_map<std::string, int>& wanted,
                   std::size_t k) {
    std::unordered_map<std::string, int> in_window;
    std::size_t shared = 0;
    Window best;
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
        if (shared > best.shared) {
            best = {i + 1 >= k ? i + 1 - k : 0, shared};
        }
    }
    // The window that first reached the best share may start with words the
    // quote does not have: start at its first shared word instead.
    while (best.shared > 0 && best.start + 1 < text_words.size() && wanted.count(text_words[best.start].key) == 0) {
        ++best.start;
    }
    return best;
}

// How like the quote a passage is: the edit similarity of the folded texts
// for a short quote, else the share of words; nullopt when under the bounds.
std::optional<double> passage_similarity(std::string_view passage, const std::string& folded_quote, double share) {
    if (folded_quote.size() > max_edit_length) {
        return share < min_word_share_long ? std::nullopt : std::optional<double>(share);
    }
    // The edit distance is at least the difference in length: a passage far
    // longer than the quote (one huge "word") is out of reach, and would cost
    // length × length to measure.
    const std::string folded_passage = fold(passage).text;
    const auto a = static_cast<double>(text::code_points(folded_passage));
    const auto b = static_cast<double>(text::code_points(folded_quote));
    if (std::abs(a - b) > (1.0 - min_similarity) * std::max(a, b)) {
        return std::nullopt;
    }
    const double similarity = edit_similarity(folded_passage, folded_quote);
    return similarity < min_similarity ? std::nullopt : std::optional<double>(similarity);
}

}  // namespace

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
    const Window best = best_window(text_words, wanted, k);
    const double share = static_cast<double>(best.shared) / static_cast<double>(k);
    if (best.shared == 0 || share < min_word_share) {
        return std::nullopt;
    }
    const std::size_t last = std::min(best.start + k, text_words.size()) - 1;
    const std::size_t begin = folded.origin[text_words[best.start].begin];
    const std::size_t end = folded.origin[text_words[last].end];
    std::string passage = article.text.substr(begin, end - begin);
    const std::optional<double> similarity = passage_similarity(passage, folded_quote, share);
    if (!similarity) {
        return std::nullopt;
    }
    std::replace(passage.begin(), passage.end(), '\n', ' ');
    return Passage{std::move(passage), article.lines.line_of(begin), *similarity};
}

}  // namespace claimcheck::anchor
