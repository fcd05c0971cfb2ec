#include "anchor/anchor.hpp"

#include "anchor/fold.hpp"
#include "anchor/similar.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <functional>

namespace claimcheck::anchor {

namespace {

Occurrence occurrence_at(const Article& article, std::size_t offset, std::size_t length) {
    const auto it = std::upper_bound(article.line_starts.begin(), article.line_starts.end(), offset);
    const auto line = static_cast<int>(it - article.line_starts.begin());
    const std::size_t start = article.line_starts[static_cast<std::size_t>(line - 1)];
    const int column = text::column_of(std::string_view(article.text).substr(start), offset - start);
    return {offset, length, line, column};
}

// Applies the §4.1 rules to the occurrences found by one search.
std::optional<Anchor> choose(const std::vector<Occurrence>& found, std::optional<int> line_hint,
                             AnchorState found_state) {
    if (found.empty()) {
        return std::nullopt;
    }
    Anchor anchor;
    for (const auto& o : found) {
        if (anchor.candidate_lines.empty() || anchor.candidate_lines.back() != o.line) {
            anchor.candidate_lines.push_back(o.line);
        }
    }
    std::vector<Occurrence> picked = found;
    if (line_hint) {
        std::vector<Occurrence> on_line;
        std::copy_if(found.begin(), found.end(), std::back_inserter(on_line),
                     [&](const Occurrence& o) { return o.line == *line_hint; });
        if (!on_line.empty()) {
            picked = on_line;
        } else if (found.size() == 1) {
            anchor.state = AnchorState::relocated;
            anchor.line = found.front().line;
            anchor.column = found.front().column;
            return anchor;
        }
    }
    if (picked.size() == 1) {
        anchor.state = found_state;
        anchor.line = picked.front().line;
        anchor.column = picked.front().column;
        anchor.candidate_lines.clear();
        return anchor;
    }
    anchor.state = AnchorState::ambiguous;
    return anchor;
}

}  // namespace

std::string_view line_text(const Article& article, int line) {
    if (line < 1 || static_cast<std::size_t>(line) > article.line_starts.size()) {
        return {};
    }
    const std::size_t start = article.line_starts[static_cast<std::size_t>(line - 1)];
    std::size_t end = article.text.find('\n', start);
    if (end == std::string::npos) {
        end = article.text.size();
    }
    return std::string_view(article.text).substr(start, end - start);
}

std::vector<Occurrence> find_exact(const Article& article, std::string_view quote) {
    std::vector<Occurrence> found;
    if (quote.empty()) {
        return found;
    }
    const std::string_view haystack(article.text);
    const std::boyer_moore_horspool_searcher searcher(quote.begin(), quote.end());
    auto it = haystack.begin();
    for (;;) {
        const auto [first, last] = searcher(it, haystack.end());
        if (first == haystack.end()) {
            break;
        }
        found.push_back(occurrence_at(article, static_cast<std::size_t>(first - haystack.begin()),
                                      quote.size()));
        it = first + 1;
    }
    return found;
}

std::vector<Occurrence> find_folded(const Article& article, std::string_view quote) {
    const Folded folded_quote = fold(quote);
    std::string_view needle(folded_quote.text);
    // Leading and trailing white space of the quote does not take part.
    while (!needle.empty() && needle.front() == ' ') {
        needle.remove_prefix(1);
    }
    while (!needle.empty() && needle.back() == ' ') {
        needle.remove_suffix(1);
    }
    std::vector<Occurrence> found;
    if (needle.empty()) {
        return found;
    }
    const Folded folded_text = fold(article.text);
    const std::string_view haystack(folded_text.text);
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    auto it = haystack.begin();
    for (;;) {
        const auto [first, last] = searcher(it, haystack.end());
        if (first == haystack.end()) {
            break;
        }
        const auto begin = static_cast<std::size_t>(first - haystack.begin());
        const auto end = begin + needle.size();
        const std::size_t original_begin = folded_text.origin[begin];
        const std::size_t original_end = folded_text.origin[end];
        found.push_back(occurrence_at(article, original_begin, original_end - original_begin));
        it = first + 1;
    }
    return found;
}

Anchor resolve(const Article& article, std::string_view quote, std::optional<int> line_hint) {
    if (auto anchor = choose(find_exact(article, quote), line_hint, AnchorState::exact)) {
        return *anchor;
    }
    if (auto anchor = choose(find_folded(article, quote), line_hint, AnchorState::folded)) {
        return *anchor;
    }
    Anchor orphan;
    orphan.state = AnchorState::orphan;
    if (auto passage = closest_passage(article, quote)) {
        orphan.suggestion = passage->text;
        orphan.suggestion_line = passage->line;
    }
    return orphan;
}

void anchor_source(Source& source, Diagnostics& diagnostics) {
    if (!source.article_loaded) {
        return;
    }
    const Article& article = source.article;
    for (Claim& claim : source.claims) {
        claim.anchor = resolve(article, claim.quote, claim.line_hint);
        const Anchor& a = claim.anchor;
        const auto& where = claim.quote_where;
        const auto& line = claim.quote_source_line;
        switch (a.state) {
        case AnchorState::exact: break;
        case AnchorState::folded:
            diagnostics.note(where,
                             fmt::format("quote matches {}:{}:{} only after folding typography (white space, "
                                         "quotes, dashes); copy the article's exact characters",
                                         article.display_path, a.line, a.column),
                             line);
            break;
        case AnchorState::relocated:
            diagnostics.warning(where,
                                fmt::format("quote is not on line {} of {} but on line {}; set line = {}",
                                            claim.line_hint.value_or(0), article.display_path, a.line, a.line),
                                line);
            break;
        case AnchorState::ambiguous:
            diagnostics.error(where,
                              fmt::format("quote occurs more than once in {} (line{} {}); {}",
                                          article.display_path, a.candidate_lines.size() > 1 ? "s" : "",
                                          fmt::join(a.candidate_lines, ", "),
                                          a.candidate_lines.size() > 1 ? "add 'line' to pick one"
                                                                       : "quote more words to pick one"),
                              line);
            break;
        case AnchorState::orphan:
            if (a.suggestion.empty()) {
                diagnostics.error(where, fmt::format("quote not found in {}", article.display_path), line);
            } else {
                diagnostics.error(where,
                                  fmt::format("quote not found in {}; closest passage is on line {}: \"{}\"",
                                              article.display_path, a.suggestion_line, a.suggestion),
                                  line);
            }
            break;
        }
    }
}

}  // namespace claimcheck::anchor
