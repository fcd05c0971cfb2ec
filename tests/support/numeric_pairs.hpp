// Two values as the grammar reads them, compared through the engine: the
// verdict's name and explanation of the pair, for the numeric table tests.
#pragma once

#include "support/builders.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace claimcheck::compare::testing {

inline grammar::Quantity parsed(std::string_view text) {
    auto result = grammar::parse_quantity(text);
    if (const auto* error = std::get_if<grammar::ParseError>(&result)) {
        FAIL("'" << text << "' did not parse: " << error->message);
    }
    return std::get<grammar::Quantity>(result);
}

// The verdict's name and explanation ("none" when the values agree).
struct Outcome {
    std::string verdict;
    std::string explanation;
    std::string assumption;  // what would reconcile them ("" when none)
};

// A table row: value a, value b → the verdict and explanation.
struct Pair {
    const char* a;
    const char* b;
    const char* verdict;
    const char* explanation;
};

// Value a against value b, with the story's exchange rates.
inline Outcome verdict_of(std::string_view a, std::string_view b, std::vector<Rate> rates = {}) {
    Story story = pair_story(parsed(a), parsed(b));
    story.rates = std::move(rates);
    const auto findings = findings_of(story);
    if (findings.empty()) {
        return {"none", "", ""};
    }
    REQUIRE(findings.size() == 1);
    return {std::string(to_string(findings[0].verdict)), findings[0].explanation, findings[0].assumption};
}

// Each row's verdict and explanation; the verdict is the same either way round.
inline void check_pairs(const std::vector<Pair>& pairs) {
    for (const auto& p : pairs) {
        CAPTURE(p.a, p.b);
        const Outcome outcome = verdict_of(p.a, p.b);
        CHECK(outcome.verdict == p.verdict);
        CHECK(outcome.explanation == p.explanation);
        CHECK(verdict_of(p.b, p.a).verdict == p.verdict);
    }
}

}  // namespace claimcheck::compare::testing
