#include "suggest/place.hpp"

#include "anchor/anchor.hpp"
#include "util/lines.hpp"

#include <algorithm>

namespace claimcheck::suggest {

namespace {

bool blank(char c) {
    return c == ' ' || c == '\t';
}

// One word more on the right, else on the left, within the line.
bool widen(const std::string& all, std::size_t& begin, std::size_t& end) {
    const std::size_t before = end;
    while (end < all.size() && blank(all[end])) {
        ++end;
    }
    const std::size_t word = end;
    while (end < all.size() && !blank(all[end]) && all[end] != '\n') {
        ++end;
    }
    if (end != word) {
        return true;
    }
    end = before;
    const std::size_t start = begin;
    while (begin > 0 && blank(all[begin - 1])) {
        --begin;
    }
    while (begin > 0 && !blank(all[begin - 1]) && all[begin - 1] != '\n') {
        --begin;
    }
    return begin != start;
}

// How often the words occur: in the whole text, and on the line of `offset`.
std::pair<std::size_t, std::size_t> occurrences(const Article& article, std::string_view words, std::size_t offset) {
    const auto places = anchor::find_exact(article, words);
    const int line = article.lines.line_of(offset);
    const auto on_line =
        std::count_if(places.begin(), places.end(), [&](const anchor::Occurrence& o) { return o.line == line; });
    return {places.size(), static_cast<std::size_t>(on_line)};
}

}  // namespace

Quoted quote_at(const Article& article, std::size_t begin, std::size_t end) {
    const std::string& all = article.text;
    Quoted out;
    for (;;) {
        out.quote = all.substr(begin, end - begin);
        out.offset = begin;
        const auto [total, on_line] = occurrences(article, out.quote, begin);
        if (total <= 1) {
            out.line.reset();
            return out;
        }
        if (on_line == 1) {
            out.line = article.lines.line_of(begin);
            return out;
        }
        if (!widen(all, begin, end)) {
            return out;  // the whole line repeats: its place cannot be told apart
        }
        out.widened = true;
    }
}

std::optional<std::pair<std::size_t, std::size_t>> claim_span(const Source& source, const Claim& claim) {
    if (claim.anchor.line == 0 || !source.article_loaded) {
        return std::nullopt;
    }
    const std::string& all = source.article.text;
    const std::size_t begin =
        text::byte_of_column(all, source.article.lines.start(claim.anchor.line), claim.anchor.column);
    const auto exact = anchor::find_exact(source.article, claim.quote);
    for (const auto& place : exact.empty() ? anchor::find_folded(source.article, claim.quote) : exact) {
        if (place.offset == begin) {
            return std::make_pair(place.offset, place.offset + place.length);
        }
    }
    return std::make_pair(begin, std::min(all.size(), begin + claim.quote.size()));
}

}  // namespace claimcheck::suggest
