// apply_baseline: findings in the baseline are accepted (with its reason),
// the others new; entries no finding matches are stale.
#include "gate/baseline.hpp"
#include "gate/baseline_fixture.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("findings are new unless their fingerprint is accepted") {
    StoryResult result;
    result.findings = {test::finding("numeric:a:1", Severity::warning), test::finding("numeric:b:2", Severity::error)};
    result.findings[0].is_new = false;  // whatever it was before
    result.findings[0].accepted_reason = "stale state";
    gate::Baseline baseline;
    baseline.accepted = {{"numeric:b:2", "the wire's figure", {}}};
    gate::apply_baseline(result, baseline);
    CHECK(result.findings[0].is_new);
    CHECK(result.findings[0].accepted_reason.empty());
    CHECK_FALSE(result.findings[1].is_new);
    CHECK(result.findings[1].accepted_reason == "the wire's figure");
    CHECK(result.stale_baseline.empty());
}

TEST_CASE("entries that match no finding are stale, ordered by fingerprint") {
    StoryResult result;
    result.findings = {test::finding("numeric:a:1", Severity::warning)};
    gate::Baseline baseline;
    baseline.accepted = {{"z:gone:9", "old z", {}}, {"numeric:a:1", "kept", {}}, {"b:gone:1", "old b", {}}};
    gate::apply_baseline(result, baseline);
    REQUIRE(result.stale_baseline.size() == 2);
    CHECK(result.stale_baseline[0].fingerprint == "b:gone:1");
    CHECK(result.stale_baseline[0].reason == "old b");
    CHECK(result.stale_baseline[1].fingerprint == "z:gone:9");
}

TEST_CASE("a new disagreeing value changes the fingerprint, so the finding is new again") {
    StoryResult result;
    result.findings = {test::finding("numeric:a:with-third-value", Severity::warning)};
    gate::Baseline baseline;
    baseline.accepted = {{"numeric:a:two-values", "accepted pair", {}}};
    gate::apply_baseline(result, baseline);
    CHECK(result.findings[0].is_new);
    REQUIRE(result.stale_baseline.size() == 1);
    CHECK(result.stale_baseline[0].fingerprint == "numeric:a:two-values");
}

TEST_CASE("applying twice gives the same result") {
    StoryResult result;
    result.findings = {test::finding("numeric:a:1", Severity::warning)};
    gate::Baseline baseline;
    baseline.accepted = {{"numeric:a:1", "ok", {}}, {"gone", "", {}}};
    gate::apply_baseline(result, baseline);
    gate::apply_baseline(result, baseline);
    CHECK(result.stale_baseline.size() == 1);
    CHECK_FALSE(result.findings[0].is_new);
}
