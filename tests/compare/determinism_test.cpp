// Same input in another order -> the very same findings and timelines.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <sstream>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

std::string dump(const compare::Comparison& comparison) {
    std::ostringstream out;
    for (const auto& f : comparison.findings) {
        out << family_name(f.kind) << '|' << to_string(f.verdict) << '|' << to_string(f.severity) << '|' << f.topic
            << '|' << f.explanation << '|' << f.assumption << '|' << f.diff << '|' << f.fingerprint << '\n';
        for (const auto& v : f.values) {
            out << "  value " << v << '\n';
        }
        for (const auto& c : f.claims) {
            out << "  claim " << c.source << ' ' << c.claim << ' ' << c.value << ' ' << c.line << '\n';
        }
    }
    for (const auto& t : comparison.timelines) {
        out << "timeline " << t.topic << '\n';
        for (const auto& e : t.entries) {
            out << "  " << e.as_of << ' ' << e.claim.source << ' ' << e.claim.claim << '\n';
        }
    }
    return out.str();
}

Story sample_story() {
    auto dated = [](Claim c, int year) {
        c.as_of = ymd(year, 1, 1);
        return c;
    };
    return make_story({
        make_source("001", {make_claim("deaths", number(183)), make_claim("date", date(2026, 1, 13)),
                            name_claim("mine", "Chōsei Coal Mine"), quote_claim("remark", "a new chapter together"),
                            make_claim("deal", frame("certainty", certainty_levels(), "agreed")),
                            dated(make_claim("toll", number(136), "toll"), 2005)}),
        make_source("002", {make_claim("deaths", number(180)), make_claim("date", date(2026, 1, 14)),
                            name_claim("mine", "Josei Coal Mine"), quote_claim("remark", "a new era together"),
                            make_claim("deal", frame("certainty", certainty_levels(), "possible")),
                            dated(make_claim("toll", number(183), "toll"), 2024)}),
        make_source("003", {make_claim("deaths", about(180)), make_claim("deaths", number(250), "deaths#2"),
                            name_claim("mine", "Chosei Coal Mine"),
                            make_claim("date", dates(day(2026, 1, 1), day(2026, 1, 31), "January 2026")),
                            make_claim("toll", number(190), "toll")}),
    });
}

}  // namespace

TEST_CASE("shuffled claims and sources give identical findings", "[determinism]") {
    const Story story = sample_story();
    const std::string expected = dump(compare::compare_story(story));
    REQUIRE(!expected.empty());
    std::mt19937 random(20260113);
    for (int round = 0; round < 20; ++round) {
        Story shuffled = story;
        std::shuffle(shuffled.sources.begin(), shuffled.sources.end(), random);
        for (auto& source : shuffled.sources) {
            std::shuffle(source.claims.begin(), source.claims.end(), random);
        }
        CHECK(dump(compare::compare_story(shuffled)) == expected);
    }
}

TEST_CASE("running twice gives identical findings", "[determinism]") {
    const Story story = sample_story();
    CHECK(dump(compare::compare_story(story)) == dump(compare::compare_story(story)));
}
