#include "load/value_checks.hpp"

#include <fmt/format.h>

#include "units/units.hpp"
#include "util/text.hpp"

namespace claimcheck::load {

namespace {

using grammar::Dimension;

bool disjoint(const grammar::Quantity& a, const grammar::Quantity& b) {
    return !a.allows.intersects(b.allows);
}

// A change's size whatever its sign: the direction of a change is often in
// a verb outside the quote ("lowered the rate by 0.25 percentage point").
grammar::Quantity magnitude(grammar::Quantity q) {
    if (q.change && q.allows.high <= 0) {
        q.allows = q.allows.negated();
    }
    return q;
}

// The warning when the quote holds exactly one value (`find()`) that
// `contradicts` the claim's. A value that is the quote's own words is the
// curator's reading of the quote, not a typo, and is not checked.
template <typename Find, typename Contradicts>
std::optional<std::string> contradicted_by_quote(const Claim& claim, Find find, Contradicts contradicts) {
    if (claim.quote.empty() || text::contains_words(claim.quote, claim.value_text)) {
        return std::nullopt;
    }
    const auto found = find();
    if (found.size() != 1 || !contradicts(found.front().value)) {
        return std::nullopt;
    }
    return fmt::format("the value '{}' contradicts its own quote, which says '{}': a typo in the value?",
                       claim.value_text, found.front().text);
}

// `text` read by the grammar, when it reads as `dimension`.
std::optional<grammar::Quantity> read_as(const std::string& text, Dimension dimension,
                                         const grammar::QuantityOptions& options) {
    auto read = grammar::parse_quantity(text, options);
    auto* quantity = std::get_if<grammar::Quantity>(&read);
    if (quantity == nullptr || quantity->dimension != dimension) {
        return std::nullopt;
    }
    return std::move(*quantity);
}

// A figure with no unit, currency or share: "58", "about 940".
bool bare_figure(const grammar::Quantity& q) {
    return q.dimension == Dimension::count && q.unit.empty() && q.written_unit.empty() && q.currency.empty() &&
           !q.percent && !q.of && q.vague.empty();
}

// The value's words with the topic's unit, read by the grammar: "58" under
// "years" is "58 years", "about 40" under "$" is "about $40". Nothing when
// the value is not a bare figure, the unit is a count label ("people"), or
// the words with the unit do not read as the unit's dimension.
std::optional<grammar::Quantity> with_topic_unit(const std::string& topic_unit, std::string_view words,
                                                 const grammar::Quantity& value,
                                                 const grammar::QuantityOptions& options) {
    if (topic_unit.empty() || !bare_figure(value)) {
        return std::nullopt;
    }
    const grammar::NamedUnit unit = units::remembered_named_unit(topic_unit);
    if (unit.dimension == Dimension::count) {
        return std::nullopt;
    }
    const std::string& written = unit.written.empty() ? topic_unit : unit.written;
    std::string text(words);
    if (unit.before) {
        const std::size_t digit = text.find_first_of("0123456789");
        if (digit == std::string::npos) {
            return std::nullopt;
        }
        text.insert(digit, written);
    } else {
        text += written == "%" ? written : " " + written;
    }
    return read_as(text, unit.dimension, options);
}

// An age under a topic in a time unit ("Smith, 58," under `unit = "years"`)
// is that many years: the age's words as a duration, read by the grammar.
std::optional<grammar::Quantity> age_in_years(const std::string& topic_unit, const grammar::Quantity& value,
                                              const grammar::QuantityOptions& options) {
    if (topic_unit.empty() || value.dimension != Dimension::age ||
        units::remembered_named_unit(topic_unit).dimension != Dimension::duration) {
        return std::nullopt;
    }
    std::string text = value.qualifier_word.empty() ? "" : value.qualifier_word + " ";
    text += value.qualifier == grammar::Qualifier::range
                ? fmt::format("{} to {} years", value.number, value.number_high)
                : fmt::format("{} years", value.number);
    return read_as(text, Dimension::duration, options);
}

// A count no larger than the topic's whole, as a part of it: "9 missiles"
// under `whole = "12 missiles"` is "9 of 12 missiles", read by the grammar.
std::optional<grammar::Quantity> part_of_whole(const Topic& topic, const grammar::Quantity& value,
                                               const grammar::QuantityOptions& options) {
    if (!topic.whole || value.dimension != Dimension::count || value.of || value.percent || !value.vague.empty() ||
        value.change || !(value.allows.high <= topic.whole->number)) {
        return std::nullopt;
    }
    std::string part = value.canonical;
    const std::string unit = value.unit.empty() ? "" : " " + value.unit;
    if (!unit.empty() && part.size() > unit.size() && part.ends_with(unit)) {
        part.resize(part.size() - unit.size());
    }
    auto read = read_as(fmt::format("{} of {}{}", part, topic.whole->number, unit), Dimension::count, options);
    if (!read || read->of != topic.whole->number) {
        return std::nullopt;
    }
    return read;
}

// A bare figure under a topic whose unit names a scale's levels ("4" under
// `unit = "category"`) is that level: "category 4", read by the grammar.
std::optional<grammar::Quantity> level_in_topic(const std::string& topic_unit, std::string_view words,
                                                const grammar::Quantity& value,
                                                const grammar::QuantityOptions& options) {
    if (topic_unit.empty() || !bare_figure(value)) {
        return std::nullopt;
    }
    const std::string kind = grammar::level_kind(topic_unit);
    if (kind.empty()) {
        return std::nullopt;
    }
    return read_as(fmt::format("{} {}", kind, words), Dimension::ordinal, options);
}

}  // namespace

void read_in_topic(const Topic& topic, std::string_view words, grammar::Quantity& value,
                   const grammar::QuantityOptions& options) {
    if (auto in_unit = with_topic_unit(topic.unit, words, value, options)) {
        value = std::move(*in_unit);
    } else if (auto years = age_in_years(topic.unit, value, options)) {
        value = std::move(*years);
    } else if (auto level = level_in_topic(topic.unit, words, value, options)) {
        value = std::move(*level);
    }
    if (auto part = part_of_whole(topic, value, options)) {
        value = std::move(*part);
    }
}

std::optional<std::string> quote_contradiction(const Claim& claim, const grammar::Quantity& value,
                                               const grammar::QuantityOptions& options) {
    return contradicted_by_quote(
        claim, [&] { return grammar::find_quantities(claim.quote, options); },
        [&](const grammar::Quantity& stated) {
            return stated.dimension == value.dimension && stated.change == value.change &&
                   stated.currency == value.currency && stated.of.has_value() == value.of.has_value() &&
                   disjoint(magnitude(stated), magnitude(value));
        });
}

std::optional<std::string> quote_contradiction(const Claim& claim, const grammar::DateValue& value,
                                               const grammar::DateContext& context) {
    return contradicted_by_quote(
        claim, [&] { return grammar::find_dates(claim.quote, context); },
        [&](const grammar::DateValue& stated) {
            // A time without its day is compared on each day it may be.
            for (const auto& v : grammar::placements(value)) {
                for (const auto& s : grammar::placements(stated)) {
                    if (v.begin < s.end && s.begin < v.end) {
                        return false;
                    }
                }
            }
            return true;
        });
}

}  // namespace claimcheck::load
