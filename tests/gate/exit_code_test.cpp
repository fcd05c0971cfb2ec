// Exit codes (spec §7): 1 when a new finding is at or above --fail-on, else
// 0; accepted findings never fail; input errors make it 2.
#include "gate/baseline_fixture.hpp"
#include "gate/gate.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using gate::FailOn;

namespace {

std::vector<StoryResult> story_with(std::initializer_list<Finding> findings) {
    StoryResult result;
    result.findings = findings;
    return {result};
}

Finding accepted(Finding f) {
    f.is_new = false;
    f.accepted_reason = "ok";
    return f;
}

}  // namespace

TEST_CASE("the four values of --fail-on parse") {
    CHECK(gate::fail_on_from_string("error") == FailOn::error);
    CHECK(gate::fail_on_from_string("warning") == FailOn::warning);
    CHECK(gate::fail_on_from_string("note") == FailOn::note);
    CHECK(gate::fail_on_from_string("never") == FailOn::never);
    CHECK_FALSE(gate::fail_on_from_string("warnings"));
    CHECK_FALSE(gate::fail_on_from_string(""));
    for (const FailOn f : {FailOn::error, FailOn::warning, FailOn::note, FailOn::never}) {
        CHECK(gate::fail_on_from_string(gate::to_string(f)) == f);
    }
}

TEST_CASE("a new finding fails at or above --fail-on") {
    const auto note = story_with({test::finding("n", Severity::note)});
    const auto warning = story_with({test::finding("w", Severity::warning)});
    const auto error = story_with({test::finding("e", Severity::error)});

    CHECK(gate::exit_code(note, FailOn::note) == 1);
    CHECK(gate::exit_code(note, FailOn::warning) == 0);
    CHECK(gate::exit_code(note, FailOn::error) == 0);

    CHECK(gate::exit_code(warning, FailOn::note) == 1);
    CHECK(gate::exit_code(warning, FailOn::warning) == 1);
    CHECK(gate::exit_code(warning, FailOn::error) == 0);

    CHECK(gate::exit_code(error, FailOn::note) == 1);
    CHECK(gate::exit_code(error, FailOn::warning) == 1);
    CHECK(gate::exit_code(error, FailOn::error) == 1);

    for (const auto& results : {note, warning, error}) {
        CHECK(gate::exit_code(results, FailOn::never) == 0);
    }
}

TEST_CASE("accepted findings never fail") {
    const auto results =
        story_with({accepted(test::finding("e", Severity::error)), accepted(test::finding("w", Severity::warning))});
    CHECK(gate::exit_code(results, FailOn::note) == 0);
    CHECK(
        gate::exit_code(story_with({accepted(test::finding("e", Severity::error)), test::finding("n", Severity::note)}),
                        FailOn::note) == 1);
}

TEST_CASE("no findings, no stories: success") {
    CHECK(gate::exit_code({}, FailOn::note) == 0);
    CHECK(gate::exit_code(story_with({}), FailOn::note) == 0);
}

TEST_CASE("any story's new finding fails the run") {
    auto results = story_with({accepted(test::finding("a", Severity::error))});
    const auto other = story_with({test::finding("b", Severity::warning)});
    results.push_back(other.front());
    CHECK(gate::exit_code(results, FailOn::warning) == 1);
}

TEST_CASE("input errors give 2, whatever the findings; warnings do not") {
    auto results = story_with({});
    results[0].problems.push_back({Severity::warning, {"x.toml", 1, 1}, "suspect", ""});
    CHECK_FALSE(gate::has_input_errors(results));
    CHECK(gate::overall_exit_code(results, FailOn::note) == 0);

    results[0].findings.push_back(test::finding("e", Severity::error));
    CHECK(gate::overall_exit_code(results, FailOn::warning) == 1);

    results[0].problems.push_back({Severity::error, {"x.toml", 2, 1}, "bad", ""});
    CHECK(gate::has_input_errors(results));
    CHECK(gate::overall_exit_code(results, FailOn::never) == 2);
    CHECK(gate::overall_exit_code(results, FailOn::warning) == 2);
}

TEST_CASE("problems outside any story (a path, a write) give 2 too") {
    auto results = story_with({test::finding("e", Severity::error)});
    CHECK(gate::overall_exit_code(results, FailOn::never, false) == 0);
    CHECK(gate::overall_exit_code(results, FailOn::never, true) == 2);
    CHECK(gate::overall_exit_code(results, FailOn::warning, true) == 2);
    CHECK(gate::overall_exit_code({}, FailOn::warning, true) == 2);
}
