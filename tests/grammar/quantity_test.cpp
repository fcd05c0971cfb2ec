// The quantity language (spec §5): what each wording allows, its stated
// precision, and the errors that point at the offending character.
#include "grammar/value.hpp"
#include "support/quantity_rows.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace claimcheck::grammar;
using testing::interval;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double year = 365.2425;
constexpr double month = 30.436875;

Quantity quantity(std::string_view value, QuantityOptions options = {}) {
    auto result = parse_quantity(value, options);
    if (const auto* error = std::get_if<ParseError>(&result)) {
        FAIL("'" << value << "' did not parse: " << error->message << " at " << error->offset);
    }
    return std::get<Quantity>(result);
}

ParseError rejection(std::string_view value) {
    auto result = parse_quantity(value);
    if (const auto* q = std::get_if<Quantity>(&result)) {
        FAIL("'" << value << "' parsed as " << q->canonical);
    }
    return std::get<ParseError>(result);
}

struct Accepted {
    const char* value;
    const char* interval;
    Qualifier qualifier;
    double step;
    const char* unit;
};

// value → interval, qualifier, stated precision (step), unit
const std::vector<Accepted> accepted{
    // exact and round numbers
    {"183", "[183, 183]", Qualifier::none, 0, ""},
    {"180", "[175, 185)", Qualifier::none, 10, ""},
    {"1,300", "[1250, 1350)", Qualifier::none, 100, ""},
    {"1300", "[1250, 1350)", Qualifier::none, 100, ""},
    {"6.5", "[6.45, 6.55)", Qualifier::none, 0.1, ""},
    {"100.0", "[99.95, 100.05)", Qualifier::none, 0.1, ""},
    {"1.08 million", "[1075000, 1085000)", Qualifier::none, 10000, ""},
    {"1.5 million", "[1450000, 1550000)", Qualifier::none, 100000, ""},
    {"1.50 million", "[1495000, 1505000)", Qualifier::none, 10000, ""},
    {"73k", "[72500, 73500)", Qualifier::none, 1000, ""},
    {"$2 billion", "[1500000000, 2500000000)", Qualifier::none, 1e9, ""},
    {"$2bn", "[1500000000, 2500000000)", Qualifier::none, 1e9, ""},
    {"0", "[0, 0]", Qualifier::none, 0, ""},
    {"7", "[7, 7]", Qualifier::none, 0, ""},
    // number words
    {"four", "[4, 4]", Qualifier::none, 0, ""},
    {"sixty", "[55, 65)", Qualifier::none, 10, ""},
    {"Sixty", "[55, 65)", Qualifier::none, 10, ""},
    {"one hundred eighty-three", "[183, 183]", Qualifier::none, 0, ""},
    {"one hundred and eighty-three", "[183, 183]", Qualifier::none, 0, ""},
    {"eighty three", "[83, 83]", Qualifier::none, 0, ""},
    {"a hundred", "[50, 150)", Qualifier::none, 100, ""},
    {"a dozen", "[12, 12]", Qualifier::none, 0, ""},
    {"half a dozen", "[6, 6]", Qualifier::none, 0, ""},
    {"two dozen", "[24, 24]", Qualifier::none, 0, ""},
    {"three dozen", "[36, 36]", Qualifier::none, 0, ""},
    {"half a million", "[450000, 550000)", Qualifier::none, 100000, ""},
    {"two million", "[1500000, 2500000)", Qualifier::none, 1e6, ""},
    {"thirteen", "[13, 13]", Qualifier::none, 0, ""},
    {"nine hundred ninety-nine thousand", "[998500, 999500)", Qualifier::none, 1000, ""},
    {"nine hundred ninety-nine thousand nine hundred ninety-nine", "[999999, 999999]", Qualifier::none, 0, ""},
    // approximators widen by the tolerance (10%), never narrower than the rounding window
    {"about 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"approximately 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"APPROXIMATELY 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"around 183", "[164.7, 201.3]", Qualifier::approx, 0, ""},
    {"roughly 200", "[150, 250]", Qualifier::approx, 100, ""},
    {"some 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"close to 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"nearly 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"almost 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"~180", "[162, 198]", Qualifier::approx, 10, ""},
    {"~ 180", "[162, 198]", Qualifier::approx, 10, ""},
    {"about 4", "[3.6, 4.4]", Qualifier::approx, 0, ""},
    // bounds are half-open
    {"more than 180", "(180, inf)", Qualifier::more_than, 10, ""},
    {"over 180", "(180, inf)", Qualifier::more_than, 10, ""},
    {">180", "(180, inf)", Qualifier::more_than, 10, ""},
    {"at least 180", "[180, inf)", Qualifier::at_least, 10, ""},
    {">= 180", "[180, inf)", Qualifier::at_least, 10, ""},
    {"\xE2\x89\xA5"
     "180",
     "[180, inf)", Qualifier::at_least, 10, ""},
    {"fewer than 180", "[0, 180)", Qualifier::fewer_than, 10, ""},
    {"less than 180", "[0, 180)", Qualifier::fewer_than, 10, ""},
    {"under 180", "[0, 180)", Qualifier::fewer_than, 10, ""},
    {"< 180", "[0, 180)", Qualifier::fewer_than, 10, ""},
    {"up to 180", "[0, 180]", Qualifier::at_most, 10, ""},
    {"at most 180", "[0, 180]", Qualifier::at_most, 10, ""},
    {"<= 180", "[0, 180]", Qualifier::at_most, 10, ""},
    {"\xE2\x89\xA4 180", "[0, 180]", Qualifier::at_most, 10, ""},
    {"More Than 1,300 years", "(474815.25, inf)", Qualifier::more_than, 100 * year, "years"},
    // ranges
    {"180-185", "[180, 185]", Qualifier::range, 0, ""},
    {"about 180-200", "[162, 220]", Qualifier::range, 0, ""},
    {"~180-200", "[162, 220]", Qualifier::range, 0, ""},
    {"exactly 180", "[180, 180]", Qualifier::none, 0, ""},
    {"lower than 180", "[0, 180)", Qualifier::fewer_than, 10, ""},
    {"exceeding 180", "(180, inf)", Qualifier::more_than, 10, ""},
    {"zero", "[0, 0]", Qualifier::none, 0, ""},
    {".77", "[0.765, 0.775)", Qualifier::none, 0.01, ""},
    {"1.2M", "[1150000, 1250000)", Qualifier::none, 100000, ""},
    {"forty-five (45)", "[45, 45]", Qualifier::none, 0, ""},
    {"180 - 185", "[180, 185]", Qualifier::range, 0, ""},
    {"180\xE2\x80\x93"
     "185",
     "[180, 185]", Qualifier::range, 0, ""},
    {"180 to 185", "[180, 185]", Qualifier::range, 0, ""},
    {"between 180 and 185", "[180, 185]", Qualifier::range, 0, ""},
    {"between 180 and 185 people", "[180, 185]", Qualifier::range, 0, "people"},
    {"70-80%", "[70, 80]", Qualifier::range, 0, ""},
    // proportions
    {"136 of 183", "[136, 136]", Qualifier::none, 0, ""},
    {"136 of 183 miners", "[136, 136]", Qualifier::none, 0, "miners"},
    {"74%", "[74, 74]", Qualifier::none, 0, ""},
    {"74 percent", "[74, 74]", Qualifier::none, 0, ""},
    {"about 70%", "[63, 77]", Qualifier::approx, 10, ""},
    {"most", "(50, 100]", Qualifier::none, 0, ""},
    {"majority", "(50, 100]", Qualifier::none, 0, ""},
    {"the majority", "(50, 100]", Qualifier::none, 0, ""},
    {"a minority", "(0, 50)", Qualifier::none, 0, ""},
    {"no majority", "[0, 50]", Qualifier::none, 0, ""},
    {"predominantly", "(50, 100]", Qualifier::none, 0, ""},
    {"predominantly Korean", "(50, 100]", Qualifier::none, 0, "korean"},
    {"half", "[50, 50]", Qualifier::none, 0, ""},
    {"about half", "[45, 55]", Qualifier::approx, 0, ""},
    {"more than half", "(50, 100]", Qualifier::more_than, 0, ""},
    // unit words are kept, lower-cased; time units become days
    {"183 people", "[183, 183]", Qualifier::none, 0, "people"},
    {"183 Miners perished", "[183, 183]", Qualifier::none, 0, "miners perished"},
    {"about 180 miners", "[162, 198]", Qualifier::approx, 10, "miners"},
    {"  183   people  ", "[183, 183]", Qualifier::none, 0, "people"},
    {"two-day", "[2, 2]", Qualifier::none, 0, "day"},
    {"2 days", "[2, 2]", Qualifier::none, 0, "days"},
    {"one week", "[7, 7]", Qualifier::none, 0, "week"},
    {"three months", "[91.310625, 91.310625]", Qualifier::none, 0, "months"},
    {"1,300 years", "[456553.125, 493077.375)", Qualifier::none, 100 * year, "years"},
    {"1,300 years of history", "[456553.125, 493077.375)", Qualifier::none, 100 * year, "years of history"},
    {"two decades", "[7304.85, 7304.85]", Qualifier::none, 0, "decades"},
    {"10-year", "[1826.2125, 5478.6375)", Qualifier::none, 10 * year, "year"},
};

}  // namespace

TEST_CASE("quantity: each wording allows an interval with a stated precision") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        const auto q = quantity(c.value);
        CHECK(interval(q) == c.interval);
        CHECK(q.qualifier == c.qualifier);
        CHECK(q.step == Approx(c.step));
        CHECK(q.unit == c.unit);
    }
}

TEST_CASE("quantity: every accepted value's canonical text parses back to an equal value") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        const auto q = quantity(c.value);
        CAPTURE(q.canonical);
        const auto again = quantity(q.canonical);
        CHECK(again.canonical == q.canonical);
        CHECK(again.allows.low == q.allows.low);
        CHECK(again.allows.high == q.allows.high);
        CHECK(again.allows.low_closed == q.allows.low_closed);
        CHECK(again.allows.high_closed == q.allows.high_closed);
        CHECK(again.number == q.number);
        CHECK(again.number_high == q.number_high);
        CHECK(again.step == q.step);
        CHECK(again.qualifier == q.qualifier);
        CHECK(again.qualifier_word == q.qualifier_word);
        CHECK(again.unit == q.unit);
        CHECK(again.duration == q.duration);
        CHECK(again.percent == q.percent);
        CHECK(again.of == q.of);
        CHECK(again.vague == q.vague);
    }
}

TEST_CASE("quantity: the number as stated, the rounding window and the wording") {
    const auto rounded = quantity("1.08 million");
    CHECK(rounded.number == 1080000);
    CHECK(rounded.round_low == 1075000);
    CHECK(rounded.round_high == 1085000);

    const auto exact = quantity("183");
    CHECK(exact.round_low == 183);
    CHECK(exact.round_high == 183);

    const auto range = quantity("between 180 and 185");
    CHECK(range.number == 180);
    CHECK(range.number_high == 185);
    CHECK(range.qualifier_word == "between");

    const auto proportion = quantity("136 of 183");
    CHECK(proportion.number == 136);
    REQUIRE(proportion.of);
    CHECK(*proportion.of == 183);

    const auto share = quantity("74%");
    CHECK(share.percent);
    CHECK(share.number == 74);

    const auto vague = quantity("the majority");
    CHECK(vague.vague == "majority");
    CHECK(vague.percent);

    const auto approx = quantity("About 180");
    CHECK(approx.qualifier_word == "about");
    CHECK(approx.tolerance == Approx(0.10));
    CHECK(approx.canonical == "about 180");

    const auto plain = quantity("180");
    CHECK(plain.tolerance == 0);

    const auto duration = quantity("two-day");
    CHECK(duration.duration);
    CHECK(duration.number == 2);
    CHECK(duration.canonical == "2-day");

    const auto months = quantity("approximately three months");
    CHECK(months.duration);
    CHECK(months.number == Approx(3 * month));
    CHECK(months.allows.low == Approx(3 * month * 0.9));
}

TEST_CASE("quantity: the tolerance of approximators is set per topic") {
    QuantityOptions five_percent;
    five_percent.tolerance = 0.05;
    const auto q = quantity("about 200", five_percent);
    CHECK(q.allows.low == Approx(150));  // the rounding window of 200 is wider than 5%
    CHECK(q.allows.high == Approx(250));
    const auto exact = quantity("about 183", five_percent);
    CHECK(exact.allows.low == Approx(173.85));
    CHECK(exact.allows.high == Approx(192.15));
    CHECK(exact.tolerance == Approx(0.05));
}

namespace {

// value → offset of the offending character, words of the message
const std::vector<testing::Refused> rejected{
    {"tenuous", 0, "expected a number or number word, found 'tenuous'"},
    {"ten-uous", 4, "expected a number or number word"},
    {"1,30", 1, "digits after a thousands separator come in groups of three"},
    {"1,3000", 1, "groups of three"},
    {"1.2.3", 3, "a second decimal point"},
    {"aproximately 180", 0, "unknown qualifier 'aproximately' (did you mean 'approximately'?)"},
    {"  aproximately 180", 2, "unknown qualifier 'aproximately'"},
    {"abuot 180 people", 0, "did you mean 'about'?"},
    {"zorblax 180", 0, "unknown qualifier 'zorblax'"},
    {"sixtey", 0, "unknown number word 'sixtey' (did you mean 'sixty'?)"},
    {"", 0, "expected a number or number word, found an empty value"},
    {"   ", 3, "expected a number or number word"},
    {"about", 5, "expected a number or number word after 'about'"},
    {"people", 0, "expected a number or number word, found 'people'"},
    {"180 to", 6, "expected a number or number word at the end of the value"},
    {"180-", 4, "expected a number or number word"},
    {"between Beijing and Tokyo", 8, "expected a number or number word"},
    {"between 180 or 185", 12, "expected 'and'"},
    {"180 )", 4, "expected unit words or the end of the value"},
    {"7people", 1, "expected a space between the number and the unit word"},
    {"185-180", 4, "the range's high end is below its low end"},
    {"more than 180-185", 0, "a range takes no comparative ('more than'): write its ends ('between 3 and 5')"},
    {"136 of 100", 7, "the part (136) is larger than the whole (100)"},
    {"about most", 0, "'most' takes no qualifier ('about')"},
    {"120%", 0, "a percentage is at most 100%"},
    {"?180", 0, "expected a number or number word"},
};

}  // namespace

TEST_CASE("quantity: errors point at the offending character and say what was expected") {
    for (const auto& c : rejected) {
        CAPTURE(c.value);
        const auto e = rejection(c.value);
        CHECK(e.offset == c.offset);
        CHECK_THAT(e.message, Catch::Contains(c.message));
        CHECK_THAT(e.message, !Catch::Contains("boost") && !Catch::Contains("::"));
    }
}
