// A count's unit words read as a dimension and a map into its canonical unit.
#include "grammar/quantity/convert.hpp"
#include "grammar/vocabulary.hpp"

namespace claimcheck::grammar::quantities {

namespace {

// An unknown word that is one letter away from a unit or currency word (two
// for long words): "kilometeres". Short words ("mines") are not judged.
std::string misspelt_unit(const std::string& word) {
    if (word.size() < 7) {
        return {};
    }
    static const claimcheck::text::Lexicon known = [] {
        std::vector<std::string> words;
        for (const auto& w : units::unit_words()) {
            words.push_back(text::lower(w));
        }
        for (const auto& c : units::currency_forms()) {
            if (c.after) {
                words.push_back(text::lower(c.form));
            }
        }
        return claimcheck::text::Lexicon(std::move(words));
    }();
    thread_local std::unordered_map<std::string, std::string> answers;
    return text::remembered(answers, word, [&] { return known.closest(word, word.size() >= 10 ? 2 : 1, true); });
}

// "miles an hour", "km per hour": a unit, "per" (or "a", "an") and a unit
// make one rate when UDUNITS-2 reads it as a dimension compared (a speed).
void per_unit(UnitReading& reading, const std::vector<std::string>& words, const std::string& phrase, bool library) {
    const std::size_t n = reading.words;
    if (words.size() < n + 2) {
        return;
    }
    const std::string joiner = text::lower(words[n]);
    if (joiner != "per" && joiner != "a" && joiner != "an") {
        return;
    }
    if (auto rate = units::find_unit_per(phrase, words[n + 1], library)) {
        reading.unit = std::move(rate);
        reading.words = n + 2;
    }
}

// Currency words the tables do not resolve, in a value: a name several
// currencies share ("10 dinars"), or a currency's name after another word
// ("40 million Aussie dollars", "42 malaysia ringgit"). Never a count.
std::optional<ParseError> unknown_currency(const ast::count& c, const std::vector<std::string>& words,
                                           const char* begin) {
    const auto listed = [](const std::vector<std::string>& codes) {
        std::string out;
        for (const auto& code : codes) {
            out += (out.empty() ? "" : ", ") + code;
        }
        return out;
    };
    const auto first = units::currencies_named(words.front());
    if (first.size() > 1) {
        return error_at(c.unit_at, begin,
                        "'" + text::lower(words.front()) + "' names the currency of several countries (" +
                            listed(first) + "): write which one ('" + units::currency_name(first.front()) +
                            "') or its code ('" + first.front() + "')");
    }
    // Two words, the second a currency's name of four letters or more (not
    // "3 games won").
    auto codes =
        words.size() == 2 && words[1].size() >= 4 ? units::currencies_called(words[1]) : std::vector<std::string>();
    if (codes.empty()) {
        return std::nullopt;
    }
    const std::string more = codes.size() > 8 ? ", \xE2\x80\xA6" : "";
    codes.resize(std::min<std::size_t>(codes.size(), 8));
    const std::string noun = text::lower(words[1]);
    return error_at(c.unit_at, begin,
                    "unknown currency '" + text::lower(words[0]) + " " + noun +
                        "': write its ISO code or its English name with its country (" + noun + ": " + listed(codes) +
                        more + ")");
}

std::variant<UnitReading, ParseError> read_unit(const ast::count& c, bool library, const char* begin) {
    UnitReading reading;
    if (c.unit.empty()) {
        return reading;
    }
    const auto words = words_of(c.unit);
    const bool glued = c.unit_at != nullptr && c.first.end == c.unit_at;
    const std::string first = text::lower(words.front());
    if (glued && is_integer(value_of(c.first)) && (first == "st" || first == "nd" || first == "rd" || first == "th")) {
        reading.ordinal_suffix = true;
        return reading;
    }
    for (std::size_t n = std::min<std::size_t>(3, words.size()); n >= 1; --n) {
        std::string phrase = words[0];
        for (std::size_t i = 1; i < n; ++i) {
            phrase += " " + words[i];
        }
        if (auto unit = units::find_unit(phrase, library && n == 1)) {
            reading.unit = std::move(unit);
            reading.words = n;
            per_unit(reading, words, phrase, library);
            return reading;
        }
    }
    if (glued) {
        return error_at(c.unit_at, begin, "expected a space between the number and the unit word");
    }
    if (library) {
        if (auto e = unknown_currency(c, words, begin)) {
            return *e;
        }
    }
    if (library) {
        if (const auto lower = units::case_variant(words.front())) {  // "181 T", "5 M"
            return error_at(c.unit_at, begin,
                            "unknown unit '" + words.front() + "': unit symbols are read with their case" +
                                claimcheck::text::did_you_mean(*lower));
        }
    }
    if (c.hyphen_unit && c.first.words) {  // "ten-uous": not a number word and a unit
        return error_at(c.unit_at, begin, "expected a number or number word");
    }
    const auto hint = misspelt_unit(first);
    if (!hint.empty()) {
        return error_at(c.unit_at, begin, "unknown unit '" + first + "'" + claimcheck::text::did_you_mean(hint));
    }
    return reading;
}

// A magnitude has no unit and an age counts years: "M6.4 km" and "aged 71
// kg" are two values run together, not one to guess at.
std::optional<ParseError> unit_on_scale(const ast::count& c, const UnitReading& reading, const char* begin) {
    if (!reading.unit || c.kind == ast::Kind::plain ||
        (c.kind == ast::Kind::age && reading.unit->dimension == Dimension::duration)) {
        return std::nullopt;
    }
    const std::string what = c.kind == ast::Kind::age       ? "an age is in years"
                             : c.kind == ast::Kind::level   ? "a level of a named scale has no unit"
                             : c.kind == ast::Kind::p_value ? "a p-value has no unit"
                                                            : "a magnitude has no unit";
    return error_at(c.unit_at, begin,
                    what + ": '" + reading.unit->written + "' is " +
                        std::string(dimension_name(reading.unit->dimension)) + " (make it a claim of its own)");
}

}  // namespace

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_space(s[i])) {
            ++i;
        }
        const std::size_t start = i;
        while (i < s.size() && !is_space(s[i])) {
            ++i;
        }
        if (i > start) {
            words.emplace_back(s.substr(start, i - start));
        }
    }
    return words;
}

// The dimension a count's wording gives it.
Dimension dimension_of(const ast::count& c, const UnitReading& reading) {
    if (c.kind == ast::Kind::age) {
        return Dimension::age;
    }
    if (c.kind == ast::Kind::magnitude) {
        return Dimension::magnitude;
    }
    if (c.kind == ast::Kind::level) {
        return Dimension::ordinal;  // "Category 4": the 4th level of the category scale
    }
    if (c.kind == ast::Kind::p_value) {
        return Dimension::probability;
    }
    if (c.mark == ast::Mark::percent) {
        return c.direction != ast::Direction::none || c.minus ? Dimension::ratio : Dimension::percent;
    }
    if (c.mark != ast::Mark::none) {
        return Dimension::points;
    }
    if (!c.currency.empty()) {
        return Dimension::money;
    }
    if (c.first.ordinal || reading.ordinal_suffix) {
        return Dimension::ordinal;
    }
    if (c.first.fraction && c.joiner == ast::Joiner::none && c.direction != ast::Direction::none) {
        return Dimension::ratio;  // "fell by a quarter"
    }
    if (c.joiner == ast::Joiner::in || c.joiner == ast::Joiner::per ||
        (c.first.fraction && c.joiner == ast::Joiner::none)) {
        return Dimension::percent;
    }
    if (reading.unit) {
        return reading.unit->dimension;
    }
    return Dimension::count;
}

std::variant<Scaling, ParseError> scaling_of(const ast::count& c, Dimension d, const UnitReading& reading,
                                             const char* begin) {
    Scaling s;
    const bool down = c.direction == ast::Direction::down || c.minus;
    switch (d) {
        case Dimension::ratio:
            s.map = down ? std::function<double(double)>([](double x) { return 1 - x / 100; })
                         : std::function<double(double)>([](double x) { return 1 + x / 100; });
            s.decreasing = down;
            if (down) {
                s.top = 100;
            }
            return s;
        case Dimension::points: {
            const double per = c.mark == ast::Mark::basis_points ? 0.01 : 1;
            s.map = down ? std::function<double(double)>([per](double x) { return -x * per; })
                         : std::function<double(double)>([per](double x) { return x * per; });
            s.decreasing = down;
            return s;
        }
        case Dimension::percent:
            s.top = 100;
            break;
        case Dimension::probability:
            s.top = 1;
            break;
        default:
            break;
    }
    if (units::arbitrary_zero(d)) {
        s.floor = -infinity;  // "-5 °C"
    }
    if (c.minus && !units::arbitrary_zero(d)) {
        return error_at(c.first.at, begin,
                        "a minus sign is read only before a temperature or a change ('-0.4%'): write 'down' or "
                        "'fell' for a fall");
    }
    if (reading.unit && d == reading.unit->dimension) {
        const units::Unit unit = *reading.unit;
        s.map = [unit](double x) { return units::to_canonical(unit, x); };
        if (c.direction != ast::Direction::none && units::arbitrary_zero(d)) {
            // A change of a temperature converts by the scale's factor alone:
            // "up 2 °C" is up 3.6 °F, not up 35.6 °F.
            s.map = [unit](double x) { return units::to_canonical(unit, x) - units::to_canonical(unit, 0); };
        }
    }
    if (c.direction == ast::Direction::down) {
        const auto inner = s.map;
        s.map = [inner](double x) { return -inner(x); };
        s.decreasing = true;
    }
    return s;
}

// The sense of a count's words, or the first problem with its numbers or words.
std::variant<CountSense, ParseError> sense_of(const ast::count& c, bool library, const char* begin) {
    const bool two = c.joiner != ast::Joiner::none;
    for (const auto* n : {&c.first, two ? &c.second : nullptr}) {
        if (n != nullptr) {
            if (auto e = unrepresentable(*n, begin)) {
                return *e;
            }
        }
    }
    auto reading_or = read_unit(c, library, begin);
    if (const auto* e = std::get_if<ParseError>(&reading_or)) {
        return *e;
    }
    if (auto e = unit_on_scale(c, std::get<UnitReading>(reading_or), begin)) {
        return *e;
    }
    CountSense sense;
    sense.reading = std::get<UnitReading>(reading_or);
    sense.dimension = dimension_of(c, sense.reading);
    auto scaling_or = scaling_of(c, sense.dimension, sense.reading, begin);
    if (const auto* e = std::get_if<ParseError>(&scaling_or)) {
        return *e;
    }
    sense.scaling = std::get<Scaling>(scaling_or);
    return sense;
}

// Words that do not go together: a currency on a share, percentage or
// position; an "m" that could be million or metres.
std::optional<ParseError> mismatched_words(const ast::count& c, const UnitReading& reading, const char* begin) {
    if (!c.currency.empty() && (c.joiner == ast::Joiner::in || c.joiner == ast::Joiner::per ||
                                c.joiner == ast::Joiner::of || c.first.fraction || c.first.ordinal ||
                                reading.ordinal_suffix || c.mark != ast::Mark::none || c.kind != ast::Kind::plain)) {
        return error_at(c.first.at, begin, "a currency goes with an amount, not a share, percentage or position");
    }
    if (!c.other_currency.empty()) {
        return error_at(c.first.at, begin,
                        "two currencies in one value (" + c.currency + " and " + c.other_currency +
                            "): write one, or give each figure its own claim");
    }
    if (c.first.bare_m && c.currency.empty()) {
        std::string suffix = "m";
        for (const auto& m : units::multipliers()) {
            if (m.place == units::Multiplier::Place::suffix_after_currency && m.factor == c.first.scale) {
                suffix = m.word;
            }
        }
        if (suffix == "m") {
            return error_at(c.first.at, begin,
                            "'m' after a number could be million or metres: write 'million' or 'metres' (or a "
                            "currency: '$5m')");
        }
        return error_at(c.first.at, begin,
                        "'" + suffix + "' after a number is a scale only after a currency ('$5" + suffix +
                            "'): write the scale word or the unit");
    }
    return std::nullopt;
}

std::optional<ast::count> with_change_after_unit(const ast::count& c, const UnitReading& reading) {
    if (!reading.unit || c.direction != ast::Direction::none) {
        return std::nullopt;
    }
    auto words = words_of(c.unit);
    if (reading.words >= words.size()) {
        return std::nullopt;
    }
    const std::string noun = text::lower(words[reading.words]);
    for (const auto& row : vocabulary::quantity_words("change-noun")) {
        if (text::lower(row.word) == noun) {
            ast::count changed = c;
            changed.direction = row.meaning == "down" ? ast::Direction::down : ast::Direction::up;
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(reading.words));
            changed.unit.clear();
            for (const auto& w : words) {
                changed.unit += (changed.unit.empty() ? "" : " ") + w;
            }
            return changed;
        }
    }
    return std::nullopt;
}

}  // namespace claimcheck::grammar::quantities
