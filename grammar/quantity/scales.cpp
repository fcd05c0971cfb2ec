// Words that name a scale rather than a unit: the named scales whose levels
// are numbered ("Category 4", a topic in "category"), and degrees written
// apart from their scale ("70 degrees F", "86 degrees" under a topic in °F,
// "2 degrees below zero").
#include "grammar/quantity/convert.hpp"
#include "grammar/vocabulary.hpp"

namespace claimcheck::grammar {

std::string level_kind(std::string_view word) {
    const std::string lower = text::lower_words(word);
    for (const auto& row : vocabulary::quantity_words("level")) {
        if (text::lower(row.word) == lower) {
            return std::string(row.meaning);
        }
    }
    return {};
}

QuantityOptions options_under(std::string_view topic_unit, double tolerance) {
    QuantityOptions options{tolerance, {}, {}};
    if (!topic_unit.empty()) {
        const NamedUnit unit = units::remembered_named_unit(topic_unit);
        if (units::arbitrary_zero(unit.dimension)) {
            options.degree_unit = unit.written.empty() ? std::string(topic_unit) : unit.written;
        }
        options.currency = unit.currency;
    }
    return options;
}

}  // namespace claimcheck::grammar

namespace claimcheck::grammar::quantities {

namespace {

// The meaning of `word` in a table of data/words/quantity.tsv, or nothing.
std::optional<std::string_view> word_in(std::string_view table, const std::string& word) {
    for (const auto& row : vocabulary::quantity_words(table)) {
        if (text::lower(row.word) == word) {
            return row.meaning;
        }
    }
    return std::nullopt;
}

bool below_zero_at_end(const std::vector<std::string>& words) {
    const std::size_t n = words.size();
    return n >= 2 && text::lower(words[n - 2]) == "below" && text::lower(words[n - 1]) == "zero";
}

std::string joined(const std::vector<std::string>& words, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < words.size(); ++i) {
        out += (out.empty() ? "" : " ") + words[i];
    }
    return out;
}

}  // namespace

bool names_degrees(const ast::count& c) {
    if (c.unit.empty()) {
        return false;
    }
    const auto words = words_of(c.unit);
    return below_zero_at_end(words) || word_in("degree", text::lower(words.front()));
}

// "70 degrees F" and "37 ° celsius" are the table's "°F" and "°C"; "86
// degrees" takes `degree_unit` (the topic's temperature unit) or is an
// error; "2 degrees below zero" and "2 below zero" are -2 on the scale.
std::variant<ast::count, ParseError> with_degree_scale(ast::count c, const std::string& degree_unit,
                                                       const char* begin) {
    auto words = words_of(c.unit);
    if (below_zero_at_end(words)) {
        if (c.minus || c.direction != ast::Direction::none || c.joiner != ast::Joiner::none) {
            return error_at(c.unit_at, begin, "'below zero' goes after a single figure ('2 degrees below zero')");
        }
        words.resize(words.size() - 2);
        c.minus = true;
        c.below_zero = true;
    }
    const std::string first = words.empty() ? std::string() : text::lower(words.front());
    const bool degree = !words.empty() && word_in("degree", first);
    if (words.size() >= 2 && degree && units::find_unit(words[0] + " " + words[1], false)) {
        c.unit = joined(words, 0);  // "degrees Celsius" is a row of data/units.tsv
        return c;
    }
    if (words.size() >= 2 && degree) {
        if (const auto scale = word_in("degree-scale", text::lower(words[1]))) {
            words.erase(words.begin(), words.begin() + 2);
            words.insert(words.begin(), std::string(*scale));
            c.unit = joined(words, 0);
            return c;
        }
    }
    if (degree || words.empty()) {
        if (degree_unit.empty()) {
            return error_at(
                c.unit_at, begin,
                std::string(degree ? "'" + words.front() + "' names no scale" : "a figure below zero needs its scale") +
                    ": write '°C' or '°F' ('86 °F'), or give the topic a temperature unit");
        }
        if (degree) {
            words.erase(words.begin());
        }
        words.insert(words.begin(), degree_unit);
        c.unit = joined(words, 0);
    } else {
        c.unit = joined(words, 0);
    }
    return c;
}

}  // namespace claimcheck::grammar::quantities
