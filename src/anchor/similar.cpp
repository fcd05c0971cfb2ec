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

using Word = ArticleWords::Word;

std::vector<Word> words(std::string_view s) {
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
            out.push_back({std::move(key), begin, i});
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

// The article's words that the quote has, in order: the only places where
// a window's share of words can change.
std::vector<std::size_t> places_of(const ArticleWords& index, const std::unordered_map<std::string, int>& wanted) {
    std::vector<std::size_t> places;
    for (const auto& [key, count] : wanted) {
        if (const auto it = index.positions.find(key); it != index.positions.end()) {
            places.insert(places.end(), it->second.begin(), it->second.end());
        }
    }
    std::sort(places.begin(), places.end());
    return places;
}

// The first window of k words (ending at each word in turn) with the most
// shared words, started at its first shared word.
Window best_window(const ArticleWords& index, const std::unordered_map<std::string, int>& wanted, std::size_t k,
                   std::size_t* examined) {
    const std::vector<std::size_t> places = places_of(index, wanted);
    if (examined != nullptr) {
        *examined += places.size();
    }
    std::unordered_map<std::string_view, int> in_window;
    std::size_t shared = 0;
    Window best;
    std::size_t left = 0;  // the first place still in the window
    for (const std::size_t at : places) {
        const std::string& key = index.words[at].key;
        if (++in_window[key] <= wanted.find(key)->second) {
            ++shared;
        }
        for (; places[left] + k <= at; ++left) {
            const std::string& gone = index.words[places[left]].key;
            if (in_window[gone]-- <= wanted.find(gone)->second) {
                --shared;
            }
        }
        if (shared > best.shared) {
            best = {places[left], shared};
        }
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

ArticleWords index_words(std::string_view article_text) {
    ArticleWords out;
    out.folded = fold(article_text);
    out.words = words(out.folded.text);
    for (std::size_t i = 0; i < out.words.size(); ++i) {
        out.positions[out.words[i].key].push_back(i);
    }
    return out;
}

std::optional<Passage> closest_passage(const Article& article, const ArticleWords& index, std::string_view quote,
                                       std::size_t* examined) {
    const std::string folded_quote = fold(quote).text;
    const auto quote_words = words(folded_quote);
    const std::size_t k = quote_words.size();
    if (k == 0) {
        return std::nullopt;
    }
    std::unordered_map<std::string, int> wanted;
    for (const auto& w : quote_words) {
        ++wanted[w.key];
    }
    const Window best = best_window(index, wanted, k, examined);
    const double share = static_cast<double>(best.shared) / static_cast<double>(k);
    if (best.shared == 0 || share < min_word_share) {
        return std::nullopt;
    }
    const auto& text_words = index.words;
    const std::size_t last = std::min(best.start + k, text_words.size()) - 1;
    const std::size_t begin = index.folded.origin[text_words[best.start].begin];
    const std::size_t end = index.folded.origin[text_words[last].end];
    std::string passage = article.text.substr(begin, end - begin);
    const std::optional<double> similarity = passage_similarity(passage, folded_quote, share);
    if (!similarity) {
        return std::nullopt;
    }
    std::replace(passage.begin(), passage.end(), '\n', ' ');
    return Passage{std::move(passage), article.lines.line_of(begin), *similarity};
}

std::optional<Passage> closest_passage(const Article& article, std::string_view quote) {
    return closest_passage(article, index_words(article.text), quote);
}

}  // namespace claimcheck::anchor
