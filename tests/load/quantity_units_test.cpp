// story.toml's [[rate]] tables, a claim's value read in its topic (its unit
// and whole), and a curated value against its own quote.
#include "load/load.hpp"
#include "support/load_written.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using testing::messages;
namespace fs = std::filesystem;

namespace {

const std::string topics = R"(
[topic.rain]
kind = "quantity"
label = "Rainfall"
unit = "mm"

[topic.cost]
kind = "quantity"
label = "Cost"
unit = "USD"

[topic.deaths]
kind = "quantity"
label = "Deaths"
unit = "people"

[topic.age]
kind = "quantity"
unit = "years"

[topic.aged]
kind = "quantity"

[topic.pressure]
kind = "quantity"
unit = "millibars"

[topic.term]
kind = "quantity"
unit = "terms"

[topic.turnout]
kind = "quantity"
unit = "%"

[topic.spread]
kind = "quantity"
unit = "percentage points"

[topic.missiles]
kind = "quantity"
whole = "12 missiles"

[topic.heat]
kind = "quantity"
unit = "°F"

[topic.storm]
kind = "quantity"
unit = "category"
)";

using testing::Loaded;

// Loads a story whose story.toml is the header, `rates` and the topics above,
// and (when given) one claim file with one claim.
Loaded load_with(const std::string& rates, const std::string& claim = "") {
    return testing::load_written(
        "[story]\ntitle = \"T\"\n" + rates + topics,
        "Rain reached 40 mm, and 183 people died. The bank cut its rate by 25 basis points.\n",
        claim.empty() ? "" : "[source]\noutlet = \"W\"\ntext = \"articles/a.txt\"\n\n[[claim]]\n" + claim);
}

struct RateCase {
    const char* toml;
    std::size_t rates;    // rates read
    const char* problem;  // "" when none; else the whole first message
};

const std::vector<RateCase> rate_cases{
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1380\nas_of = 2026-01-13\n", 1, ""},
    {"[[rate]]\nfrom = \"EUR\"\nto = \"USD\"\nrate = 1.08\n", 1, ""},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1380\n[[rate]]\nfrom = \"GBP\"\nto = \"USD\"\nrate = 1.27\n", 2,
     ""},
    {"[[rate]]\nfrom = \"USX\"\nto = \"KRW\"\nrate = 1380\n", 0,
     "4:8: error: unknown currency code 'USX' in [[rate]] from (did you mean 'USD'?)"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = -2\n", 0, "6:8: error: [[rate]] rate must be a positive number"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 0\n", 0, "6:8: error: [[rate]] rate must be a positive number"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"USD\"\nrate = 1\n", 0, "5:6: error: [[rate]] converts a currency into itself"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\n", 0,
     "3:1: error: [[rate]] needs 'rate' (how many units of 'to' one unit of 'from' buys)"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1380\nasof = 2026-01-13\n", 1,
     "7:1: error: unknown key 'asof' in [[rate]] (did you mean 'as_of'?)"},
    {"[rate]\nfrom = \"USD\"\n", 0, "3:1: error: 'rate' must be an array of tables ([[rate]])"},
    // Finite, positive and within a sane range: never infinity, 0 or a number a double changes.
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1e300\n", 0,
     "6:8: error: [[rate]] rate must be between 1e-12 and 1e12 (no two currencies are further apart), not 1e300"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 5e-324\n", 0,
     "6:8: error: [[rate]] rate must be between 1e-12 and 1e12 (no two currencies are further apart), not 5e-324"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 9007199254740993\n", 0,
     "6:8: error: [[rate]] rate must be between 1e-12 and 1e12 (no two currencies are further apart), not "
     "9007199254740993"},
    // A second rate for a pair, either way round, agrees within the rounding of its figures or is an error.
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1385\n[[rate]]\nfrom = \"KRW\"\nto = \"USD\"\nrate = 0.00072\n", 2,
     ""},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1385\n[[rate]]\nfrom = \"KRW\"\nto = \"USD\"\nrate = 0.00065\n", 1,
     "10:8: error: [[rate]] 1 KRW = 0.00065 USD disagrees with the [[rate]] for KRW and USD at line 3, which gives "
     "1 KRW = 0.000722022 USD"},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1385\n[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1400\n", 1,
     "10:8: error: [[rate]] 1 USD = 1400 KRW disagrees with the [[rate]] for USD and KRW at line 3, which gives "
     "1 USD = 1385 KRW"},
    // So does a rate that closes a cycle.
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1385\n[[rate]]\nfrom = \"USD\"\nto = \"JPY\"\nrate = 157\n"
     "[[rate]]\nfrom = \"JPY\"\nto = \"KRW\"\nrate = 8.8\n",
     3, ""},
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 1385\n[[rate]]\nfrom = \"USD\"\nto = \"JPY\"\nrate = 157\n"
     "[[rate]]\nfrom = \"JPY\"\nto = \"KRW\"\nrate = 10\n",
     2,
     "14:8: error: [[rate]] 1 JPY = 10 KRW disagrees with the rates before it, which give 1 JPY = 8.82166 KRW "
     "through other currencies; rates that close a cycle must agree within their rounding"},
    // A hexadecimal rate is exact: its 'e' is a digit, not an exponent.
    {"[[rate]]\nfrom = \"USD\"\nto = \"KRW\"\nrate = 0x5e9\n[[rate]]\nfrom = \"KRW\"\nto = \"USD\"\nrate = 0.00072\n",
     1,
     "10:8: error: [[rate]] 1 KRW = 0.00072 USD disagrees with the [[rate]] for KRW and USD at line 3, which gives "
     "1 KRW = 0.000660939 USD"},
};

}  // namespace

TEST_CASE("[[rate]] tables are read with their codes checked") {
    for (const auto& c : rate_cases) {
        CAPTURE(c.toml);
        const Loaded loaded = load_with(c.toml);
        REQUIRE(loaded.story.has_value());
        CHECK(loaded.story->rates.size() == c.rates);
        if (std::string(c.problem).empty()) {
            CHECK(loaded.problems.empty());
        } else {
            REQUIRE(!loaded.problems.empty());
            CHECK(loaded.problems.front() == c.problem);
        }
    }
    const Loaded one = load_with(rate_cases.front().toml);
    REQUIRE(one.story->rates.size() == 1);
    CHECK(one.story->rates[0].from == "USD");
    CHECK(one.story->rates[0].to == "KRW");
    CHECK(one.story->rates[0].rate == 1380);
    CHECK(one.story->rates[0].as_of.has_value());
}

TEST_CASE("rates written on one line are read as written there") {
    // The array comes before [story]: after it, `rate` would be a key of that table.
    testing::TempDir dir;
    const fs::path story = dir.path() / "story";
    testing::write_text(
        story / "story.toml",
        "rate = [{ from = \"USD\", to = \"KRW\", rate = 1385 }, { from = \"KRW\", to = \"USD\", "
        "rate = 0.00065 }, { from = \"KRW\", to = \"USD\", rate = 0.000722 }]\n[story]\ntitle = \"T\"\n");
    Diagnostics diagnostics;
    const auto loaded = load::load_story(story, diagnostics);
    REQUIRE(loaded.has_value());
    CHECK(loaded->rates.size() == 2);
    CHECK(messages(diagnostics.sorted()) ==
          std::vector<std::string>{"1:87: error: [[rate]] 1 KRW = 0.00065 USD disagrees with the [[rate]] for KRW and "
                                   "USD at line 1, which gives 1 KRW = 0.000722022 USD"});
}

namespace {

struct ClaimCase {
    const char* claim;
    const char* problem;  // "" when none; else the whole first message
};

const std::vector<ClaimCase> claim_cases{
    {"topic = \"rain\"\nquote = \"Rain reached 40 mm\"\nvalue = \"40 mm\"\n", ""},
    {"topic = \"rain\"\nquote = \"Rain reached 40 mm\"\n", ""},
    {"topic = \"rain\"\nquote = \"Rain reached 40 mm\"\nvalue = \"4 cm\"\n", ""},
    // A dimension the topic's cannot be is read as written: comparing it is a finding.
    {"topic = \"rain\"\nquote = \"Rain reached 40 mm\"\nvalue = \"40 people\"\n", ""},
    {"topic = \"rain\"\nquote = \"Rain reached 40 mm\"\nvalue = \"$40\"\n", ""},
    {"topic = \"cost\"\nquote = \"Rain reached 40 mm\"\nvalue = \"$40 million\"\n", ""},
    {"topic = \"cost\"\nquote = \"Rain reached 40 mm\"\nvalue = \"40 kg\"\n", ""},
    {"topic = \"deaths\"\nquote = \"183 people died\"\nvalue = \"183 people\"\n", ""},
    // A subunit alone where the topic names no currency is an error, never a count.
    {"topic = \"deaths\"\nquote = \"183 people died\"\nvalue = \"10 cents\"\n",
     "8:13: error: 'cents' is a part of a currency (USD, EUR, CAD, AUD, NZD, HKD, SGD, CHF) and the value "
     "names none: write the amount in its currency ('$0.10', '\u20AC0.50')"},
    {"topic = \"deaths\"\nquote = \"183 people died\"\nvalue = \"74%\"\n", ""},
    {"topic = \"deaths\"\nquote = \"183 people died\"\nvalue = \"138 people\"\n",
     "8:9: warning: the value '138 people' contradicts its own quote, which says '183': a typo in the value?"},
    {"topic = \"rain\"\nquote = \"Rain reached 40 mm\"\nvalue = \"60 mm\"\n",
     "8:9: warning: the value '60 mm' contradicts its own quote, which says '40 mm': a typo in the value?"},
    // A value that is the quote's own words is its reading of the quote, not a typo.
    {"topic = \"deaths\"\nquote = \"more than 183 people died\"\nvalue = \"183 people\"\n", ""},
    {"topic = \"deaths\"\nquote = \"more than 183 people died\"\nvalue = \"138 people\"\n",
     "8:9: warning: the value '138 people' contradicts its own quote, which says 'more than 183': a typo in the "
     "value?"},
    // The direction of a change may lie in a verb outside the quote's number.
    {"topic = \"cut\"\nkind = \"quantity\"\nquote = \"cut its rate by 25 basis points\"\nvalue = \"down 25 basis "
     "points\"\n",
     ""},
    {"topic = \"cut\"\nkind = \"quantity\"\nquote = \"cut its rate by 25 basis points\"\nvalue = \"down 50 basis "
     "points\"\n",
     "9:9: warning: the value 'down 50 basis points' contradicts its own quote, which says '25 basis points': a typo "
     "in "
     "the value?"},
};

}  // namespace

TEST_CASE("a claim's dimension must be its topic's, and a curated value must not contradict its quote") {
    for (const auto& c : claim_cases) {
        CAPTURE(c.claim);
        const Loaded loaded = load_with("", c.claim);
        if (std::string(c.problem).empty()) {
            CHECK(loaded.problems.empty());
        } else {
            REQUIRE(!loaded.problems.empty());
            CHECK(loaded.problems.front() == c.problem);
        }
    }
}

namespace {

struct InTopicCase {
    const char* claim;
    std::string_view dimension;  // its name in messages ("a length")
    double number;               // canonical
    double of;                   // 0 when the value is no part of a whole
};

// Spec §11: a bare figure takes its topic's unit, a count of the topic's
// whole is that many of it, and any other value is read as written.
const std::vector<InTopicCase> in_topic_cases{
    // A bare figure takes the topic's unit, whatever its qualifier.
    {"topic = \"age\"\nquote = \"Smith was 58\"\n", "a duration", 58 * 365.2425, 0},
    {"topic = \"age\"\nquote = \"Smith, 58, said\"\nvalue = \"about 58\"\n", "a duration", 58 * 365.2425, 0},
    {"topic = \"cost\"\nquote = \"it cost 40\"\n", "money", 40, 0},
    {"topic = \"rain\"\nquote = \"Rain reached 40\"\n", "a length", 0.04, 0},
    {"topic = \"turnout\"\nquote = \"turnout was 74\"\n", "a percentage", 74, 0},
    {"topic = \"pressure\"\nquote = \"pressure fell to 940\"\n", "a pressure", 94000, 0},
    // A unit no table knows is a count label.
    {"topic = \"deaths\"\nquote = \"183 people died\"\nvalue = \"183\"\n", "a count", 183, 0},
    // An age under a time unit is that many years; without a unit it stays an age.
    {"topic = \"age\"\nquote = \"Smith, 58, said\"\n", "a duration", 58 * 365.2425, 0},
    {"topic = \"age\"\nquote = \"Smith, 58, said\"\nvalue = \"aged 58\"\n", "a duration", 58 * 365.2425, 0},
    {"topic = \"aged\"\nquote = \"Smith, 58, said\"\n", "an age", 58, 0},
    // An ordinal stays an ordinal (ordinals are not read in running text: the value says it).
    {"topic = \"term\"\nquote = \"his third consecutive term\"\nvalue = \"third consecutive term\"\n", "an ordinal", 3,
     0},
    // Another dimension is read as written.
    {"topic = \"spread\"\nquote = \"a 3% lead\"\n", "a percentage", 3, 0},
    {"topic = \"deaths\"\nquote = \"it cost $40\"\n", "money", 40, 0},
    {"topic = \"turnout\"\nquote = \"turnout was up 3 percent\"\n", "a ratio", 1.03, 0},
    // A count no larger than the whole is a part of it; shares stay shares.
    {"topic = \"missiles\"\nquote = \"9 missiles were shot down\"\n", "a count", 9, 12},
    {"topic = \"missiles\"\nquote = \"9 missiles were shot down\"\nvalue = \"about 9 missiles\"\n", "a count", 9, 12},
    {"topic = \"missiles\"\nquote = \"9 of 12 were shot down\"\n", "a count", 9, 12},
    {"topic = \"missiles\"\nquote = \"three-quarters were shot down\"\n", "a percentage", 75, 0},
    {"topic = \"missiles\"\nquote = \"20 missiles were fired\"\n", "a count", 20, 0},
    {"topic = \"missiles\"\nquote = \"more than 9 missiles were shot down\"\n", "a count", 9, 0},
    // A degree without its scale takes the topic's; a bare level the topic's named scale.
    {"topic = \"heat\"\nquote = \"it reached 86 degrees\"\nvalue = \"86 degrees\"\n", "a temperature", 303.15, 0},
    {"topic = \"heat\"\nquote = \"2 below zero\"\nvalue = \"2 below zero\"\n", "a temperature", 254.2611111, 0},
    {"topic = \"storm\"\nquote = \"it was a Category 4 hurricane\"\n", "an ordinal", 4, 0},
    {"topic = \"storm\"\nquote = \"the storm reached 4\"\n", "an ordinal", 4, 0},
    // An amount in a subunit alone is in the topic's currency ("10 cents" under USD is $0.10).
    {"topic = \"cost\"\nquote = \"it cost 10 cents\"\nvalue = \"10 cents\"\n", "money", 0.10, 0},
    {"topic = \"cost\"\nquote = \"it cost ten pennies\"\nvalue = \"ten pennies\"\n", "money", 0.10, 0},
};

}  // namespace

TEST_CASE("a claim's value is read in its topic: a bare figure takes the unit, a count is part of the whole") {
    for (const auto& c : in_topic_cases) {
        CAPTURE(c.claim);
        const Loaded loaded = load_with("", c.claim);
        CHECK(loaded.problems.empty());
        REQUIRE(loaded.story.has_value());
        REQUIRE(loaded.story->sources.size() == 1);
        REQUIRE(loaded.story->sources[0].claims.size() == 1);
        const auto* value = std::get_if<grammar::Quantity>(&loaded.story->sources[0].claims[0].value);
        REQUIRE(value != nullptr);
        CHECK(grammar::dimension_name(value->dimension) == c.dimension);
        CHECK(value->number == Approx(c.number));
        CHECK(value->of.value_or(0) == c.of);
    }
}

TEST_CASE("a topic's whole must be a plain count") {
    for (const char* whole : {"about 12 missiles", "74%", "12 km", "12-15 missiles"}) {
        CAPTURE(whole);
        testing::TempDir dir;
        const fs::path story = dir.path() / "story";
        testing::write_text(
            story / "story.toml",
            std::string("[story]\ntitle = \"T\"\n[topic.x]\nkind = \"quantity\"\nwhole = \"") + whole + "\"\n");
        Diagnostics diagnostics;
        const auto loaded = load::load_story(story, diagnostics);
        const auto problems = messages(diagnostics.sorted());
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].rfind("5:9: error: 'whole'", 0) == 0);
    }
}
