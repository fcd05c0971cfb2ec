// §6.1 with estimates (docs/engine.md "Estimates"): an estimate with an
// interval against a plain count of its point (estimate-as-count), against a
// bound of its interval given as the figure (bound-as-estimate), and against
// the same point with another interval (interval-mismatch). Values without an
// interval keep the usual rules.
// Tests src/compare/numeric/estimates.cpp.
#include "compare/engine.hpp"
#include "support/builders.hpp"
#include "support/numeric_pairs.hpp"
#include "support/verdict_names.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

// value a, value b → verdict and explanation (figures in the first-listed value's unit)
const std::vector<Pair> pairs{
    {"52 (95% CI 20-87)", "52", "estimate-as-count",
     "52 is an estimate (95% CI 20\xE2\x80\x93"
     "87); 52 gives it as a plain count"},
    {"52 (95% CI 20-87)", "52 people", "estimate-as-count",
     "52 is an estimate (95% CI 20\xE2\x80\x93"
     "87); 52 gives it as a plain count"},
    {"52 (95% CI 20-87)", "50", "estimate-as-count",
     "52 is an estimate (95% CI 20\xE2\x80\x93"
     "87); 50 gives it as a plain count"},
    {"an estimated 52, with a range of 20 to 87", "52", "estimate-as-count",
     "52 is an estimate (range 20\xE2\x80\x93"
     "87); 52 gives it as a plain count"},
    {"4,600 \xC2\xB1 200", "4,600", "estimate-as-count",
     "4,600 is an estimate (\xC2\xB1"
     "200: 4,400\xE2\x80\x93"
     "4,800); 4,600 gives it as a plain count"},
    {"4,600 (margin of error \xC2\xB1"
     "3%)",
     "4,600", "estimate-as-count",
     "4,600 is an estimate (\xC2\xB1"
     "3%: 4,462\xE2\x80\x93"
     "4,738); 4,600 gives it as a plain count"},
    {"48% (margin of error \xC2\xB1"
     "3 percentage points)",
     "48%", "estimate-as-count",
     "48% is an estimate (\xC2\xB1"
     "3 percentage points: 45%\xE2\x80\x93"
     "51%); 48% gives it as a plain count"},
    {"$52m (95% CI $20m-$87m)", "$52 million", "estimate-as-count",
     "$52 million is an estimate (95% CI $20 million\xE2\x80\x93$87 million); $52 million gives it as a plain count"},
    {"12 km (range 10-14)", "12 km", "estimate-as-count",
     "12 km is an estimate (range 10 km\xE2\x80\x93"
     "14 km); 12 km gives it as a plain count"},
    {"52 (95% CI 20-87)", "87", "bound-as-estimate",
     "87 is the upper bound of 52 (95% CI 20 to 87), given as the figure"},
    {"52 (95% CI 20-87)", "20", "bound-as-estimate",
     "20 is the lower bound of 52 (95% CI 20 to 87), given as the figure"},
    {"52 (95% CI 20-87)", "90", "bound-as-estimate",
     "90 is the upper bound of 52 (95% CI 20 to 87), given as the figure"},
    {"an estimated 52 (range 20-87)", "87", "bound-as-estimate",
     "87 is the upper bound of an estimated 52 (range 20 to 87), given as the figure"},
    {"4,600 \xC2\xB1 200", "4,800", "bound-as-estimate",
     "4,800 is the upper bound of 4,600 \xC2\xB1 200, given as the figure"},
    {"48% (95% CI 45-51)", "51%", "bound-as-estimate",
     "51% is the upper bound of 48% (95% CI 45% to 51%), given as the figure"},
    {"$52m (95% CI $20m-$87m)", "$87m", "bound-as-estimate",
     "$87 million is the upper bound of $52 million (95% CI $20 million to $87 million), given as the figure"},
    {"52 (95% CI 20-87)", "52 (90% CI 30-70)", "interval-mismatch",
     "the same estimate 52 with different intervals: 90% CI 30\xE2\x80\x93"
     "70 vs 95% CI 20\xE2\x80\x93"
     "87"},
    {"52 (95% CI 20-87)", "52 (95% CI 30-70)", "interval-mismatch",
     "the same estimate 52 with different intervals: 95% CI 20\xE2\x80\x93"
     "87 vs 95% CI 30\xE2\x80\x93"
     "70"},
    {"52 (95% CI 20-87)", "52 (90% CI 20-87)", "interval-mismatch",
     "the same estimate 52 with different intervals: 90% CI 20\xE2\x80\x93"
     "87 vs 95% CI 20\xE2\x80\x93"
     "87"},
    {"an estimated 52, with a range of 20 to 87", "an estimated 52 (range 25 to 87)", "interval-mismatch",
     "the same estimate 52 with different intervals: range 20\xE2\x80\x93"
     "87 vs range 25\xE2\x80\x93"
     "87"},
    {"4,600 \xC2\xB1 200", "4,600 \xC2\xB1 300", "interval-mismatch",
     "the same estimate 4,600 with different intervals: \xC2\xB1"
     "300: 4,300\xE2\x80\x93"
     "4,900 vs \xC2\xB1"
     "200: 4,400\xE2\x80\x93"
     "4,800"},
    {"52 (95% CI 20-87)", "52 (95% CI: 20 to 87)", "none", ""},
    {"52 (95% CI 20-87)",
     "52 (95% confidence interval 20\xE2\x80\x93"
     "87)",
     "none", ""},
    {"an estimated 52, with a range of 20 to 87", "estimated at 52, with a range of 20 to 87", "none", ""},
    {"4,600 \xC2\xB1 200", "4,600 +/- 200", "none", ""},
    {"52 (95% CI 20-87)", "an estimated 52", "none", ""},
    {"52 (95% CI 20-87)", "about 52", "none", ""},
    {"52 (95% CI 20-87)", "up to 87", "compatible-bound",
     "up to 87 (0\xE2\x80\x93"
     "87) covers 52 (95% CI 20 to 87)"},
    {"52 (95% CI 20-87)", "at most 87", "compatible-bound",
     "at most 87 (0\xE2\x80\x93"
     "87) covers 52 (95% CI 20 to 87)"},
    {"52 (95% CI 20-87)", "at least 20", "compatible-bound", "at least 20 (at least 20) covers 52 (95% CI 20 to 87)"},
    {"52 (95% CI 20-87)", "60", "compatible-bound",
     "52 (95% CI 20 to 87) (20\xE2\x80\x93"
     "87) covers 60"},
    {"52 (95% CI 20-87)", "55 (95% CI 25-90)", "compatible-bound",
     "52 (95% CI 20 to 87) (20\xE2\x80\x93"
     "87) and 55 (95% CI 25 to 90) (25\xE2\x80\x93"
     "90) overlap"},
    {"52 (95% CI 20-87)", "120", "conflict",
     "120 vs 52 (95% CI 20 to 87): 57% apart; the values they allow (115\xE2\x80\x93"
     "125; 20\xE2\x80\x93"
     "87) do not overlap"},
    {"52 (95% CI 20-87)", "100", "compatible-bound",
     "100 (50\xE2\x80\x93"
     "150) and 52 (95% CI 20 to 87) (20\xE2\x80\x93"
     "87) overlap"},
    {"52 (95% CI 20-87)", "12", "conflict",
     "12 vs 52 (95% CI 20 to 87): 77% apart; the values they allow (12; 20\xE2\x80\x93"
     "87) do not overlap"},
    {"52 (95% CI 20-87)", "more than 87", "conflict",
     "more than 87 vs 52 (95% CI 20 to 87): 40% apart; the values they allow (more than 87; 20\xE2\x80\x93"
     "87) do not overlap"},
    {"52 (95% CI 20-87)", "150 (95% CI 100-200)", "conflict",
     "150 (95% CI 100 to 200) vs 52 (95% CI 20 to 87): 65% apart; the values they allow (100\xE2\x80\x93"
     "200; 20\xE2\x80\x93"
     "87) do not overlap"},
    {"4,600 \xC2\xB1 200", "5,000", "compatible-bound",
     "5,000 (4,500\xE2\x80\x93"
     "5,500) and 4,600 \xC2\xB1 200 (4,400\xE2\x80\x93"
     "4,800) overlap"},
    {"4,600 \xC2\xB1 200", "4,900", "conflict",
     "4,900 vs 4,600 \xC2\xB1 200: 6% apart; the values they allow (4,850\xE2\x80\x93"
     "4,950; 4,400\xE2\x80\x93"
     "4,800) do not overlap"},
    {"an estimated 52", "52", "precision-drift", "same number 52; 'an estimated 52' adds the qualifier 'an estimated'"},
    {"an estimated 52", "87", "conflict",
     "87 vs an estimated 52: 40% apart; the values they allow (87; 46.8\xE2\x80\x93"
     "57.2) do not overlap"},
    {"52 (95% CI 20-87)", "52 km", "unit-mismatch",
     "52 km is a length and 52 (95% CI 20 to 87) is a count: they do not compare"},
};

}  // namespace

TEST_CASE("numeric with estimates: each pair's verdict and explanation", "[numeric][estimates]") {
    check_pairs(pairs);
}

TEST_CASE("numeric with estimates: each warning says what reconciles the sources", "[numeric][estimates]") {
    CHECK(verdict_of("52 (95% CI 20-87)", "52").assumption == "consistent if 52 is read as the estimate, not a count");
    CHECK(verdict_of("52 (95% CI 20-87)", "87").assumption == "consistent only if 87 is read as 'up to 87'");
    CHECK(verdict_of("52 (95% CI 20-87)", "20").assumption == "consistent only if 20 is read as 'at least 20'");
    CHECK(verdict_of("52 (95% CI 20-87)", "52 (90% CI 30-70)").assumption ==
          "consistent if both are intervals of one estimate, at 90% and 95% confidence");
    CHECK(verdict_of("52 (95% CI 20-87)", "52 (95% CI 30-70)").assumption == "");
}

TEST_CASE("numeric with estimates: an estimate's interval is part of its normalised value", "[numeric][estimates]") {
    CHECK(compare::numeric_key(parsed("52 (95% CI 20-87)"), "") == "~52 (95% CI 20-87)");
    CHECK(compare::numeric_key(parsed("an estimated 52, with a range of 20 to 87"), "dead") ==
          "~52 (range 20-87) [dead]");
    CHECK(compare::numeric_key(parsed("4,600 \xC2\xB1 200"), "") == "~4600 (margin 4400-4800)");
    CHECK(compare::numeric_key(parsed("an estimated 52"), "") == "~52");
}
