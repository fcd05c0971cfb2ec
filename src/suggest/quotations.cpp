// Quotations of a new article: words between quotation marks, each with
// the person named nearest to it.
#include "suggest/candidates.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace claimcheck::suggest {

namespace {

constexpr std::string_view open_double = "\xE2\x80\x9C";   // “
constexpr std::string_view close_double = "\xE2\x80\x9D";  // ”
constexpr std::string_view open_single = "\xE2\x80\x98";   // ‘
constexpr std::string_view close_single = "\xE2\x80\x99";  // ’ (also an apostrophe)
constexpr std::size_t longest = 1000;                      // bytes: a quotation never runs further

bool word_byte(const std::string& all, std::size_t at) {
    if (at >= all.size()) {
        return false;
    }
    const unsigned char c = static_cast<unsigned char>(all[at]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Where the quotation opened at `from` closes: the next closing mark on
// the same line; for ’ one not between two letters (not an apostrophe).
std::size_t closing(const std::string& all, std::size_t from, std::string_view mark) {
    std::size_t at = from;
    while ((at = all.find(mark, at)) != std::string::npos) {
        if (all.find('\n', from) < at || at - from > longest) {
            return std::string::npos;
        }
        const bool apostrophe =
            mark == close_single && at > 0 && word_byte(all, at - 1) && word_byte(all, at + mark.size());
        if (!apostrophe) {
            return at;
        }
        at += mark.size();
    }
    return std::string::npos;
}

// The quotation marks' pairs: [begin, end) of what they hold.
std::vector<std::pair<std::size_t, std::size_t>> quoted_spans(const std::string& all) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t at = 0;
    while (at < all.size()) {
        std::string_view close;
        std::size_t open_size = 1;
        if (all.compare(at, open_double.size(), open_double) == 0) {
            close = close_double;
            open_size = open_double.size();
        } else if (all.compare(at, open_single.size(), open_single) == 0 && (at == 0 || !word_byte(all, at - 1))) {
            close = close_single;
            open_size = open_single.size();
        } else if (all[at] == '"') {
            close = "\"";
        } else {
            ++at;
            continue;
        }
        const std::size_t end = closing(all, at + open_size, close);
        if (end == std::string::npos) {
            at += open_size;
            continue;
        }
        spans.emplace_back(at + open_size, end);
        at = end + close.size();
    }
    return spans;
}

// The held words without the white space and sentence punctuation that
// stand inside the marks ("…new heights," -> "…new heights").
std::pair<std::size_t, std::size_t> trimmed(const std::string& all, std::size_t begin, std::size_t end) {
    const std::string_view drop = " \t,.;:!?";
    while (begin < end && drop.find(all[begin]) != std::string_view::npos) {
        ++begin;
    }
    while (end > begin && drop.find(all[end - 1]) != std::string_view::npos) {
        --end;
    }
    return {begin, end};
}

// The person of `people` named nearest to [begin, end) in its sentence,
// the two before it or the one after, by any capitalised word of their
// name ("Prime Minister Takaichi ... “…,” she said").
std::string nearest_person(const Text& text, std::size_t begin, std::size_t end, const std::vector<Spelling>& people) {
    const std::size_t here = sentence_at(text, begin);
    const std::size_t from = text.sentences[here > 1 ? here - 2 : 0].begin;
    const std::size_t to = text.sentences[std::min(sentence_at(text, end) + 1, text.sentences.size() - 1)].end;
    std::string best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    for (const auto& person : people) {
        for (const auto& part : words_of(person.name)) {
            if (!part.capital || part.length < 3) {
                continue;
            }
            for (const auto& word : text.words) {
                // By stem, so that "Takaichi's post" names Takaichi.
                if (word.offset < from || word.offset >= to || (word.offset >= begin && word.offset < end) ||
                    !word.capital || word.stem != part.stem) {
                    continue;
                }
                const std::size_t distance = word.offset < begin ? begin - word.offset : word.offset - end;
                if (distance < best_distance) {
                    best_distance = distance;
                    best = person.name;
                }
            }
        }
    }
    return best;
}

}  // namespace

std::vector<Candidate> quotations(const Text& text, const std::vector<Spelling>& people) {
    constexpr double neighbours = 0.3;
    constexpr std::size_t reach = 2;
    const std::string& all = text.article->text;
    std::vector<Candidate> out;
    for (const auto& [open, close] : quoted_spans(all)) {
        const auto [begin, end] = trimmed(all, open, close);
        if (begin == end || words_of(std::string_view(all).substr(begin, end - begin)).empty()) {
            continue;
        }
        Candidate c = candidate_at(text, Kind::quote, begin, end);
        c.speaker = nearest_person(text, begin, end, people);
        c.context = context_of(text, begin, end, neighbours, reach);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace claimcheck::suggest
