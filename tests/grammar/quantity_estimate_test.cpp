// Estimates with an interval (docs/grammar.md "Estimates"): "52 (95% CI
// 20-87)", "an estimated 52, with a range of 20 to 87", "4,600 ± 200". The
// point and the interval are both kept; a malformed interval is an error with
// its reason; the scanner reads point and interval as one quantity.
#include "grammar/value.hpp"
#include "support/found.hpp"
#include "support/quantity_rows.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace claimcheck::grammar;
using namespace claimcheck::grammar::testing;

namespace {

struct Accepted {
    const char* value;
    double point;
    const char* interval;  // [low, high] in the dimension's canonical unit: the interval the source gives
    IntervalKind kind;
    double confidence;
    const char* canonical;
};

constexpr auto ci = IntervalKind::confidence;
constexpr auto range = IntervalKind::range;
constexpr auto margin = IntervalKind::margin;

// value → point, interval, how it was given, confidence level, canonical text
const std::vector<Accepted> accepted{
    {"52 (95% CI 20-87)", 52, "[20, 87]", ci, 95, "52 (95% CI 20 to 87)"},
    {"52 (95% CI: 20 to 87)", 52, "[20, 87]", ci, 95, "52 (95% CI 20 to 87)"},
    {"52 (95% confidence interval 20\xE2\x80\x93"
     "87)",
     52, "[20, 87]", ci, 95, "52 (95% CI 20 to 87)"},
    {"52 (90% CI, 20-87)", 52, "[20, 87]", ci, 90, "52 (90% CI 20 to 87)"},
    {"52 (99.9% ci 20 - 87)", 52, "[20, 87]", ci, 99.9, "52 (99.9% CI 20 to 87)"},
    {"52 (CI 20-87)", 52, "[20, 87]", ci, 0, "52 (CI 20 to 87)"},
    {"52 people (95% CI 20-87)", 52, "[20, 87]", ci, 95, "52 people (95% CI 20 to 87)"},
    {"52 (95% CI 52-87)", 52, "[52, 87]", ci, 95, "52 (95% CI 52 to 87)"},
    {"an estimated 52, with a range of 20 to 87", 52, "[20, 87]", range, 0, "an estimated 52 (range 20 to 87)"},
    {"an estimated 52 (range 20-87)", 52, "[20, 87]", range, 0, "an estimated 52 (range 20 to 87)"},
    {"estimated at 52, with a range of 20 to 87", 52, "[20, 87]", range, 0, "estimated at 52 (range 20 to 87)"},
    {"An estimated 52 (range of 20 to 87)", 52, "[20, 87]", range, 0, "an estimated 52 (range 20 to 87)"},
    {"4,600 (margin of error \xC2\xB1"
     "3%)",
     4600, "[4462, 4738]", margin, 0, "4,600 \xC2\xB1 3%"},
    {"4,600 (\xC2\xB1"
     "3%)",
     4600, "[4462, 4738]", margin, 0, "4,600 \xC2\xB1 3%"},
    {"48% (margin of error \xC2\xB1"
     "3 percentage points)",
     48, "[45, 51]", margin, 0, "48% \xC2\xB1 3 percentage points"},
    {"48% (margin of error: 3 pp)", 48, "[45, 51]", margin, 0, "48% \xC2\xB1 3 percentage points"},
    {"4,600 \xC2\xB1 200", 4600, "[4400, 4800]", margin, 0, "4,600 \xC2\xB1 200"},
    {"4,600 +/- 200", 4600, "[4400, 4800]", margin, 0, "4,600 \xC2\xB1 200"},
    {"4,600 plus or minus 200", 4600, "[4400, 4800]", margin, 0, "4,600 \xC2\xB1 200"},
    {"$52m (95% CI $20m-$87m)", 52e6, "[20000000, 87000000]", ci, 95,
     "$52 million (95% CI $20 million to $87 million)"},
    {"$52 million (95% CI $20 million to $87 million)", 52e6, "[20000000, 87000000]", ci, 95,
     "$52 million (95% CI $20 million to $87 million)"},
    {"48% (95% CI 45-51)", 48, "[45, 51]", ci, 95, "48% (95% CI 45% to 51%)"},
    {"48% (95% CI 45%-51%)", 48, "[45, 51]", ci, 95, "48% (95% CI 45% to 51%)"},
    {"12 km (range 10-14)", 12000, "[10000, 14000]", range, 0, "12 km (range 10 km to 14 km)"},
    {"12 km (range 10-14 km)", 12000, "[10000, 14000]", range, 0, "12 km (range 10 km to 14 km)"},
    {"12 km \xC2\xB1 500 m", 12000, "[11500, 12500]", margin, 0, "12 km \xC2\xB1 500 m"},
    {"1.2 million (95% CI 0.9 million-1.5 million)", 1.2e6, "[900000, 1500000]", ci, 95,
     "1.2 million (95% CI 900,000 to 1.5 million)"},
};

const std::vector<Refused> rejected{
    {"52 (95% CI 60-87)", 11, "the interval 60-87 does not contain the estimate 52"},
    {"an estimated 52 (range 60 to 87)", 23, "the interval 60 to 87 does not contain the estimate 52"},
    {"52 (95% CI 20)", 11, "the interval needs two bounds ('20 to 87'), found '20'"},
    {"52 (95% CI 20-)", 11, "the interval needs two bounds ('20 to 87'), found '20-'"},
    {"52 (95% CI)", 10, "the interval needs two bounds ('20 to 87'), found nothing"},
    {"52 (95% CI 87-20)", 14, "the interval's high end is below its low end"},
    {"52 (95% CI 20-87", 16, "expected ')' after the interval"},
    {"52 (95% CI 20-87) people", 18, "expected the end of the value after the interval"},
    {"52 (150% CI 20-87)", 4, "a confidence level is more than 0% and less than 100%"},
    {"about 52 (95% CI 20-87)", 0,
     "an estimate with an interval takes no qualifier ('about'): write 'an estimated' or none"},
    {"more than 52 (range 20-87)", 0,
     "an estimate with an interval takes no qualifier ('more than'): write 'an estimated' or none"},
    {"50-55 (95% CI 20-87)", 0, "an estimate is one number, not a range ('50-55')"},
    {"52 (95% CI about 20-87)", 11, "a bound of the interval is one number, without qualifier ('about 20')"},
    {"52 (95% CI 20%-87%)", 11, "the bound '20%' is a percentage and the estimate a count"},
    {"$52m (95% CI 20-87)", 13, "the bound '20' needs a unit, as the estimate has one ('$52 million')"},
    {"$52m (95% CI \xE2\x82\xAC"
     "20m-\xE2\x82\xAC"
     "87m)",
     13,
     "the bound '\xE2\x82\xAC"
     "20m' is EUR and the estimate USD"},
    {"48% (margin of error \xC2\xB1"
     "3)",
     23,
     "the margin '3' needs a unit: write '\xC2\xB1"
     "3 percentage points'"},
    {"48% \xC2\xB1 3%", 7,
     "the margin '3%' on a percentage is ambiguous: write it in percentage points ('3 percentage points') or as "
     "the interval"},
    {"4,600 (margin of error \xC2\xB1"
     "3 percentage points)",
     25, "the margin '3 percentage points' is percentage points and the estimate a count"},
    {"12 km \xC2\xB1 3", 9, "the margin '3' needs a unit, as the estimate has one ('12 km')"},
    {"4,600 \xC2\xB1 0", 9, "a margin of error is more than 0"},
    {"4,600 \xC2\xB1 about 200", 9, "a margin of error is one number, without qualifier ('about 200')"},
    {"4,600 \xC2\xB1", 8, "expected the margin after '\xC2\xB1'"},
    {"136 of 183 (95% CI 120-150)", 0,
     "an interval goes with one level, not a share of a whole or a change ('136 of 183')"},
};

}  // namespace

TEST_CASE("estimates: each form keeps its point and its interval") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        const auto q = quantity(c.value);
        CHECK(q.estimate);
        CHECK(q.number == Approx(c.point));
        CHECK(interval(q) == c.interval);
        REQUIRE(q.interval_low);
        REQUIRE(q.interval_high);
        CHECK(*q.interval_low == q.allows.low);
        CHECK(*q.interval_high == q.allows.high);
        CHECK(q.interval == c.kind);
        CHECK(q.confidence == c.confidence);
        CHECK(q.qualifier == Qualifier::approx);
        CHECK(q.tolerance == 0);
        CHECK(q.canonical == c.canonical);
    }
}

TEST_CASE("estimates: every canonical text parses back to an equal estimate") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        check_reads_back(c.value);
        const auto q = quantity(c.value);
        const auto again = quantity(q.canonical);
        CHECK(again.number == q.number);
        CHECK(again.interval == q.interval);
        CHECK(again.interval_low == q.interval_low);
        CHECK(again.interval_high == q.interval_high);
        CHECK(again.confidence == q.confidence);
        CHECK(again.margin == q.margin);
        CHECK(again.margin_relative == q.margin_relative);
    }
}

TEST_CASE("estimates: a margin is kept as written, absolute or a share of the estimate") {
    const auto relative = quantity(
        "4,600 (margin of error \xC2\xB1"
        "3%)");
    CHECK(relative.margin == Approx(138));
    CHECK(relative.margin_relative == 3);
    const auto absolute = quantity("4,600 \xC2\xB1 200");
    CHECK(absolute.margin == 200);
    CHECK(absolute.margin_relative == 0);
    const auto points = quantity("48% \xC2\xB1 3 percentage points");
    CHECK(points.margin == 3);
    CHECK(points.dimension == Dimension::percent);
}

TEST_CASE("estimates: 'an estimated 52' without an interval is an estimate with the approximator's reach") {
    for (const char* value : {"an estimated 52", "estimated 52", "estimated at 52"}) {
        CAPTURE(value);
        const auto q = quantity(value);
        CHECK(q.estimate);
        CHECK(q.qualifier == Qualifier::approx);
        CHECK(!q.interval_low);
        CHECK(q.interval == IntervalKind::none);
        CHECK(q.tolerance == 0.10);
        CHECK(interval(q) == "[46.8, 57.2]");
    }
    CHECK(!quantity("about 52").estimate);
    CHECK(!quantity("52").estimate);
    CHECK(quantity("estimated at 52").canonical == "estimated at 52");
}

TEST_CASE("estimates: a malformed or ambiguous interval is an error with its reason") {
    for (const auto& row : rejected) {
        check_refused(row);
    }
}

TEST_CASE("estimates: parentheses that hold no interval are read as before") {
    auto result = parse_quantity("52 (95%)");
    REQUIRE(std::holds_alternative<ParseError>(result));
    CHECK(std::get<ParseError>(result).message == "expected unit words or the end of the value");
    CHECK(!quantity("1,300").estimate);
}

namespace {

struct Scanned {
    const char* text;
    std::vector<std::string> found;
};

// Running text → the quantities found; an estimate with its interval is one.
const std::vector<Scanned> scanned{
    {"The model puts deaths at 52 (95% CI 20-87) for the week.", {"52 (95% CI 20-87)"}},
    {"It found 52 (95% CI: 20 to 87) cases and 3 clusters.", {"52 (95% CI: 20 to 87)", "3"}},
    {"Officials said an estimated 52, with a range of 20 to 87, had died.",
     {"an estimated 52, with a range of 20 to 87"}},
    {"Deaths were estimated at 52, with a range of 20 to 87.", {"estimated at 52, with a range of 20 to 87"}},
    {"An estimated 52 (range 20-87) died; 14 were children.", {"An estimated 52 (range 20-87)", "14"}},
    {"The poll gives her 48% (margin of error \xC2\xB1"
     "3 percentage points).",
     {"48% (margin of error \xC2\xB1"
      "3 percentage points)"}},
    {"Turnout was 4,600 \xC2\xB1 200 on the day.", {"4,600 \xC2\xB1 200"}},
    {"Turnout was 4,600 +/- 200 on the day.", {"4,600 +/- 200"}},
    {"It cost $52m (95% CI $20m-$87m) in 2024.", {"$52m (95% CI $20m-$87m)"}},
    // A malformed interval drops the estimate and reads nothing inside it.
    {"The model puts deaths at 52 (95% CI 60-87) for the week.", {}},
    // Parentheses, commas and signs that give no interval change nothing.
    {"It found 52 (95%) cases, 14 of them new.", {"52", "95%", "14"}},
    {"It found 52 (of 87) cases.", {"52", "87"}},
    {"Sales rose 3%, with 14 stores closed.", {"rose 3%", "14"}},
    {"An estimated 52 people died.", {"An estimated 52"}},
    // The interval may follow a count's words (at most two).
    {"It killed an estimated 52 people (95% CI 20-87) last year.", {"an estimated 52 people (95% CI 20-87)"}},
    {"Officials said 52 people died (range 20-87).", {"52 people died (range 20-87)"}},
    {"Some 52 people died (range 20-87).", {}},  // 'some' is no estimate's qualifier
    {"It found 52 cases in total (range 20-87).", {"52", "20-87"}},
    {"It found 52 cases (see 20-87).", {"52", "20-87"}},
    // An unclosed parenthesis gives no interval.
    {"It found 52 (95% CI 20-87 in all.", {"52", "95%", "20-87"}},
    {"Turnout: 4,600 \xC2\xB1 200 and 48% \xC2\xB1 3 pp.", {"4,600 \xC2\xB1 200", "48% \xC2\xB1 3 pp"}},
};

}  // namespace

TEST_CASE("estimates: running text yields an estimate and its interval as one quantity") {
    for (const auto& c : scanned) {
        CAPTURE(c.text);
        CHECK(claimcheck::testing::texts(find_quantities(c.text)) == c.found);
    }
    const auto found = find_quantities("The model puts deaths at 52 (95% CI 20-87) for the week.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].value.number == 52);
    CHECK(interval(found[0].value) == "[20, 87]");
    CHECK(found[0].value.confidence == 95);
    CHECK(found[0].offset == 25);
    CHECK(found[0].length == 17);
}
