#include "expected.hpp"

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace claimcheck::peer {

namespace {

using grammar::Dimension;
using namespace std::chrono;

double number(const std::string& text) {
    std::string t;
    for (char c : text) {
        if (c != '(' && c != ')' && c != ' ') {
            t += c;
        }
    }
    return std::stod(t);
}

// Duckling's reference time is 2013-02-12T04:30:00-02:00: its local fields
// are two hours behind UTC.
grammar::Instant local_instant(const std::smatch& m, std::size_t first) {
    auto field = [&](std::size_t i) { return std::stoi(m[first + i].str()); };
    const sys_days day = year_month_day{year{field(0)}, month{static_cast<unsigned>(field(1))},
                                        std::chrono::day{static_cast<unsigned>(field(2))}};
    return grammar::Instant{day} + hours{field(3) + 2} + minutes{field(4)} + seconds{field(5)};
}

// The end of the grain that starts at `at` (a calendar month, quarter or
// year in local time; weeks and shorter grains by their length).
std::optional<grammar::Instant> grain_end(grammar::Instant at, const std::string& grain) {
    static const std::map<std::string, seconds, std::less<>> fixed{
        {"Second", seconds{1}}, {"Minute", minutes{1}}, {"Hour", hours{1}}, {"Day", days{1}}, {"Week", weeks{1}}};
    if (const auto found = fixed.find(grain); found != fixed.end()) {
        return at + found->second;
    }
    const std::map<std::string, int, std::less<>> months_in{{"Month", 1}, {"Quarter", 3}, {"Year", 12}};
    const auto found = months_in.find(grain);
    if (found == months_in.end()) {
        return std::nullopt;
    }
    const auto local = at - hours{2};
    const sys_days day = floor<days>(local);
    const year_month_day ymd{day};
    const sys_days next = year_month_day{ymd.year() / ymd.month() / ymd.day() + months{found->second}};
    return grammar::Instant{next} + (local - day) + hours{2};
}

bool clock_grain(const std::string& grain) {
    return grain == "Second" || grain == "Minute" || grain == "Hour";
}

std::optional<Expected> expected_date(const std::string& expression) {
    static const std::string t = R"(\((\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\))";
    static const std::regex single("^datetime(?:Holiday)? " + t + R"( (\w+)(?: ".*")?$)");
    static const std::regex interval(R"(^datetimeInterval(?:Holiday)? \()" + t + ", " + t + R"(\) (\w+)(?: ".*")?$)");
    static const std::regex open(R"(^datetimeOpenInterval (After|Before) )" + t + R"( (\w+)$)");
    std::smatch m;
    Expected out;
    if (std::regex_match(expression, m, single)) {
        out.shape = Shape::instant;
        out.begin = local_instant(m, 1);
        const auto end = grain_end(out.begin, m[7].str());
        if (!end) {
            return std::nullopt;
        }
        out.end = *end;
        out.clock = clock_grain(m[7].str());
    } else if (std::regex_match(expression, m, interval)) {
        out.shape = Shape::interval;
        out.begin = local_instant(m, 1);
        out.end = local_instant(m, 7);
        out.clock = clock_grain(m[13].str());
    } else if (std::regex_match(expression, m, open)) {
        out.shape = m[1].str() == "After" ? Shape::after : Shape::before;
        out.begin = out.end = local_instant(m, 2);
    } else {
        return std::nullopt;
    }
    return out;
}

}  // namespace

std::optional<Dimension> dimension_named(const std::string& name) {
    static const std::map<std::string, Dimension, std::less<>> names{{"count", Dimension::count},
                                                                     {"money", Dimension::money},
                                                                     {"duration", Dimension::duration},
                                                                     {"ordinal", Dimension::ordinal},
                                                                     {"percent", Dimension::percent}};
    const auto found = names.find(name);
    return found == names.end() ? units::physical_dimension(name) : std::optional<Dimension>(found->second);
}

UnitTable read_unit_table(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    UnitTable table;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') {
            continue;
        }
        std::istringstream fields(line);
        std::string duckling, unit, dimension, factor, offset, currency, topic;
        std::getline(fields, duckling, '\t');
        std::getline(fields, unit, '\t');
        std::getline(fields, dimension, '\t');
        std::getline(fields, factor, '\t');
        std::getline(fields, offset, '\t');
        std::getline(fields, currency, '\t');
        std::getline(fields, topic, '\t');
        const auto d = dimension_named(dimension);
        if (!d) {
            throw std::runtime_error(path + ": unknown dimension '" + dimension + "'");
        }
        table[duckling + " " + unit].push_back({*d, std::stod(factor), std::stod(offset), currency, topic});
    }
    return table;
}

std::optional<Expected> expected_value(const std::string& dimension, const std::string& expression,
                                       const UnitTable& units) {
    if (dimension == "Time") {
        return expected_date(expression);
    }
    static const std::regex numeral(R"(^NumeralValue (\(?-?[0-9.e]+\)?)$)");
    static const std::regex ordinal(R"(^OrdinalData (\(?-?[0-9]+\)?)$)");
    static const std::regex duration(R"(^DurationData ([0-9.e]+) (\w+)$)");
    static const std::regex bound(R"(^(simple|under|above) (\w+) (\(?-?[0-9.e]+\)?)(?: .*)?$)");
    static const std::regex between(R"(^between (\w+) \((-?[0-9.e]+), ?(-?[0-9.e]+)\)(?: .*)?$)");
    std::smatch m;
    Expected out;
    std::string unit;
    if (std::regex_match(expression, m, numeral)) {
        out.readings = {{Dimension::count, 1, 0, "", ""}};
        out.low = out.high = number(m[1].str());
        return out;
    }
    if (std::regex_match(expression, m, ordinal)) {
        out.readings = {{Dimension::ordinal, 1, 0, "", ""}};
        out.low = out.high = number(m[1].str());
        return out;
    }
    if (std::regex_match(expression, m, duration)) {
        unit = m[2].str();
        out.low = out.high = number(m[1].str());
        out.tolerance = 0.015;  // Duckling's month is 30 days, claimcheck's the calendar's mean
    } else if (std::regex_match(expression, m, bound)) {
        out.shape = m[1].str() == "simple" ? Shape::point : (m[1].str() == "under" ? Shape::below : Shape::above);
        unit = m[2].str();
        out.low = out.high = number(m[3].str());
    } else if (std::regex_match(expression, m, between)) {
        out.shape = Shape::range;
        unit = m[1].str();
        out.low = number(m[2].str());
        out.high = number(m[3].str());
    } else {
        return std::nullopt;
    }
    const auto readings = units.find(dimension + " " + unit);
    if (readings == units.end()) {
        return std::nullopt;
    }
    out.readings = readings->second;
    return out;
}

}  // namespace claimcheck::peer
