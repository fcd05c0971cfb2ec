// Compound amounts: "5 ft 11 in", "$3 and 50 cents".
#include "grammar/quantity/convert.hpp"

namespace claimcheck::grammar::quantities {

namespace {

// One part of a compound amount ("5 ft", "11 in"; "$3", "50 cents"), with
// the unit (or the currency's fraction) it is written in.
struct Part {
    const ast::numeral* number = nullptr;
    std::string unit_text;  // the unit words as written, lower-cased
    bool and_written = false;
    std::optional<units::Unit> unit;  // a physical or time unit
    double fraction = 1;              // money: of one main unit
    std::string rest;                 // words after the last part's unit ("5 ft 11 in tall": "tall")
};

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        out += (out.empty() ? "" : " ") + words[i];
    }
    return out;
}

// The unit the first one to three words name (the longest), and how many words it takes.
std::optional<std::pair<units::Unit, std::size_t>> leading_unit(const std::vector<std::string>& words, bool library) {
    for (std::size_t n = std::min<std::size_t>(3, words.size()); n >= 1; --n) {
        if (auto unit = units::find_part_unit(joined(words, 0, n), library && n == 1)) {
            return std::make_pair(*unit, n);
        }
    }
    return std::nullopt;
}

// Forms that are not written in parts, and parts without a unit.
std::optional<ParseError> compound_shape(const ast::count& c, const char* begin) {
    const char* at = c.parts.front().number.at;
    if (c.joiner != ast::Joiner::none || c.mark != ast::Mark::none || c.kind != ast::Kind::plain || c.minus ||
        c.first.fraction || c.first.ordinal) {
        return error_at(at, begin,
                        "only an amount is written in parts ('5 ft 11 in', '$3 and 50 cents'), not a range, share, "
                        "percentage, age or position");
    }
    if (auto e = unrepresentable(c.first, begin)) {
        return e;
    }
    for (const auto& p : c.parts) {
        if (auto e = unrepresentable(p.number, begin)) {
            return e;
        }
        if (p.unit.empty()) {
            return error_at(
                p.number.at, begin,
                "the part '" + numeral_text(p.number) + "' names no unit: write each part's unit ('1 metre 80 cm')");
        }
    }
    return std::nullopt;
}

// A later part: a subunit of the amount's currency or a smaller unit of its
// dimension, less than one of the unit before it.
std::variant<Part, ParseError> resolve_part(const ast::count& c, const ast::part& p, const Part& prev, bool last,
                                            bool library, const char* begin) {
    Part part{&p.number, {}, p.and_written, std::nullopt, 1, {}};
    const auto words = words_of(p.unit);
    const std::string prev_name = prev.unit_text.empty() ? c.currency : words_of(prev.unit_text).front();
    std::size_t used = 1;
    double size = 0;
    double prev_size = 0;
    if (!c.currency.empty()) {
        const auto fraction = units::currency_subunit(words.front(), c.currency);
        if (!fraction) {
            return error_at(p.unit_at, begin, "'" + text::lower(words.front()) + "' is not a subunit of " + c.currency);
        }
        part.fraction = *fraction;
        size = value_of(p.number) * *fraction;
        prev_size = prev.fraction;
    } else {
        const auto found = leading_unit(words, library);
        if (!found) {
            return error_at(p.unit_at, begin, "unknown unit '" + words.front() + "' in a compound amount");
        }
        if (found->first.dimension != prev.unit->dimension) {
            return error_at(p.unit_at, begin,
                            "the parts of a compound amount are of one dimension: '" + words.front() + "' is not " +
                                std::string(dimension_name(prev.unit->dimension)));
        }
        part.unit = found->first;
        used = found->second;
        size = units::to_canonical(found->first, value_of(p.number));
        prev_size = unit_size(*prev.unit);
    }
    // Lengths joined by "and" are a sum, in any order and of any size ("1
    // meter and 1 foot", "1 kilometer and 1 mile"); without it ("5 ft 11 in")
    // and in money, a part is less than one of the unit before it.
    const bool sum = p.and_written && c.currency.empty();
    if (!sum && (c.currency.empty() ? unit_size(*part.unit) : part.fraction) >= prev_size) {
        return error_at(p.unit_at, begin,
                        "the parts of a compound amount go from the largest unit to the smallest: '" + words.front() +
                            "' after '" + prev_name + "'");
    }
    part.unit_text = text::lower_words(joined(words, 0, used));
    if (!sum && size >= prev_size * (1 - 1e-12)) {
        return error_at(
            p.number.at, begin,
            "the part '" + numeral_text(p.number) + " " + part.unit_text + "' is not less than one " + prev_name);
    }
    if (used < words.size() && !last) {
        return error_at(p.unit_at, begin, "only the last part of a compound amount has words after its unit");
    }
    part.rest = text::lower_words(joined(words, used, words.size()));
    return part;
}

// Every part of a compound amount, the first with the count's own unit or currency.
std::variant<std::vector<Part>, ParseError> resolve_parts(const ast::count& c, bool library, const char* begin) {
    std::vector<Part> parts(1);
    parts[0].number = &c.first;
    parts[0].unit_text = text::lower_words(c.unit);
    const char* const next = c.parts.front().number.at;
    if (c.currency.empty()) {
        const auto words = words_of(c.unit);
        const auto found = leading_unit(words, library);
        if (!found) {
            return error_at(c.unit_at, begin,
                            "'" + text::lower(words.front()) +
                                "' is not a unit, so the number after it is not a part of the amount ('5 ft 11 in')");
        }
        if (found->second < words.size()) {
            return error_at(next, begin, "only the last part of a compound amount has words after its unit");
        }
        if (units::arbitrary_zero(found->first.dimension)) {
            return error_at(next, begin, "a temperature is not written in parts");
        }
        parts[0].unit = found->first;
    } else if (!c.unit.empty()) {
        return error_at(next, begin, "only the last part of a compound amount has words after its unit");
    }
    for (std::size_t i = 0; i < c.parts.size(); ++i) {
        auto part_or = resolve_part(c, c.parts[i], parts.back(), i + 1 == c.parts.size(), library, begin);
        if (const auto* e = std::get_if<ParseError>(&part_or)) {
            return *e;
        }
        parts.push_back(std::get<Part>(part_or));
    }
    return parts;
}

// "5 ft 11 in", "$3 and 50 cents": the parts as written, each with its unit.
std::string compound_text(const ast::count& c, const std::vector<Part>& parts, const CountText& t) {
    std::string out = t.currency_prefix + numeral_text(c.first) + t.currency_suffix;
    if (!parts.front().unit_text.empty()) {
        out += " " + parts.front().unit_text;
    }
    for (std::size_t i = 1; i < parts.size(); ++i) {
        out += (parts[i].and_written ? " and " : " ") + numeral_text(*parts[i].number) + " " + parts[i].unit_text;
    }
    return parts.back().rest.empty() ? out : out + " " + parts.back().rest;
}

// The part in the smallest unit (the last, unless parts were added with
// "and"), or the last part of an amount of money.
const Part& smallest_part(const std::vector<Part>& parts, bool money) {
    const Part* out = &parts.back();
    for (const auto& p : parts) {
        if (!money && unit_size(*p.unit) < unit_size(*out->unit)) {
            out = &p;
        }
    }
    return *out;
}

}  // namespace

std::variant<std::optional<InSubunit>, ParseError> in_subunit(const ast::count& c, const std::string& currency,
                                                              bool library, const char* begin) {
    if (!c.currency.empty() || c.unit.empty() || !c.parts.empty()) {
        return std::nullopt;
    }
    const auto words = words_of(c.unit);
    const std::string word = text::lower(words.front());
    const auto& all = units::subunits();
    const auto subunit = std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.word == word; });
    if (subunit == all.end() || subunit->codes.empty() || units::find_unit(words.front(), library)) {
        return std::nullopt;
    }
    const auto fraction = currency.empty() ? std::nullopt : units::currency_subunit(word, currency);
    if (!fraction) {
        std::string codes;
        for (const auto& code : subunit->codes) {
            codes += (codes.empty() ? "" : ", ") + code;
        }
        const std::string what = currency.empty()
                                     ? "a part of a currency (" + codes + ") and the value names none"
                                     : "a part of " + codes + ", not of " + currency + " (the topic's currency)";
        return error_at(c.unit_at, begin,
                        "'" + word + "' is " + what + ": write the amount in its currency ('$0.10', '€0.50')");
    }
    InSubunit out{c, *fraction};
    out.count.currency = currency;
    out.count.currency_written = word;
    out.count.currency_at = ast::Place::after;
    out.count.unit = joined(words, 1, words.size());
    out.count.unit_at = nullptr;
    return out;
}

double unit_size(const units::Unit& u) {
    return units::to_canonical(u, 1) - units::to_canonical(u, 0);
}

// The sum of the parts in the smallest unit (or the currency), to the
// precision of that part: "5 ft 11 in" is 71 in, to the inch.
std::variant<Quantity, ParseError> compound(const ast::count& c, const QuantityOptions& options, const char* begin,
                                            bool library) {
    if (auto e = compound_shape(c, begin)) {
        return *e;
    }
    auto parts_or = resolve_parts(c, library, begin);
    if (const auto* e = std::get_if<ParseError>(&parts_or)) {
        return *e;
    }
    const auto& parts = std::get<std::vector<Part>>(parts_or);
    const bool money = !c.currency.empty();
    const Part& last = smallest_part(parts, money);
    double total = 0;
    for (const auto& p : parts) {
        const double v = value_of(*p.number);
        total += money ? v * p.fraction : units::from_canonical(*last.unit, units::to_canonical(*p.unit, v));
    }
    // UDUNITS-2 gives the ounce to seven digits (3 lb is 48.0000053 oz): a
    // sum within a millionth of a ten-thousandth of the unit is that.
    const double rounded = std::round(total * 1e4) / 1e4;
    if (std::fabs(total) < 1e9 && std::fabs(rounded - total) <= 1e-6 * std::fabs(total)) {
        total = rounded;
    }
    ast::count whole = c;
    whole.parts.clear();
    whole.first = ast::numeral{};
    whole.first.mantissa = total;
    whole.first.at = c.first.at;
    const std::string& rest = parts.back().rest;
    whole.unit = money ? rest : last.unit_text + (rest.empty() ? "" : " " + rest);
    CountSense sense;
    if (!money) {
        sense.reading.unit = last.unit;
        sense.reading.words = words_of(last.unit_text).size();
    }
    sense.dimension = dimension_of(whole, sense.reading);
    auto scaling_or = scaling_of(whole, sense.dimension, sense.reading, begin);
    if (const auto* e = std::get_if<ParseError>(&scaling_or)) {
        return *e;
    }
    sense.scaling = std::get<Scaling>(scaling_or);
    Quantity q = described(whole, sense);
    const bool written_precision = last.number->decimals > 0 || last.number->denominator > 0;
    const double step = written_precision ? step_of(*last.number) : units::measured(sense.dimension) ? 1 : 0;
    q.number = q.number_high = total;
    q.step = money ? step * last.fraction : step;
    q.round_low = total - q.step / 2;
    q.round_high = total + q.step / 2;
    CountText text = count_text(whole, q);
    if (auto e = set_interval(q, text, whole, sense.scaling, options.tolerance, begin)) {
        return *e;
    }
    q.canonical = text.prefix + compound_text(c, parts, text);
    return in_canonical_unit(std::move(q), whole, sense, text, begin);
}

}  // namespace claimcheck::grammar::quantities

namespace claimcheck::grammar::parser {

bool part_fits(const ast::count& c, const ast::part& p) {
    const std::string word = text::lower_words(p.unit);
    const double v = quantities::value_of(p.number);
    if (!c.currency.empty()) {
        const auto fraction = units::currency_subunit(word, c.currency);
        const double prev =
            c.parts.empty() ? 1
                            : units::currency_subunit(text::lower_words(c.parts.back().unit), c.currency).value_or(0);
        return fraction && *fraction < prev && v * *fraction < prev;
    }
    const auto unit = units::find_part_unit(word, false);
    const auto prev = units::find_part_unit(text::lower_words(c.parts.empty() ? c.unit : c.parts.back().unit), false);
    if (!unit || !prev || unit->dimension != prev->dimension || units::arbitrary_zero(unit->dimension)) {
        return false;
    }
    return quantities::unit_size(*unit) < quantities::unit_size(*prev) &&
           units::to_canonical(*unit, v) < quantities::unit_size(*prev);
}

}  // namespace claimcheck::grammar::parser
