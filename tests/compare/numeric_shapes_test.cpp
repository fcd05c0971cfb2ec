// §6.1 for the shapes of amounts (docs/grammar.md "Shapes of amounts"):
// compound amounts, mixed numbers, ranges of comparatives, ages after a name,
// changes by a fraction and hyphenated count words compare through the
// engine like any other value of their dimension.
// Tests src/compare/numeric/rounding.cpp with the grammar's shapes of amounts.
#include "support/builders.hpp"
#include "support/numeric_pairs.hpp"
#include "support/verdict_names.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

// value a, value b → verdict and explanation
const std::vector<Pair> pairs{
    {"5 ft 11 in", "180 cm", "none", ""},  // a conversion
    {"5 ft 11 in", "71 inches", "none", ""},
    {"5 ft 11 in", "1.80 m", "none", ""},       // a conversion
    {"5 ft 11 in", "6 ft", "none", ""},         // a conversion
    {"6 feet 2 inches", "1.88 m", "none", ""},  // a conversion
    {"3 dollars 50 cents", "$3.50", "none", ""},
    {"$3 and 50 cents", "$3.5", "none", ""},
    {"$3 and 50 cents", "$4", "conflict",
     "$3 and 50 cents vs $4: 12% apart; the values they allow ($3.5; $4) do not overlap"},
    {"\xC2\xA3"
     "3 and 50 pence",
     "GBP 3.50", "none", ""},
    {"2 hours 30 minutes", "150 minutes", "none", ""},
    {"2 hours 30 minutes", "2.5 hours", "none", ""},
    {"1 hour and 20 minutes", "90 minutes", "conflict",
     "1 hour and 20 minutes vs 90 minutes: 11% apart; the values they allow (80 minutes; 85 minutes\xE2\x80\x93"
     "95 minutes) do not overlap"},
    {"3 lb 4 oz", "1.5 kg", "none", ""},  // a conversion
    {"3 lb 4 oz", "52 oz", "none", ""},
    {"10 1/2 miles", "10.5 miles", "none", ""},
    {"10 1/2 miles", "17 km", "none", ""},  // a conversion
    {"2 1/2 hours", "150 minutes", "none", ""},
    {"2 1/2 hours", "3 hours", "conflict",
     "2 1/2 hours vs 3 hours: 17% apart; the values they allow (2.25 hours\xE2\x80\x93"
     "2.75 hours; 3 hours) do not overlap"},
    {"from 20 to 35", "more than 20 and at most 35", "none", ""},
    {"more than 20 and at most 35", "25", "compatible-bound",
     "20\xE2\x80\x93"
     "35 (20\xE2\x80\x93"
     "35) covers 25"},
    {"more than 20 and at most 35", "20", "compatible-bound",
     "20 (15\xE2\x80\x93"
     "25) and 20\xE2\x80\x93"
     "35 (20\xE2\x80\x93"
     "35) overlap"},
    {"over 20 and under 35", "35", "conflict",
     "20\xE2\x80\x93"
     "35 vs 35: 21% apart; the values they allow (20\xE2\x80\x93"
     "35; 35) do not overlap"},
    {"at least 20 but fewer than 35", "20", "compatible-bound",
     "20 (15\xE2\x80\x93"
     "25) and 20\xE2\x80\x93"
     "35 (20\xE2\x80\x93"
     "35) overlap"},
    {"between 20 and 35", "40", "compatible-bound",
     "20\xE2\x80\x93"
     "35 (20\xE2\x80\x93"
     "35) and 40 (35\xE2\x80\x93"
     "45) overlap"},
    {"20 thru 35", "from 20 to 35", "none", ""},
    {"Smith, 71", "aged 71", "none", ""},
    {"Smith, 71", "72-year-old", "conflict",
     "aged 71 vs aged 72: 1% apart; the values they allow (71; 72) do not overlap"},
    {"Smith, 71", "71", "unit-mismatch", "71 is a count and aged 71 is an age: they do not compare"},
    {"fell by half", "halved", "none", ""},
    {"fell by half", "down 50%", "none", ""},
    {"rose by half", "up 50%", "none", ""},
    {"cut in half", "fell by half", "none", ""},
    {"fell by a third", "down 33%", "compatible-rounding",
     "down a third lies within the rounding window of down 33% (33.5%\xE2\x80\x93"
     "32.5%)"},
    {"fell by two-thirds", "down 67%", "compatible-rounding",
     "down two-thirds lies within the rounding window of down 67% (67.5%\xE2\x80\x93"
     "66.5%)"},
    {"fell by two-thirds", "fell by a third", "conflict",
     "down a third vs down two-thirds: 50% apart; the values they allow (33.3; 66.7) do not overlap"},
    {"a 12-storey block", "12-storey", "none", ""},
    {"a 12-storey block", "a 14-storey block", "conflict",
     "12 vs 14: 14% apart; the values they allow (12; 14) do not overlap"},
    {"a 300-page report", "300 pages", "none", ""},
    {"12,34,567", "1,234,567", "none", ""},
    {"12,34,567", "1.2 million", "compatible-rounding",
     "1,234,567 lies within the rounding window of 1,200,000 (1,150,000\xE2\x80\x93"
     "1,250,000)"},
    {"200lbs", "90 kg", "none", ""},  // a conversion
    {"5km", "5,000 metres", "none", ""},
    // Changes by verb and noun are the changes "down 20%" and "up 3 percentage points" are.
    {"reduced by 20%", "down 20%", "none", ""},
    {"a 20% reduction", "reduced by a fifth", "none", ""},
    {"a 20% reduction", "a 20% increase", "conflict",
     "down 20% vs up 20%: 33% apart; the values they allow (19.5%\xE2\x80\x93"
     "20.5%; -20.5%\xE2\x80\x93"
     "-19.5%) do not overlap"},
    {"a three-fold increase", "tripled", "none", ""},
    {"a quarter of a percentage point", "25 basis points", "none", ""},
    // Statistics are the figure or its bound; p-values keep their comparator.
    {"a median of 3.4 years", "3.4 years", "none", ""},
    {"a maximum of 10 years", "up to 10 years", "none", ""},
    {"p = 0.03", "p < 0.05", "compatible-bound",
     "p < 0.05 (0\xE2\x80\x93"
     "0.05) covers p = 0.03"},
    {"P<0.001", "p = 0.03", "conflict",
     "p < 0.001 vs p = 0.03: 97% apart; the values they allow (0\xE2\x80\x93"
     "0.001; 0.025\xE2\x80\x93"
     "0.035) do not overlap"},
    {"p < 0.05", "5%", "unit-mismatch", "5% is a percentage and p < 0.05 is a probability: they do not compare"},
    // Levels of one named scale compare as ordinals; of two scales, they do not.
    {"Category 4", "Cat 4", "none", ""},
    {"a Category 4 hurricane", "Category 4", "none", ""},
    {"Category 3", "Category 4", "conflict",
     "category 3 vs category 4: 25% apart; the values they allow (category 3; category 4) do not overlap"},
    {"Category 4", "Phase 4", "unit-mismatch",
     "category 4 is a level of the category scale and phase 4 of the phase scale: levels of two scales do not "
     "compare"},
    // Half a unit is 0.5 of it.
    {"half an hour", "30 minutes", "none", ""},
    // A rough amount is the range its words name: at least 2 and fewer than 20 of its plural.
    {"hundreds of people", "about 300 people", "compatible-bound",
     "hundreds of people (200\xE2\x80\x93"
     "2,000) covers about 300"},
    {"hundreds of people", "12 people", "conflict",
     "12 vs hundreds of people: 99% apart; the values they allow (12; 200\xE2\x80\x93"
     "2,000) do not overlap"},
    {"thousands of people", "12,000 people", "compatible-bound",
     "thousands of people (2,000\xE2\x80\x93"
     "20,000) covers 12,000"},
    {"several hundred", "hundreds", "compatible-bound",
     "hundreds (200\xE2\x80\x93"
     "2,000) covers several hundred"},
    {"dozens", "a dozen", "conflict",
     "12 vs dozens: 91% apart; the values they allow (12; 24\xE2\x80\x93"
     "240) do not overlap"},
    // A marked figure's words say what it is of.
    {"52.3% of the vote", "52.3%", "none", ""},
    {"up 3% in sales", "up 3 percent", "none", ""},
    {"5 and a half minutes", "330 seconds", "none", ""},
};

}  // namespace

TEST_CASE("numeric with shapes: each pair's verdict and explanation", "[numeric][shapes]") {
    check_pairs(pairs);
}
