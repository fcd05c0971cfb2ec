#include "anchor/anchor.hpp"

#include "anchor/fold.hpp"
#include "anchor/similar.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <functional>

namespace claimcheck::anchor {

namespace {

// Every start offset of `needle` in `haystack`, overlapping ones included,
// in order, linear in both sizes whatever the text (a quote of repeated
// characters in a long run of them stays linear): Knuth–Morris–Pratt for a
// needle that can overlap itself, memmem for the others.
std::vector<std::size_t> find_all(std::string_view haystack, std::string_view needle) {
    std::vector<std::size_t> found;
    const std::size_t m = needle.size();
    if (m == 0 || m > haystack.size()) {
        return found;
    }
    std::vector<std::size_t> border(m, 0);  // border[i]: longest proper border of needle[0..i]
    for (std::size_t i = 1, k = 0; i < m; ++i) {
        while (k > 0 && needle[i] != needle[k]) {
            k = border[k - 1];
        }
        if (needle[i] == needle[k]) {
            ++k;
        }
        border[i] = k;
    }
    const std::size_t n = haystack.size();
    if (border[m - 1] == 0) {
        // No border: occurrences cannot overlap, so each search goes on past
        // the last one, and glibc's memmem (Two-Way, linear) does the work.
        for (std::size_t i = 0; n - i >= m;) {
            const void* at = memmem(haystack.data() + i, n - i, needle.data(), m);
            if (at == nullptr) {
                break;
            }
            const auto begin = static_cast<std::size_t>(static_cast<const char*>(at) - haystack.data());
            found.push_back(begin);
            i = begin + m;
        }
        return found;
    }
    for (std::size_t i = 0, k = 0; i < n; ++i) {
        if (k == 0) {
            // No partial match: no position before the next occurrence of
            // the needle's first byte can start one, so jump there (memchr
            // is much faster than stepping the automaton, and still linear).
            const void* next = std::memchr(haystack.data() + i, needle[0], n - i);
            if (next == nullptr) {
                break;
            }
            i = static_cast<std::size_t>(static_cast<const char*>(next) - haystack.data());
        }
        while (k > 0 && haystack[i] != needle[k]) {
            k = border[k - 1];
        }
        if (haystack[i] == needle[k]) {
            ++k;
        }
        if (k == m) {
            found.push_back(i + 1 - m);
            k = border[k - 1];
        }
    }
    return found;
}

// Lines and columns of sorted (offset, length) spans, in one pass over the
// text: columns are counted on from the previous span on the same line, so
// many matches on one long line cost no more than the line.
std::vector<Occurrence> occurrences(const Article& article,
                                    const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
    std::vector<Occurrence> out;
    out.reserve(spans.size());
    int line = 0;
    std::size_t counted_to = 0;  // byte offset up to which `column` is known
    int column = 1;
    for (const auto& [offset, length] : spans) {
        const int this_line = article.lines.line_of(offset);
        if (this_line != line || offset < counted_to) {
            line = this_line;
            counted_to = article.lines.start(line);
            column = 1;
        }
        column +=
            static_cast<int>(text::code_points(std::string_view(article.text).substr(counted_to, offset - counted_to)));
        counted_to = offset;
        out.push_back({offset, length, line, column});
    }
    return out;
}

std::vector<Occurrence> find_folded_in(const Article& article, const Folded& folded_text, std::string_view quote) {
    const Folded folded_quote = fold(quote);
    std::string_view needle(folded_quote.text);
    // Leading and trailing white space of the quote does not take part.
    while (!needle.empty() && needle.front() == ' ') {
        needle.remove_prefix(1);
    }
    while (!needle.empty() && needle.back() == ' ') {
        needle.remove_suffix(1);
    }
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const std::size_t begin : find_all(folded_text.text, needle)) {
        const std::size_t original_begin = folded_text.origin[begin];
        const std::size_t original_end = folded_text.origin[begin + needle.size()];
        spans.emplace_back(original_begin, original_end - original_begin);
    }
    return occurrences(article, spans);
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
        if (on_line.size() > 1) {
            // Several on the hinted line itself: only more words can tell them apart.
            anchor.state = AnchorState::ambiguous;
            anchor.candidate_lines = {*line_hint};
            return anchor;
        }
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

std::vector<Occurrence> find_exact(const Article& article, std::string_view quote) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const std::size_t offset : find_all(article.text, quote)) {
        spans.emplace_back(offset, quote.size());
    }
    return occurrences(article, spans);
}

std::vector<Occurrence> find_folded(const Article& article, std::string_view quote) {
    return find_folded_in(article, fold(article.text), quote);
}

namespace {

// resolve() with the article folded once for all of a source's claims.
// The exact occurrences that start on 1-based `line`: the search reads that
// line and no more of the text than a match starting on it could cover.
std::vector<Occurrence> find_exact_on_line(const Article& article, std::string_view quote, int line) {
    std::vector<Occurrence> found;
    if (line < 1 || line > article.lines.count() || quote.empty()) {
        return found;
    }
    const std::size_t start = article.lines.start(line);
    const std::size_t next = article.lines.start(line + 1);  // the text's end after the last line
    const std::size_t end = std::min(article.text.size(), next + quote.size());
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const std::size_t offset : find_all(std::string_view(article.text).substr(start, end - start), quote)) {
        if (start + offset < next) {
            spans.emplace_back(start + offset, quote.size());
        }
    }
    return occurrences(article, spans);
}

// `index` is made at the first quote of the article that is not found as
// it is, and kept for the others: the article is folded and split into
// words once, however many of its quotes are folded or orphans.
Anchor resolve_in(const Article& article, std::optional<ArticleWords>& index, std::string_view quote,
                  std::optional<int> line_hint) {
    // Once on the hinted line is exact whatever the rest of the text holds
    // (§4.1), so a correct hint needs no search of the whole article: a
    // story of many claims on a long article stays linear.
    if (line_hint) {
        const auto on_line = find_exact_on_line(article, quote, *line_hint);
        if (on_line.size() == 1) {
            Anchor anchor;
            anchor.state = AnchorState::exact;
            anchor.line = on_line.front().line;
            anchor.column = on_line.front().column;
            return anchor;
        }
    }
    if (auto anchor = choose(find_exact(article, quote), line_hint, AnchorState::exact)) {
        return *anchor;
    }
    if (!index) {
        index = index_words(article.text);
    }
    if (auto anchor = choose(find_folded_in(article, index->folded, quote), line_hint, AnchorState::folded)) {
        return *anchor;
    }
    Anchor orphan;
    orphan.state = AnchorState::orphan;
    if (auto passage = closest_passage(article, *index, quote)) {
        orphan.suggestion = passage->text;
        orphan.suggestion_line = passage->line;
    }
    return orphan;
}

}  // namespace

Anchor resolve(const Article& article, std::string_view quote, std::optional<int> line_hint) {
    std::optional<ArticleWords> index;
    return resolve_in(article, index, quote, line_hint);
}

namespace {

// The error for a quote found more than once: on one line, elsewhere than
// its `line`, or on several lines.
std::string ambiguous_message(const Claim& claim, const Article& article) {
    const Anchor& a = claim.anchor;
    if (a.candidate_lines.size() <= 1) {
        return fmt::format("quote occurs more than once on line {} of {}; quote more words to pick one",
                           a.candidate_lines.empty() ? 0 : a.candidate_lines.front(), article.display_path);
    }
    if (claim.line_hint) {
        return fmt::format(
            "quote is not on line {} of {} and occurs more than once elsewhere (lines {}); set "
            "'line' to one of them",
            *claim.line_hint, article.display_path, fmt::join(a.candidate_lines, ", "));
    }
    return fmt::format("quote occurs more than once in {} (lines {}); add 'line' to pick one", article.display_path,
                       fmt::join(a.candidate_lines, ", "));
}

// What a claim's anchor tells the curator, if anything.
void report_anchor(const Claim& claim, const Article& article, Diagnostics& diagnostics) {
    const Anchor& a = claim.anchor;
    const auto& where = claim.quote_where;
    const auto& line = claim.quote_source;
    switch (a.state) {
        case AnchorState::exact:
            break;
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
            diagnostics.error(where, ambiguous_message(claim, article), line);
            break;
        case AnchorState::orphan:
            diagnostics.error(where,
                              a.suggestion.empty()
                                  ? fmt::format("quote not found in {}", article.display_path)
                                  : fmt::format("quote not found in {}; closest passage is on line {}: \"{}\"",
                                                article.display_path, a.suggestion_line, a.suggestion),
                              line);
            break;
    }
}

}  // namespace

void anchor_source(Source& source, Diagnostics& diagnostics) {
    if (!source.article_loaded) {
        return;
    }
    std::optional<ArticleWords> index;
    for (Claim& claim : source.claims) {
        claim.anchor = resolve_in(source.article, index, claim.quote, claim.line_hint);
        report_anchor(claim, source.article, diagnostics);
    }
}

}  // namespace claimcheck::anchor
