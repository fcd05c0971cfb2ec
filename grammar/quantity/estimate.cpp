// Estimates with an interval (estimate.hpp, docs/grammar.md "Estimates").
//
// The point is read by the quantity grammar; the tail after it is read here,
// by hand, and its bounds or margin are values of their own
// (parse_plain_quantity), so units and currencies work inside: "$52m (95% CI
// $20m-$87m)". Nothing here runs unless a '(', '±', "+/-", ',' or "plus or
// minus" follows a number.
#include "grammar/quantity/estimate.hpp"
#include "grammar/vocabulary.hpp"

#include <cstdlib>
#include <exception>
#include <string>

#include "grammar/parse_value.hpp"
#include "grammar/quantity/quantity.hpp"
#include "grammar/text.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar::detail {

namespace x3 = boost::spirit::x3;

namespace {

constexpr std::string_view plus_minus = "\xC2\xB1";  // ±

using text::starts_with;

// The words of `phrase` (lower case, one space between words) at `p`, in any
// case and any white space, ending a word: where they end, else nullptr.
const char* match_phrase(const char* p, const char* end, std::string_view phrase) {
    for (const char c : phrase) {
        if (c == ' ') {
            if (p == end || !is_space(*p)) {
                return nullptr;
            }
            p = skip_space(p, end);
        } else if (p != end && claimcheck::text::ascii_lower(*p) == c) {
            ++p;
        } else {
            return nullptr;
        }
    }
    return text::at_word_end(p, end) ? p : nullptr;
}

// "±", "+/-" or "plus or minus" at `p`: where it ends, else nullptr.
const char* match_sign(const char* p, const char* end) {
    if (starts_with(p, end, plus_minus)) {
        return p + plus_minus.size();
    }
    if (starts_with(p, end, "+/-")) {
        return p + 3;
    }
    return match_phrase(p, end, "plus or minus");
}

// Past a ':' or ',' after interval words ("95% CI: 20 to 87").
const char* skip_separator(const char* p, const char* end) {
    p = skip_space(p, end);
    if (p != end && (*p == ':' || *p == ',')) {
        p = skip_space(p + 1, end);
    }
    return p;
}

// The words that open a parenthesised interval: "95% CI", "CI", "90%
// confidence interval", "range", "range of", "margin of error", a plus-minus
// sign. `content`: where the bounds or margin start (nullptr: no interval).
struct Opening {
    const char* content = nullptr;
    const char* level_at = nullptr;  // a stated confidence level
    double level = 0;
};

Opening interval_words(const char* p, const char* end, EstimateTail& tail) {
    Opening open;
    const char* q = p;
    while (q != end && (text::is_ascii_digit(*q) || *q == '.')) {
        ++q;
    }
    if (q != p && q != end && *q == '%') {
        open.level_at = p;
        open.level = std::strtod(std::string(p, q).c_str(), nullptr);
        q = skip_space(q + 1, end);
    } else {
        q = p;
    }
    const char* words = match_phrase(q, end, "ci");
    if (words == nullptr) {
        words = match_phrase(q, end, "confidence interval");
    }
    if (words != nullptr) {
        tail.kind = IntervalKind::confidence;
        open.content = skip_separator(words, end);
        return open;
    }
    if (open.level_at != nullptr) {
        return open;  // "(95% of cases)"
    }
    if ((words = match_phrase(p, end, "range of")) || (words = match_phrase(p, end, "range"))) {
        tail.kind = IntervalKind::range;
        open.content = skip_separator(words, end);
    } else if ((words = match_phrase(p, end, "margin of error"))) {
        tail.kind = IntervalKind::margin;
        words = skip_separator(words, end);
        const char* sign = match_sign(words, end);
        open.content = skip_space(sign != nullptr ? sign : words, end);
    } else if ((words = match_sign(p, end))) {
        tail.kind = IntervalKind::margin;
        open.content = skip_space(words, end);
    }
    return open;
}

// Where a quantity read from `p` in running text ends (nullptr: none starts).
const char* text_extent(const char* p, const char* end) {
    const char* const stop = end - p > 256 ? p + 256 : end;
    const char* first = p;
    ast::quantity tree;
    try {
        if (!x3::phrase_parse(first, stop, parser::quantity_in_text(), x3::ascii::space, tree,
                              x3::skip_flag::dont_post_skip)) {
            return nullptr;
        }
    } catch (const std::exception&) {
        return nullptr;
    }
    while (first != p && is_space(first[-1])) {
        --first;
    }
    return first == p ? nullptr : first;
}

// Sets the tail's bounds or margin to [content, last).
void set_content(EstimateTail& tail, const char* content, const char* last) {
    (tail.kind == IntervalKind::margin ? tail.margin : tail.bounds) =
        trimmed(std::string_view(content, static_cast<std::size_t>(last - content)));
}

// "(95% CI 20-87)": the words and what they enclose.
std::optional<std::variant<EstimateTail, ParseError>> parenthesised(const char* begin, EstimateTail tail,
                                                                    const char* end, bool whole) {
    const Opening open = interval_words(skip_space(tail.start + 1, end), end, tail);
    if (open.content == nullptr) {
        return std::nullopt;
    }
    // In running text the ')' is looked for as far as a scan's window reaches.
    const char* const stop = whole || end - open.content <= 256 ? end : open.content + 256;
    const char* close = open.content;
    while (close != stop && *close != ')' && *close != '(') {
        ++close;
    }
    if (close == stop || *close != ')') {
        if (!whole) {
            return std::nullopt;
        }
        return error_at(close, begin, "expected ')' after the interval");
    }
    if (open.level_at != nullptr && !(open.level > 0 && open.level < 100)) {
        return error_at(open.level_at, begin, "a confidence level is more than 0% and less than 100%");
    }
    tail.confidence = open.level;
    set_content(tail, open.content, close);
    tail.end = close + 1;
    const char* const after = skip_space(tail.end, end);
    if (whole && after != end) {
        return error_at(after, begin, "expected the end of the value after the interval");
    }
    return tail;
}

// "± 200", ", with a range of 20 to 87": the tail runs to the end of a value,
// or in running text over the quantity after the words.
std::optional<std::variant<EstimateTail, ParseError>> open_ended(EstimateTail tail, const char* content,
                                                                 const char* end, bool whole) {
    const char* last = whole ? end : text_extent(content, end);
    if (last == nullptr) {
        return std::nullopt;
    }
    set_content(tail, content, last);
    tail.end = last;
    return tail;
}

}  // namespace

bool may_follow_estimate(const char* p, const char* end) {
    p = skip_space(p, end);
    if (p == end) {
        return false;
    }
    return *p == '(' || *p == ',' || starts_with(p, end, plus_minus) || starts_with(p, end, "+/-") ||
           ((*p == 'p' || *p == 'P') && match_sign(p, end) != nullptr);
}

const char* parenthesis_after_words(const char* p, const char* end) {
    for (int words = 0; words <= 2; ++words) {
        p = skip_space(p, end);
        if (p != end && *p == '(') {
            return words > 0 ? p : nullptr;
        }
        if (words == 2 || p == end || !text::is_ascii_letter(*p)) {
            return nullptr;
        }
        while (p != end && (text::is_ascii_letter(*p) || *p == '-' || *p == '\'')) {
            ++p;
        }
        if (p == end || !is_space(*p)) {
            return nullptr;
        }
    }
    return nullptr;
}

std::optional<std::variant<EstimateTail, ParseError>> read_estimate_tail(const char* begin, const char* p,
                                                                         const char* end, bool whole) {
    p = skip_space(p, end);
    if (p == end) {
        return std::nullopt;
    }
    EstimateTail tail;
    tail.start = p;
    if (*p == '(') {
        return parenthesised(begin, tail, end, whole);
    }
    if (const char* sign = match_sign(p, end)) {
        tail.kind = IntervalKind::margin;
        return open_ended(tail, skip_space(sign, end), end, whole);
    }
    if (*p == ',') {
        const char* words = match_phrase(skip_space(p + 1, end), end, "with a range of");
        if (words == nullptr) {
            return std::nullopt;
        }
        tail.kind = IntervalKind::range;
        return open_ended(tail, skip_space(words, end), end, whole);
    }
    return std::nullopt;
}

void mark_estimate(Quantity& q) {
    if (q.qualifier == Qualifier::approx && vocabulary::estimate_qualifier(q.qualifier_word)) {
        q.estimate = true;
    }
}

std::optional<std::variant<Quantity, ParseError>> parse_estimate(std::string_view value, QuantityOptions options) {
    const char* const begin = value.data();
    const char* const end = begin + value.size();
    for (const char* p = begin; p != end; ++p) {
        const char c = *p;
        const bool may = c == '(' || c == ',' || c == '+' || c == plus_minus[0] ||
                         ((c == 'p' || c == 'P') && text::at_word_start(begin, p, end));
        if (!may || p == begin) {
            continue;
        }
        auto tail = read_estimate_tail(begin, p, end, true);
        if (!tail) {
            continue;
        }
        if (const auto* error = std::get_if<ParseError>(&*tail)) {
            return *error;
        }
        auto point = parse_plain_quantity(std::string_view(begin, static_cast<std::size_t>(p - begin)), options);
        if (const auto* error = std::get_if<ParseError>(&point)) {
            return *error;
        }
        return with_interval(std::get<Quantity>(std::move(point)), std::get<EstimateTail>(*tail), begin,
                             std::string_view(begin, static_cast<std::size_t>(p - begin)));
    }
    return std::nullopt;
}

}  // namespace claimcheck::grammar::detail
