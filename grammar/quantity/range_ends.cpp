// Range ends that carry their own unit or scale: "between 24 feet and 28 feet", "1-2 million".
#include "grammar/quantity/convert.hpp"

namespace claimcheck::grammar::quantities {

namespace {

// A range whose unit follows its low end too ("between 24 feet and 28
// feet", "24 km to 28 km"): one unit for both ends, written once; ends in
// two units are an error, not a guess at which one was meant.
std::optional<ParseError> with_first_unit(ast::count& c, const char* begin) {
    if (c.first_unit.empty()) {
        return std::nullopt;
    }
    const std::string low = text::lower_words(c.first_unit);
    const std::string high = text::lower_words(c.unit);
    const auto same_unit = [&] {
        if (high == low || high.rfind(low + " ", 0) == 0) {
            return true;  // "feet" and "feet", or "people" and "people in all"
        }
        const auto high_words = words_of(high);
        const auto a = units::find_unit(low, false);
        const auto b = units::find_unit(high_words.empty() ? "" : high_words.front(), false);
        return a && b && a->id == b->id;  // "ft" and "feet": one UDUNITS-2 unit
    };
    const char* at = c.second.at != nullptr ? c.second.at : c.first.at;
    // "from 10 dollars to 20 dollars": the low end's words name the currency written after the high end.
    if (high.empty() && !c.currency.empty() && c.currency_at == ast::Place::after &&
        text::lower_words(c.currency_written) == low) {
        c.first_unit.clear();
        return std::nullopt;
    }
    if (high.empty()) {
        return error_at(at, begin, "the range's high end needs the unit its low end has ('" + c.first_unit + "')");
    }
    if (!same_unit()) {
        return error_at(at, begin,
                        "the range's ends are in two units ('" + c.first_unit + "' and '" + c.unit +
                            "'): write one unit, or give each figure its own claim");
    }
    c.first_unit.clear();
    return std::nullopt;
}

// A range's ends as the range means them. One that repeats the currency
// ("between $1 billion and $2 billion", "$1-$35") is in that currency; ends in
// two currencies are an error, never a count. A scale word after the high end
// only applies to the low end too ("1-2 million", "$1.5-2 billion", like
// "3-4%"), unless that would put the low end above the high one.
bool is_range(const ast::count& c) {
    return c.joiner == ast::Joiner::dash || c.joiner == ast::Joiner::to || c.joiner == ast::Joiner::between;
}

double scale_of(const ast::numeral& n) {
    return n.words ? n.word_scale : n.scale;
}

bool scale_shared(const ast::count& c) {
    return is_range(c) && scale_of(c.first) == 1 && scale_of(c.second) > 1 && !c.first.fraction && !c.first.ordinal;
}

}  // namespace

std::optional<ParseError> marked_ends(const ast::count& c, const char* begin) {
    if (c.from_level_at != nullptr) {
        return error_at(c.from_level_at, begin,
                        "'from' and a figure name the level before a change, which a claim does not compare: give "
                        "the change ('up 3') and the level it reached ('15') a claim each");
    }
    if (c.level_at != nullptr) {
        return error_at(c.level_at, begin,
                        "a number after 'to' without the mark its first figure has is the level a change reached "
                        "('up 1.2% to 4,512'), not a range's end: give the change and the level a claim each (a "
                        "range writes its mark after both ends, or after the high end: '1.2% to 2%', '1.2-2%')");
    }
    if (c.first_mark != ast::Mark::none && c.joiner != ast::Joiner::none && c.mark != c.first_mark) {
        return error_at(c.second.at != nullptr ? c.second.at : c.first.at, begin,
                        "the two figures carry different marks ('up 3 points to 45%' is a change and the level it "
                        "reached): give each figure a claim of its own, or write one mark for a range ('3 to 4 "
                        "points')");
    }
    return std::nullopt;
}

bool needs_range_ends(const ast::count& c) {
    return c.first.currency_begin != nullptr || c.second.currency_begin != nullptr || !c.first_unit.empty() ||
           scale_shared(c);
}

std::variant<ast::count, ParseError> with_range_ends(ast::count c, const char* begin) {
    for (const ast::numeral* end : {&c.first, &c.second}) {
        if (end->currency_begin == nullptr) {
            continue;
        }
        const std::string_view written(end->currency_begin,
                                       static_cast<std::size_t>(end->currency_end - end->currency_begin));
        const std::string code = parser::currency_before_code(written);
        if (c.currency.empty()) {
            c.currency = code;
            c.currency_written = std::string(written);
            c.currency_at = ast::Place::before;
        } else if (c.currency != code) {
            return error_at(end->at, begin,
                            "the range's ends are in two currencies (" + c.currency + " and " + code +
                                "): write one currency, or give each figure its own claim");
        }
    }
    if (auto e = with_first_unit(c, begin)) {
        return *e;
    }
    if (scale_shared(c)) {
        ast::numeral scaled = c.first;
        if (scaled.words) {
            scaled.mantissa *= scale_of(c.second);
            scaled.word_scale = scale_of(c.second);
        } else {
            scaled.scale = scale_of(c.second);
        }
        if (value_of(scaled) <= value_of(c.second)) {
            c.first = scaled;
        }
    }
    return c;
}

}  // namespace claimcheck::grammar::quantities
