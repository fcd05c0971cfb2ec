#include "suggest/context.hpp"

#include <algorithm>
#include <string>

namespace claimcheck::suggest {

namespace {

constexpr double distance_step = 0.07;  // weight lost per word of distance from the place
constexpr double floor_weight = 0.3;    // the least a word of the same sentence weighs

// Where the clause punctuation of a sentence is: , ; : ( ) and dashes.
bool clause_mark(std::string_view text, std::size_t at) {
    const char c = text[at];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
        return true;
    }
    const std::string_view rest = text.substr(at);
    return rest.rfind("\xE2\x80\x94", 0) == 0 || rest.rfind("\xE2\x80\x93", 0) == 0;  // — –
}

void add_word(Bag& bag, const Word& word, double weight) {
    if (word.stop || word.number || weight <= 0) {
        return;
    }
    double& slot = bag[word.stem];
    slot = std::max(slot, weight);
}

// The indices of the first word at or after `offset`, and past the last word before `end`.
std::pair<std::size_t, std::size_t> word_range(const Text& text, std::size_t begin, std::size_t end) {
    const auto first = std::lower_bound(text.words.begin(), text.words.end(), begin,
                                        [](const Word& w, std::size_t at) { return w.offset + w.length <= at; });
    const auto last =
        std::lower_bound(first, text.words.end(), end, [](const Word& w, std::size_t at) { return w.offset < at; });
    return {static_cast<std::size_t>(first - text.words.begin()), static_cast<std::size_t>(last - text.words.begin())};
}

}  // namespace

Text read_text(const Article& article) {
    Text text;
    text.article = &article;
    text.words = words_of(article.text);
    text.sentences = sentences_of(article.text, text.words);
    return text;
}

std::size_t sentence_at(const Text& text, std::size_t offset) {
    const auto found = std::upper_bound(text.sentences.begin(), text.sentences.end(), offset,
                                        [](std::size_t at, const Sentence& s) { return at < s.end; });
    return found == text.sentences.end() ? text.sentences.size() - 1
                                         : static_cast<std::size_t>(found - text.sentences.begin());
}

Bag context_of(const Text& text, std::size_t begin, std::size_t end, double neighbours, std::size_t reach) {
    Bag bag;
    if (text.sentences.empty()) {
        return bag;
    }
    const std::size_t here = sentence_at(text, begin);
    const auto [inside_first, inside_last] = word_range(text, begin, end);
    const auto [first, last] = word_range(text, text.sentences[here].begin, text.sentences[here].end);
    for (std::size_t i = first; i < last; ++i) {
        const std::size_t distance = i < inside_first ? inside_first - i : i >= inside_last ? i - inside_last + 1 : 0;
        add_word(bag, text.words[i], std::max(floor_weight, 1.0 - distance_step * static_cast<double>(distance)));
    }
    const std::size_t last_here = sentence_at(text, end > begin ? end - 1 : end);
    for (std::size_t other = here > reach ? here - reach : 0; neighbours > 0 && other <= last_here + reach; ++other) {
        if ((other < here || other > last_here) && other < text.sentences.size()) {
            const auto [from, to] = word_range(text, text.sentences[other].begin, text.sentences[other].end);
            for (std::size_t i = from; i < to; ++i) {
                add_word(bag, text.words[i], neighbours);
            }
        }
    }
    return bag;
}

Bag bag_of(std::string_view words) {
    Bag bag;
    for (const auto& word : words_of(words)) {
        add_word(bag, word, 1.0);
    }
    return bag;
}

std::pair<std::size_t, std::size_t> clause_around(const Text& text, std::size_t begin, std::size_t end,
                                                  std::size_t min_words) {
    const std::string_view all = text.article->text;
    const Sentence& sentence = text.sentences[sentence_at(text, begin)];
    std::size_t from = begin;
    std::size_t to = end;
    const auto widen = [&] {
        while (from > sentence.begin && !clause_mark(all, from - 1)) {
            --from;
        }
        while (to < sentence.end && !clause_mark(all, to)) {
            ++to;
        }
    };
    widen();
    while (word_range(text, from, to).second - word_range(text, from, to).first < min_words &&
           (from > sentence.begin || to < sentence.end)) {
        from = from > sentence.begin ? from - 1 : from;
        to = to < sentence.end ? to + 1 : to;
        widen();
    }
    const auto [first, last] = word_range(text, from, to);
    if (first >= last) {
        return {begin, end};
    }
    return {std::min(begin, text.words[first].offset),
            std::max(end, text.words[last - 1].offset + text.words[last - 1].length)};
}

std::vector<std::string> written_words(const Text& text, const std::vector<std::string>& stems, std::size_t begin,
                                       std::size_t end) {
    std::vector<std::string> out;
    const auto [first, last] = word_range(text, begin, end);
    for (const auto& stem : stems) {
        for (std::size_t i = first; i < last; ++i) {
            if (text.words[i].stem == stem) {
                out.emplace_back(text.article->text.substr(text.words[i].offset, text.words[i].length));
                break;
            }
        }
    }
    return out;
}

}  // namespace claimcheck::suggest
