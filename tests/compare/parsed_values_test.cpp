// The engine on values as the grammar parses them (spec §5 -> §6): the
// examples of the spec, end to end from value text to verdict.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

grammar::DateValue parsed_date(std::string_view text, std::chrono::year_month_day published) {
    grammar::DateContext context;
    context.published = published;
    auto result = grammar::parse_date(text, context);
    if (const auto* error = std::get_if<grammar::ParseError>(&result)) {
        FAIL("'" << text << "' did not parse: " << error->message);
    }
    return std::get<grammar::DateValue>(result);
}

// The verdict for two quantity texts, or "none".
std::string numeric(std::string_view a, std::string_view b) {
    const auto findings = findings_of(pair_story(quantity(a), quantity(b)));
    REQUIRE(findings.size() <= 1);
    return findings.empty() ? "none" : std::string(to_string(findings[0].verdict));
}

std::string temporal(const grammar::DateValue& a, const grammar::DateValue& b) {
    const auto findings = findings_of(pair_story(a, b));
    REQUIRE(findings.size() <= 1);
    return findings.empty() ? "none" : std::string(to_string(findings[0].verdict));
}

}  // namespace

TEST_CASE("numeric verdicts on parsed quantities", "[parsed][numeric]") {
    CHECK(numeric("183", "183 people") == "none");
    CHECK(numeric("183 miners", "183 people") == "none");
    CHECK(numeric("183", "180") == "compatible-rounding");
    CHECK(numeric("1,340", "1,300") == "compatible-rounding");
    CHECK(numeric("1.08 million", "1,080,000") == "none");
    CHECK(numeric("1.08 million", "1,083,000") == "compatible-rounding");
    CHECK(numeric("180", "250") == "conflict");
    CHECK(numeric("about 180", "183") == "compatible-bound");
    CHECK(numeric("around 180", "about 180") == "none");
    CHECK(numeric("about 180", "180") == "precision-drift");
    CHECK(numeric("more than 1,300 years", "1,300 years") == "precision-drift");
    CHECK(numeric("more than 1,300 years", "1,400 years") == "compatible-bound");
    CHECK(numeric("fewer than 100", "183") == "conflict");
    CHECK(numeric("180-185", "183") == "compatible-bound");
    CHECK(numeric("two weeks", "14 days") == "none");
    CHECK(numeric("two weeks", "14 people") == "unit-mismatch");
    CHECK(numeric("136 of 183", "most") == "compatible-bound");
    CHECK(numeric("most", "majority") == "none");
    CHECK(numeric("136 of 183", "74%") == "compatible-share");
    CHECK(numeric("half", "40%") == "conflict");
    // "no majority" is at most half; "a minority" less than half.
    CHECK(numeric("no majority", "a majority") == "conflict");
    CHECK(numeric("no majority", "6 of 12") == "compatible-bound");
    CHECK(numeric("no majority", "7 of 12") == "conflict");
    CHECK(numeric("a minority", "6 of 12") == "conflict");
    CHECK(numeric("a minority", "40%") == "compatible-bound");
    CHECK(numeric("136 of 183", "136") == "none");
}

TEST_CASE("a parsed conflict reports the relative difference", "[parsed][numeric]") {
    const auto findings = findings_of(pair_story(quantity("180"), quantity("250")));
    REQUIRE(findings.size() == 1);
    CHECK_THAT(findings[0].explanation, Catch::StartsWith("180 vs 250: 28% apart"));
    CHECK(findings[0].claims[0].value == "180");
}

TEST_CASE("temporal verdicts on parsed dates", "[parsed][temporal]") {
    const auto monday = ymd(2026, 1, 19);
    const auto tuesday = parsed_date("on Tuesday", monday);  // the Tuesday before: 2026-01-13
    CHECK(temporal(tuesday, parsed_date("2026-01-13", monday)) == "none");
    CHECK(temporal(tuesday, parsed_date("January 13, 2026", monday)) == "none");
    CHECK(temporal(parsed_date("January 2026", monday), parsed_date("2026-01-19", monday)) == "compatible-precision");
    CHECK(temporal(parsed_date("January 13-14, 2026", monday), parsed_date("Jan. 14", monday)) ==
          "compatible-precision");

    const auto findings = findings_of(pair_story(tuesday, parsed_date("2026-01-19", monday)));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].verdict == "conflict");
    CHECK_THAT(findings[0].explanation, Catch::Contains("2026-01-19 is a Monday, not a Tuesday"));
}
