// find_quantities / find_dates (value.hpp): every quantity or date in
// running text, left to right, without overlaps.
//
// A try starts only at the start of a word (or at a sign such as "~" or
// "$"), never inside a number ("1,300" is not also "300"), and reads at most
// a window of `window` bytes, so a scan is linear in the text's length even
// on adversarial input.
#include <algorithm>
#include <array>
#include <cassert>
#include <exception>

#include "grammar/convert.hpp"
#include "grammar/quantity/estimate.hpp"
#include "grammar/parse_value.hpp"
#include "units/units.hpp"
#include "grammar/date/date.hpp"
#include "grammar/quantity/quantity.hpp"
#include "grammar/text.hpp"
#include "grammar/vocabulary.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace {

constexpr std::ptrdiff_t window = 256;

using detail::is_space;
using text::is_ascii_digit;

using text::starts_with;

// Can a quantity or date start at p? A word of ASCII letters only where it
// begins with one of the rule's first words (`may_start`).
bool candidate(const char* begin, const char* p, const char* end, bool (*may_start)(const char*, const char*)) {
    if (!text::at_word_start(begin, p, end)) {
        return false;
    }
    // Not inside a number: "1,300" has no candidate at "300".
    if (p - begin >= 2 && (p[-1] == ',' || p[-1] == '.') && is_ascii_digit(p[-2])) {
        return false;
    }
    if (text::is_ascii_letter(*p)) {
        return may_start(p, end);
    }
    if (text::is_word_char(p, end)) {
        return true;
    }
    const char c = *p;
    if (c == '~' || c == '<' || c == '>' || starts_with(p, end, "\xE2\x89\xA5") ||
        starts_with(p, end, "\xE2\x89\xA4")) {
        return true;
    }
    if ((c == '+' || c == '-') && end - p >= 2 && is_ascii_digit(p[1])) {
        return true;
    }
    // A currency sign: "$", "€", "US$", "₩".
    struct Signs {
        std::vector<std::string> forms;
        std::array<bool, 256> first_bytes{};  // the bytes a sign starts with
    };
    static const Signs signs = [] {
        Signs out;
        for (const auto& form : units::currency_forms()) {
            if (form.before && !text::is_word_char(form.form.data(), form.form.data() + form.form.size())) {
                out.forms.push_back(form.form);
                out.first_bytes[static_cast<unsigned char>(form.form.front())] = true;
            }
        }
        return out;
    }();
    return signs.first_bytes[static_cast<unsigned char>(c)] &&
           std::any_of(signs.forms.begin(), signs.forms.end(),
                       [&](const auto& sign) { return starts_with(p, end, sign); });
}

// Past the word at p (one byte when no word starts there).
const char* past_word(const char* p, const char* end) {
    if (!text::is_word_char(p, end)) {
        return p + 1;
    }
    while (p != end && text::is_word_char(p, end)) {
        ++p;
    }
    return p;
}

// Runs `rule` at every candidate from `p` on that starts before `until`;
// `accept(first, last, tree)` keeps a match (returning false rejects it and
// the scan moves on). Returns where the scan stopped, to go on from there.
template <typename Attribute, typename Rule, typename Accept>
const char* scan_from(std::string_view input, const char* p, const char* until, const Rule& rule, Accept accept) {
    const auto may_start = std::is_same_v<Attribute, ast::date> ? parser::may_start_date : parser::may_start_quantity;
    const char* const begin = input.data();
    const char* const end = begin + input.size();
    while (p < until) {
        if (!candidate(begin, p, end, may_start)) {
            // No candidate starts inside a word either.
            p = text::at_word_start(begin, p, end) ? past_word(p, end) : p + 1;
            continue;
        }
        const char* const stop = end - p > window ? p + window : end;
        const char* first = p;
        Attribute tree;
        bool matched = false;
        try {
            matched = x3::phrase_parse(first, stop, rule, x3::ascii::space, tree, x3::skip_flag::dont_post_skip);
        } catch (const std::exception&) {
            matched = false;
        }
        while (matched && first != p && is_space(first[-1])) {
            --first;
        }
        if (matched && first != p && text::at_word_end(first, end) && accept(p, first, tree)) {
            p = first;
            continue;
        }
        p = past_word(p, end);  // no candidate starts inside this word
    }
    return p;
}

template <typename Attribute, typename Rule, typename Accept>
void scan(std::string_view input, const Rule& rule, Accept accept) {
    scan_from<Attribute>(input, input.data(), input.data() + input.size(), rule, accept);
}

// A number written like a year: four digits, 1000-2099, no separator.
bool year_like(const ast::numeral& n) {
    return !n.words && n.scale == 1 && n.decimals == 0 && n.mantissa >= 1000 && n.mantissa <= 2099 && n.at &&
           is_ascii_digit(n.at[0]) && is_ascii_digit(n.at[1]) && is_ascii_digit(n.at[2]) && is_ascii_digit(n.at[3]);
}

// Years standing alone ("the 1942 flood", "1910-1945") are dates, not quantities.
bool is_year(const ast::quantity& tree) {
    const auto* c = boost::get<ast::count>(&tree.get());
    if (!c || c->qual.kind != Qualifier::none || c->mark != ast::Mark::none || !c->unit.empty() ||
        !c->currency.empty() || c->direction != ast::Direction::none) {
        return false;
    }
    switch (c->joiner) {
        case ast::Joiner::none:
            return year_like(c->first);
        case ast::Joiner::dash:
        case ast::Joiner::to:
        case ast::Joiner::between:  // "from 1990 to 2024", "between 2020 and 2024"
            return year_like(c->first) && year_like(c->second);
        default:
            return false;
    }
}

// "UPDATE 2-Stocks fall": a number and a hyphen right after a wire slug's
// word in capitals (data/words/quantity.tsv, table wire-slug) is the story's
// version, no quantity.
bool after_wire_slug(const char* begin, const char* first, const char* last) {
    if (first == last || !is_ascii_digit(*first)) {
        return false;
    }
    const char* digits_end = first;
    while (digits_end != last && is_ascii_digit(*digits_end)) {
        ++digits_end;
    }
    if (digits_end == last || *digits_end != '-') {
        return false;
    }
    const char* word_end = first;
    while (word_end != begin && is_space(word_end[-1])) {
        --word_end;
    }
    const char* word_begin = word_end;
    while (word_begin != begin && text::is_ascii_letter(word_begin[-1])) {
        --word_begin;
    }
    const std::string_view word(word_begin, static_cast<std::size_t>(word_end - word_begin));
    static const auto& slugs = vocabulary::quantity_words("wire-slug");
    return word_end != first &&
           std::any_of(slugs.begin(), slugs.end(), [&](const vocabulary::WordRow& row) { return row.word == word; });
}

// "John Smith, 71, said" / "said John Smith, 71.": a bare number of one to
// three digits after a capitalised word and a comma, and before a comma or
// the end of a sentence, is the person's age. A number followed by a word
// ("In Seoul, 71 people died") is not. Returns where the name's last word
// starts (the match runs from there: "Smith, 71"), or null.
const char* age_after_name(const ast::quantity& tree, const char* begin, const char* first, const char* last,
                           const char* end) {
    const auto* c = boost::get<ast::count>(&tree.get());
    if (!c || c->qual.kind != Qualifier::none || c->direction != ast::Direction::none || c->kind != ast::Kind::plain ||
        c->minus || c->mark != ast::Mark::none || c->joiner != ast::Joiner::none || !c->currency.empty() ||
        !c->unit.empty() || !c->parts.empty() || last - first > 3 || !std::all_of(first, last, is_ascii_digit)) {
        return nullptr;
    }
    if (first - begin < 4 || first[-1] != ' ' || first[-2] != ',' || !text::is_ascii_letter(first[-3])) {
        return nullptr;
    }
    const char* word = first - 3;
    while (word != begin &&
           (text::is_ascii_letter(word[-1]) || word[-1] == '-' || word[-1] == '\'' || (word[-1] & 0x80) != 0)) {
        --word;
    }
    if (!(*word >= 'A' && *word <= 'Z')) {
        return nullptr;
    }
    if (last == end || *last == ',') {
        return word;
    }
    const bool stop = *last == '.' || *last == '!' || *last == '?';
    const bool ends = stop && (last + 1 == end || is_space(last[1]) || last[1] == '"' || last[1] == '\'');
    return ends ? word : nullptr;
}

// A date whose digits a quantity scan must not read: a calendar date with a
// month, a time of day, or a named period ("Q2 2025", "FY26", "the 1990s").
bool holds_date_digits(const ast::date& tree) {
    if (tree.time.present) {
        return true;
    }
    if (tree.per.kind != ast::PeriodKind::none) {
        return tree.per.kind != ast::PeriodKind::season && tree.per.kind != ast::PeriodKind::in_month;
    }
    return tree.has_when && !tree.is_relative && tree.from.month != 0;
}

// What find_quantities relies on to skip the dates of a text that has none
// of their words (parser::may_hold_date_digits): checked on every date kept
// where assertions are on (the Debug, sanitizer and fuzz builds).
bool marked_date_digits(const ast::date& tree, [[maybe_unused]] const char* first, [[maybe_unused]] const char* last) {
    const bool holds = holds_date_digits(tree);
    assert(!holds || parser::may_hold_date_digits(std::string_view(first, static_cast<std::size_t>(last - first))));
    return holds;
}

// Adds the match [first, last) to `found` when its value converted; false
// (the scan moves on) when converting it failed.
template <typename Value>
bool keep(std::vector<Found<Value>>& found, const char* begin, const char* first, const char* last,
          std::variant<Value, ParseError> value) {
    auto* v = std::get_if<Value>(&value);
    if (v == nullptr) {
        return false;
    }
    found.push_back(Found<Value>{static_cast<std::size_t>(first - begin), static_cast<std::size_t>(last - first),
                                 std::string(first, last), std::move(*v)});
    return true;
}

// A quantity followed by an estimate's tail ("52 (95% CI 20-87)", "4,600 ±
// 200", "52 people (range 20-87)") is one quantity: `last` moves past the tail, and so does `resume`,
// before which nothing is read again. A malformed tail drops the quantity
// (a value written out says why); nothing inside it is read either.
std::variant<Quantity, ParseError> with_estimate_tail(std::variant<Quantity, ParseError> value, const char* begin,
                                                      const char* first, const char*& last, const char* end,
                                                      const char*& resume) {
    if (!std::holds_alternative<Quantity>(value)) {
        return value;
    }
    const char* at = last;
    if (!detail::may_follow_estimate(last, end)) {
        at = detail::parenthesis_after_words(last, end);  // "52 people (95% CI 20-87)"
        if (at == nullptr) {
            return value;
        }
    }
    auto tail = detail::read_estimate_tail(begin, at, end, false);
    if (!tail) {
        return value;
    }
    if (const auto* error = std::get_if<ParseError>(&*tail)) {
        return *error;
    }
    const auto& read = std::get<detail::EstimateTail>(*tail);
    resume = read.end;
    auto estimate = detail::with_interval(std::get<Quantity>(std::move(value)), read, begin,
                                          std::string_view(first, static_cast<std::size_t>(last - first)));
    last = read.end;
    return estimate;
}

}  // namespace

std::vector<Found<Quantity>> find_quantities(std::string_view input, QuantityOptions options) {
    const char* const begin = input.data();
    // Calendar dates, times and periods are not quantities: "January 19,
    // 2026" holds no 19, "4:10 a.m." no 4, "Q2 2025" no 2. The dates are
    // scanned alongside, only as far as the quantity being judged reaches,
    // and only in a text with the words such a date needs.
    const bool dated = parser::may_hold_date_digits(input);
    std::vector<std::pair<const char*, const char*>> dates;
    const char* dates_scanned = begin;
    std::size_t next_date = 0;
    auto keep_date = [&](const char* first, const char* last, const ast::date& tree) {
        if (!marked_date_digits(tree, first, last)) {
            return false;
        }
        dates.emplace_back(first, last);
        return true;
    };

    std::vector<Found<Quantity>> found;
    const char* resume = begin;  // the end of the last estimate's tail
    scan<ast::quantity>(
        input, parser::quantity_in_text(), [&](const char* first, const char* last, const ast::quantity& tree) {
            if (first < resume) {
                return false;  // inside an estimate's tail: "(95% CI 20-87)"
            }
            if (dated) {
                dates_scanned = scan_from<ast::date>(input, dates_scanned, last, parser::date_in_text(), keep_date);
            }
            while (next_date < dates.size() && dates[next_date].second <= first) {
                ++next_date;
            }
            if (next_date < dates.size() && dates[next_date].first < last) {
                return false;  // overlaps a calendar date
            }
            if (is_year(tree) || after_wire_slug(begin, first, last)) {
                return false;
            }
            const char* name = age_after_name(tree, begin, first, last, begin + input.size());
            if (name != nullptr && (found.empty() || begin + found.back().offset + found.back().length <= name)) {
                ast::quantity age = tree;
                boost::get<ast::count>(age.get()).kind = ast::Kind::age;
                return keep(found, begin, name, last, detail::to_quantity(age, options, begin, true));
            }
            auto value = with_estimate_tail(detail::to_quantity(tree, options, begin, true), begin, first, last,
                                            begin + input.size(), resume);
            return keep(found, begin, first, last, std::move(value));
        });
    return found;
}

std::vector<Found<DateValue>> find_dates(std::string_view input, DateContext context) {
    std::vector<Found<DateValue>> found;
    const char* const begin = input.data();
    scan<ast::date>(input, parser::date_in_text(), [&](const char* first, const char* last, const ast::date& tree) {
        marked_date_digits(tree, first, last);
        const bool bare_year = tree.has_when && !tree.is_relative && tree.from.month == 0 &&
                               tree.per.kind == ast::PeriodKind::none && !tree.time.present;
        if (bare_year && (tree.from.year < 1000 || tree.from.year > 2099 ||
                          (tree.is_range && (tree.to.year < 1000 || tree.to.year > 2099)))) {
            return false;
        }
        return keep(found, begin, first, last, detail::to_date(tree, context, begin));
    });
    return found;
}

}  // namespace claimcheck::grammar
