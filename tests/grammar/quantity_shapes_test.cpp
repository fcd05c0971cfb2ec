// The shapes amounts take in running copy (docs/grammar.md "Shapes of
// amounts"): compound amounts ("5 ft 11 in", "$3 and 50 cents"), mixed
// numbers ("10 1/2 miles"), ranges written as two comparatives ("more than
// 20 and at most 35"), ages after a name ("Smith, 71"), changes by a fraction
// ("fell by half"), hyphenated count words ("a 12-storey block"), Indian
// digit groups and glued units.
#include "grammar/value.hpp"
#include "support/quantity_rows.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <tuple>
#include <vector>

using namespace claimcheck::grammar;
using namespace claimcheck::grammar::testing;

namespace {

struct Accepted {
    const char* value;
    Dimension dimension;
    const char* interval;  // in the dimension's canonical unit (metres, kilograms, days, a currency, a factor)
    const char* canonical;
    const char* written_unit;  // the unit the figure is shown in again
    double written;            // the figure in that unit
};

// value → dimension, interval in canonical units, canonical text, written unit and figure
const std::vector<Accepted> accepted{
    // Compound amounts: the sum in the last part's unit, to that unit (or the currency, exact).
    {"3 dollars 50 cents", Dimension::money, "[3.5, 3.5]", "3 dollars 50 cents", "dollars", 3.5},
    {"$3 and 50 cents", Dimension::money, "[3.5, 3.5]", "$3 and 50 cents", "$", 3.5},
    {"$3 50 cents", Dimension::money, "[3.5, 3.5]", "$3 50 cents", "$", 3.5},
    {"\xC2\xA3"
     "3 and 50 pence",
     Dimension::money, "[3.5, 3.5]",
     "\xC2\xA3"
     "3 and 50 pence",
     "\xC2\xA3", 3.5},
    {"\xE2\x82\xAC"
     "2 and 5 cents",
     Dimension::money, "[2.05, 2.05]",
     "\xE2\x82\xAC"
     "2 and 5 cents",
     "\xE2\x82\xAC", 2.05},
    {"Rs 10 and 50 paise", Dimension::money, "[10.5, 10.5]", "Rs 10 and 50 paise", "Rs", 10.5},
    {"about $3 and 50 cents", Dimension::money, "[3.15, 3.85]", "about $3 and 50 cents", "$", 3.5},
    {"5 ft 11 in", physical("length"), "[1.7907, 1.8161)", "5 ft 11 in", "in", 71},
    {"5 feet 11 inches", physical("length"), "[1.7907, 1.8161)", "5 feet 11 inches", "inches", 71},
    {"5ft 11in", physical("length"), "[1.7907, 1.8161)", "5 ft 11 in", "in", 71},
    {"6 feet 2 inches", physical("length"), "[1.8669, 1.8923)", "6 feet 2 inches", "inches", 74},
    {"5 ft 11.5 in", physical("length"), "[1.81483, 1.81737)", "5 ft 11.5 in", "in", 71.5},
    {"5 ft 11 in tall", physical("length"), "[1.7907, 1.8161)", "5 ft 11 in tall", "in", 71},
    {"about 5 ft 11 in", physical("length"), "[1.62306, 1.98374]", "about 5 ft 11 in", "in", 71},
    {"1 km 200 m", physical("length"), "[1199.5, 1200.5)", "1 km 200 m", "m", 1200},
    {"2 hours 30 minutes", Dimension::duration, "[0.1041666667, 0.1041666667]", "2 hours 30 minutes", "minutes", 150},
    {"1 hour and 20 minutes", Dimension::duration, "[0.05555555556, 0.05555555556]", "1 hour and 20 minutes", "minutes",
     80},
    {"1 hour 20 minutes 30 seconds", Dimension::duration, "[0.05590277778, 0.05590277778]",
     "1 hour 20 minutes 30 seconds", "seconds", 4830},
    {"more than 2 hours 30 minutes", Dimension::duration, "(0.1041666667, inf)", "more than 2 hours 30 minutes",
     "minutes", 150},
    {"up 2 hours 30 minutes", Dimension::duration, "[0.1041666667, 0.1041666667]", "up 2 hours 30 minutes", "minutes",
     150},
    {"2 hours thirty minutes", Dimension::duration, "[0.1041666667, 0.1041666667]", "2 hours 30 minutes", "minutes",
     150},
    // Parts after a comma, and "and a half" after the unit.
    {"7 feet, 10 inches", physical("length"), "[2.3749, 2.4003)", "7 feet 10 inches", "inches", 94},
    {"2 years, 3 months", Dimension::duration, "[821.795625, 821.795625]", "2 years 3 months", "months", 27},
    {"an hour and a half", Dimension::duration, "[0.05208333333, 0.07291666667)", "1 1/2 hour", "hour", 1.5},
    {"an hour and 45 minutes", Dimension::duration, "[0.07291666667, 0.07291666667]", "1 hour and 45 minutes",
     "minutes", 105},
    // "a" or "an" before a unit is one of it; a fraction in figures before a unit.
    {"a kilogram", physical("mass"), "[1, 1]", "a kilogram", "kilogram", 1},
    {"a dollar", Dimension::money, "[1, 1]", "a dollar", "dollar", 1},
    {"3/4 cup", physical("volume"), "[0.0001774411875, 0.0001774411875]", "3/4 cup", "cup", 0.75},
    {"1/2 gallon", physical("volume"), "[0.001892706, 0.001892706]", "1/2 gallon", "gallon", 0.5},
    {".75 cups", physical("volume"), "[0.0001762582463, 0.0001786241288)", "0.75 cups", "cups", 0.75},
    // Inch and foot marks.
    {"5'10\"", physical("length"), "[1.7653, 1.7907)", "5 ft 10 in", "in", 70},
    {"5\xE2\x80\xB2"
     "10\xE2\x80\xB3",
     physical("length"), "[1.7653, 1.7907)", "5 ft 10 in", "in", 70},
    {"at least 5''", physical("length"), "[0.127, inf)", "at least 5 inches", "inches", 5},
    {"1\"", physical("length"), "[0.0127, 0.0381)", "1 inch", "inch", 1},
    // "more", "additional" before a unit: the unit alone.
    {"2 more minutes", Dimension::duration, "[0.001388888889, 0.001388888889]", "2 minutes", "minutes", 2},
    // UDUNITS-2 gives the ounce as 0.02834952 kg.
    {"3 lb 4 oz", physical("mass"), "[1.46000028, 1.4883498)", "3 lb 4 oz", "oz", 52},
    // Mixed numbers: precise to the fraction written.
    {"10 1/2 miles", physical("length"), "[16495.776, 17300.448)", "10 1/2 miles", "miles", 10.5},
    {"10\xC2\xBD miles", physical("length"), "[16495.776, 17300.448)", "10 1/2 miles", "miles", 10.5},
    {"2 1/2 hours", Dimension::duration, "[0.09375, 0.1145833333)", "2 1/2 hours", "hours", 2.5},
    {"3 \xC2\xBE inches", physical("length"), "[0.092075, 0.098425)", "3 3/4 inches", "inches", 3.75},
    {"about 10 1/2 miles", physical("length"), "[15208.3008, 18587.9232]", "about 10 1/2 miles", "miles", 10.5},
    // Ranges written as two comparatives: each end open or closed as written.
    {"more than 20 and at most 35", Dimension::count, "(20, 35]", "more than 20 and at most 35", "", 20},
    {"at least 20 but fewer than 35", Dimension::count, "[20, 35)", "at least 20 and fewer than 35", "", 20},
    {"over 20 and under 35", Dimension::count, "(20, 35)", "over 20 and under 35", "", 20},
    {"at least 20 and at most 20", Dimension::count, "[20, 20]", "at least 20 and at most 20", "", 20},
    {"more than 20% and less than 30%", Dimension::percent, "(20, 30)", "more than 20% and less than 30%", "%", 20},
    {"more than $1 billion and less than $2 billion", Dimension::money, "(1000000000, 2000000000)",
     "more than $1 billion and less than $2 billion", "$", 1e9},
    {"over 20 and under 35 people", Dimension::count, "(20, 35)", "over 20 and under 35 people", "people", 20},
    {"from 20 to 35", Dimension::count, "[20, 35]", "between 20 and 35", "", 20},
    {"20 through 35", Dimension::count, "[20, 35]", "20 to 35", "", 20},
    {"20 thru 35", Dimension::count, "[20, 35]", "20 to 35", "", 20},
    {"between 20 and 35", Dimension::count, "[20, 35]", "between 20 and 35", "", 20},
    // Ages: after a name and a comma, and in whole years.
    {"Smith, 71", Dimension::age, "[71, 71]", "aged 71", "", 71},
    {"John Smith, 71,", Dimension::age, "[71, 71]", "aged 71", "", 71},
    {"Mary O'Brien, 9", Dimension::age, "[9, 9]", "aged 9", "", 9},
    {"aged 71", Dimension::age, "[71, 71]", "aged 71", "", 71},
    {"aged 70", Dimension::age, "[70, 70]", "aged 70", "", 70},
    {"71-year-old", Dimension::age, "[71, 71]", "aged 71", "", 71},
    {"71 years old", Dimension::age, "[71, 71]", "aged 71", "", 71},
    {"a 10-year-old boy", Dimension::age, "[10, 10]", "aged 10", "boy", 10},
    // Changes by a fraction.
    {"fell by half", Dimension::ratio, "[0.5, 0.5]", "down half", "", 50},
    {"rose by half", Dimension::ratio, "[1.5, 1.5]", "up half", "", 50},
    {"down half", Dimension::ratio, "[0.5, 0.5]", "down half", "", 50},
    {"cut in half", Dimension::ratio, "[0.5, 0.5]", "cut in half", "times", 0.5},
    {"halved", Dimension::ratio, "[0.5, 0.5]", "halved", "times", 0.5},
    {"fell by a third", Dimension::ratio, "[0.6666666667, 0.6666666667]", "down a third", "", 100.0 / 3},
    {"fell by two-thirds", Dimension::ratio, "[0.3333333333, 0.3333333333]", "down two-thirds", "", 200.0 / 3},
    {"rose by a third", Dimension::ratio, "[1.333333333, 1.333333333]", "up a third", "", 100.0 / 3},
    {"fell by a quarter", Dimension::ratio, "[0.75, 0.75]", "down a quarter", "", 25},
    {"cut by a third", Dimension::ratio, "[0.6666666667, 0.6666666667]", "down a third", "", 100.0 / 3},
    // A mark after the fraction makes it a change in points, as without "by".
    {"down a quarter-point", Dimension::points, "[-0.25, -0.25]", "down a quarter percentage points",
     "percentage points", 0.25},
    {"cut by a quarter-point", Dimension::points, "[-0.25, -0.25]", "down a quarter percentage points",
     "percentage points", 0.25},
    // Changes by verb and by noun: the change "down 20%" is, in one representation.
    {"reduced by 20%", Dimension::ratio, "(0.795, 0.805]", "down 20%", "%", 20},
    {"lowered by 20 percentage points", Dimension::points, "(-20.5, -19.5]", "down 20 percentage points",
     "percentage points", 20},
    {"raised by 0.25 percentage point", Dimension::points, "[0.245, 0.255)", "up 0.25 percentage points",
     "percentage points", 0.25},
    {"slashed by a fifth", Dimension::ratio, "[0.8, 0.8]", "down a fifth", "", 20},
    {"boosted by 3%", Dimension::ratio, "[1.025, 1.035)", "up 3%", "%", 3},
    {"cut 5%", Dimension::ratio, "(0.945, 0.955]", "down 5%", "%", 5},
    {"reduced by $3 million", Dimension::money, "(-3500000, -2500000]", "down $3 million", "$", 3e6},
    {"a 20% reduction", Dimension::ratio, "(0.795, 0.805]", "down 20%", "%", 20},
    {"a 20% increase", Dimension::ratio, "[1.195, 1.205)", "up 20%", "%", 20},
    {"a 2 percentage point rise", Dimension::points, "[1.5, 2.5)", "up 2 percentage points", "percentage points", 2},
    {"a $3 million cut", Dimension::money, "(-3500000, -2500000]", "down $3 million", "$", 3e6},
    {"a three-fold increase", Dimension::ratio, "[3, 3]", "3 times", "times", 3},
    {"a quarter of a percentage point", Dimension::points, "[0.25, 0.25]", "a quarter percentage points",
     "percentage points", 0.25},
    // Statistics: the figure itself, or its bound.
    {"a median of 3.4 years", Dimension::duration, "[1223.562375, 1260.086625)", "3.4 years", "years", 3.4},
    {"an average of 180 people", Dimension::count, "[175, 185)", "180 people", "people", 180},
    {"a mean of 6.5", Dimension::count, "[6.45, 6.55)", "6.5", "", 6.5},
    {"a total of $3 billion", Dimension::money, "[2500000000, 3500000000)", "$3 billion", "$", 3e9},
    {"a maximum of 10 years", Dimension::duration, "[0, 3652.425]", "a maximum of 10 years", "years", 10},
    {"a minimum of 10 years", Dimension::duration, "[3652.425, inf)", "a minimum of 10 years", "years", 10},
    // p-values keep their comparator: a probability from 0 to 1.
    {"P<0.001", Dimension::probability, "[0, 0.001)", "p < 0.001", "", 0.001},
    {"p = 0.03", Dimension::probability, "[0.025, 0.035)", "p = 0.03", "", 0.03},
    {"p < .05", Dimension::probability, "[0, 0.05)", "p < 0.05", "", 0.05},
    {"p <= 0.05", Dimension::probability, "[0, 0.05]", "p <= 0.05", "", 0.05},
    // A part of a named whole.
    {"9 of the 12", Dimension::count, "[9, 9]", "9 of 12", "", 9},
    {"9 of the 12 missiles", Dimension::count, "[9, 9]", "9 of 12 missiles", "missiles", 9},
    // Levels of a named scale: an ordinal with its kind.
    {"Category 4", Dimension::ordinal, "[4, 4]", "category 4", "category", 4},
    {"Cat 4", Dimension::ordinal, "[4, 4]", "category 4", "category", 4},
    {"a Category 4 hurricane", Dimension::ordinal, "[4, 4]", "category 4 hurricane", "category", 4},
    {"Phase 3", Dimension::ordinal, "[3, 3]", "phase 3", "phase", 3},
    {"Stage 2", Dimension::ordinal, "[2, 2]", "stage 2", "stage", 2},
    {"Level 10", Dimension::ordinal, "[10, 10]", "level 10", "level", 10},
    {"Grade 3", Dimension::ordinal, "[3, 3]", "grade 3", "grade", 3},
    {"Tier 1", Dimension::ordinal, "[1, 1]", "tier 1", "tier", 1},
    {"at least Category 3", Dimension::ordinal, "[3, inf)", "at least category 3", "category", 3},
    // Rough amounts: at least 2 and fewer than 20 of a plural; "several" at least 3 of a scale word, fewer than 10.
    {"hundreds", Dimension::count, "[200, 2000)", "hundreds", "", 200},
    {"dozens of people", Dimension::count, "[24, 240)", "dozens of people", "people", 24},
    {"tens of thousands of people", Dimension::count, "[20000, 200000)", "tens of thousands of people", "people",
     20000},
    {"several hundred people", Dimension::count, "[300, 1000)", "several hundred people", "people", 300},
    {"a few thousand", Dimension::count, "[2000, 10000)", "a few thousand", "", 2000},
    {"thousands of tonnes", physical("mass"), "[2000000, 20000000)", "thousands of tonnes", "tonnes", 2000},
    // A change word before "to" names the level reached: the value is the level.
    {"rose to 12", Dimension::count, "[12, 12]", "12", "", 12},
    {"fell to 3.5%", Dimension::percent, "[3.45, 3.55)", "3.5%", "%", 3.5},
    {"climbed to $50", Dimension::money, "[45, 55)", "$50", "$", 50},
    {"increased to about 3,000 people", Dimension::count, "[2500, 3500]", "about 3,000 people", "people", 3000},
    // "of" before words, not a number, says what the figure is of.
    {"two-thirds of the seats", Dimension::percent, "[66.66666667, 66.66666667]", "two-thirds of the seats", "%",
     200.0 / 3},
    {"136 of the miners", Dimension::count, "[136, 136]", "136 of the miners", "of the miners", 136},
    {"1 in every 5", Dimension::percent, "[20, 20]", "1 in 5", "%", 20},
    // Qualifiers newsrooms write before a figure.
    {"as many as 300", Dimension::count, "[0, 300]", "as many as 300", "", 300},
    {"well over 1,000", Dimension::count, "(1000, inf)", "well over 1,000", "", 1000},
    {"just over half", Dimension::percent, "(50, 100]", "just over half", "%", 50},
    {"just under 40%", Dimension::percent, "[0, 40)", "just under 40%", "%", 40},
    // What a marked figure is of or in stays its words, never a unit ('in' is not inches).
    {"52.3% of the vote", Dimension::percent, "[52.25, 52.35)", "52.3% of the vote", "%", 52.3},
    {"40 percent of the vote", Dimension::percent, "[35, 45)", "40% of the vote", "%", 40},
    {"up 3% in sales", Dimension::ratio, "[1.025, 1.035)", "up 3% in sales", "%", 3},
    {"a 20% reduction in emissions", Dimension::ratio, "(0.795, 0.805]", "down 20% in emissions", "%", 20},
    {"5% to 10% of voters", Dimension::percent, "[5, 10]", "5% to 10% of voters", "%", 5},
    // Half a unit is 0.5 of it; "and a half" after a whole number is a mixed number.
    {"half an hour", Dimension::duration, "[0.02083333333, 0.02083333333]", "half an hour", "hour", 0.5},
    {"half a gallon", physical("volume"), "[0.001892706, 0.001892706]", "half a gallon", "gallon", 0.5},
    {"half a day", Dimension::duration, "[0.5, 0.5]", "half a day", "day", 0.5},
    {"5 and a half minutes", Dimension::duration, "[0.003645833333, 0.003993055556)", "5 1/2 minutes", "minutes", 5.5},
    {"five and a half hours", Dimension::duration, "[0.21875, 0.2395833333)", "5 1/2 hours", "hours", 5.5},
    // Hyphenated count words keep the word as the count's unit.
    {"a 12-storey block", Dimension::count, "[12, 12]", "12-storey block", "storey block", 12},
    {"12-storey", Dimension::count, "[12, 12]", "12-storey", "storey", 12},
    {"a 300-page report", Dimension::count, "[250, 350)", "300-page report", "page report", 300},
    {"a 3-inch pipe", physical("length"), "[0.0635, 0.0889)", "3-inch pipe", "inch", 3},
    // Indian digit groups and glued units.
    {"12,34,567", Dimension::count, "[1234567, 1234567]", "1,234,567", "", 1234567},
    {"1,00,00,000", Dimension::count, "[5000000, 15000000)", "10 million", "", 1e7},
    {"200lbs", physical("mass"), "[68.0388555, 113.3980925)", "200 lbs", "lbs", 200},
    {"5km", physical("length"), "[4500, 5500)", "5 km", "km", 5},
    {"30C", physical("temperature"), "[298.15, 308.15)", "30 C", "C", 30},
    // A fraction of a whole in figures is that many of it.
    {"three-quarters of the 12 missiles", Dimension::count, "[9, 9]", "three-quarters of 12 missiles", "missiles", 9},
    {"half of the 12 missiles", Dimension::count, "[6, 6]", "half of 12 missiles", "missiles", 6},
};

// A change with the level it started from.
constexpr const char* from_level_error =
    "'from' and a figure name the level before a change, which a claim does not compare: give the change ('up 3') "
    "and the level it reached ('15') a claim each";

// A change and the level it reached, written as if they were a range's ends.
constexpr const char* level_reached_error =
    "a number after 'to' without the mark its first figure has is the level a change reached ('up 1.2% to 4,512'), "
    "not a range's end: give the change and the level a claim each (a range writes its mark after both ends, or "
    "after the high end: '1.2% to 2%', '1.2-2%')";

const std::vector<Refused> rejected{
    {"up from 12", 3, from_level_error},
    {"up 3 from 12", 5, from_level_error},
    {"rose to 15 from 12", 11, from_level_error},
    {"up 3% from 12%", 6, from_level_error},
    // Without a change, "from" is a word like any other.
    {"3 from 12 candidates", 2,
     "'from' is not a unit, so the number after it is not a part of the amount ('5 ft 11 in')"},
    {"1 metre 80", 8, "the part '80' names no unit: write each part's unit ('1 metre 80 cm')"},
    {"$3 and 50", 7, "the part '50' names no unit: write each part's unit ('1 metre 80 cm')"},
    {"11 inches 5 feet", 12,
     "the parts of a compound amount go from the largest unit to the smallest: 'feet' after 'inches'"},
    {"11 in 5 ft", 8,
     "'in' between two numbers makes a share ('one in three'), which has no unit: write a compound amount from its "
     "largest unit ('5 ft 11 in')"},
    {"fell 1 in 5", 5,
     "a change ('fell', 'up') is not read of a share ('1 in 5', '2 per 100'): write the change in percent or points "
     "('fell 20%', 'down 2 points')"},
    {"up 0.5 per 5", 3,
     "a change ('fell', 'up') is not read of a share ('1 in 5', '2 per 100'): write the change in percent or points "
     "('fell 20%', 'down 2 points')"},
    {"5 ft 13 in", 5, "the part '13 in' is not less than one ft"},
    {"3 dollars 150 cents", 10, "the part '150 cents' is not less than one USD"},
    {"$3 and 50 pence", 10, "'pence' is not a subunit of USD"},
    {"5 ft 11 kg", 8, "the parts of a compound amount are of one dimension: 'kg' is not a length"},
    {"30 C 5 F", 5, "a temperature is not written in parts"},
    {"20 to 35 km 5 m", 12,
     "only an amount is written in parts ('5 ft 11 in', '$3 and 50 cents'), not a range, share, percentage, age or "
     "position"},
    {"3 people 5 dogs", 2, "'people' is not a unit, so the number after it is not a part of the amount ('5 ft 11 in')"},
    {"5 ft 11 people 3 in", 8, "unknown unit 'people' in a compound amount"},
    {"1 hour thirty", 7, "the part '30' names no unit: write each part's unit ('1 metre 80 cm')"},
    {"a second term", 0, "expected a number or number word, found 'a'"},
    {"5/4 cup", 1, "expected unit words or the end of the value"},
    {"45 (46)", 3,
     "'(46)' is not the figure 45 restated: a figure in parentheses after a count restates it; give each figure its "
     "own claim"},
    {"10 3/2 miles", 3, "expected unit words or the end of the value"},
    {"more than 35 and fewer than 20", 28, "the range is empty: no number is more than 35 and fewer than 20"},
    {"more than 20 and fewer than 20", 28, "the range is empty: no number is more than 20 and fewer than 20"},
    {"at least 35 and at most 20", 24, "the range is empty: no number is at least 35 and at most 20"},
    {"more than 20 and more than 35", 27,
     "a range of comparatives ends with an upper bound ('fewer than', 'at most', 'under'), not 'more than'"},
    {"about 20 and at most 35", 0,
     "a range of comparatives starts with a lower bound ('more than', 'at least', 'over'), not 'about'"},
    {"20 and at most 35", 0, "a range of comparatives starts with a lower bound ('more than', 'at least', 'over')"},
    {"from 20 thru", 12, "expected a number or number word at the end of the value"},
    {"Smith, 1000", 0, "expected a number or number word, found 'smith'"},
    {"smith, 71", 0, "expected a number or number word, found 'smith'"},
    {"Smith 71", 0, "unknown qualifier 'smith'"},
    {"a three-fold reduction", 2,
     "a multiple of a fall ('reduction') can be read two ways: write the factor ('a third of') or the percentage "
     "('down 67%')"},
    {"p = 1.5", 4, "a p-value is a probability from 0 to 1"},
    {"about hundreds", 0, "'hundreds' takes no qualifier ('about')"},
    // A change and the level it reached are two claims, never a range.
    {"rose 1.2 percent to 4,512", 17, level_reached_error},
    {"fell 2% to $50", 8, level_reached_error},
    {"up 25 basis points to 3.25%", 22,
     "the two figures carry different marks ('up 3 points to 45%' is a change and the level it reached): give each "
     "figure a claim of its own, or write one mark for a range ('3 to 4 points')"},
    {"Category 4.5", 9, "a level of a named scale is a whole number ('category 4')"},
    {"Category 4 km", 11, "a level of a named scale has no unit: 'km' is a length (make it a claim of its own)"},
};

}  // namespace

TEST_CASE("shapes: each wording has a dimension, an interval and a canonical text") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        const auto q = quantity(c.value);
        CHECK(q.dimension == c.dimension);
        CHECK(interval(q) == c.interval);
        CHECK(q.canonical == c.canonical);
        CHECK(q.written_unit == c.written_unit);
        CHECK(q.written == Approx(c.written));
    }
}

TEST_CASE("shapes: every canonical text parses back to the same quantity") {
    for (const auto& c : accepted) {
        check_reads_back(c.value);
    }
}

TEST_CASE("shapes: a canonical figure shows again in the written unit") {
    for (const auto& c : accepted) {
        check_written_again(c.value);
    }
}

TEST_CASE("shapes: parts out of order, parts without units and empty ranges are errors at the word") {
    for (const auto& row : rejected) {
        check_refused(row);
    }
}

namespace {

using Seen = std::tuple<std::string, Dimension, std::string>;  // text found, dimension, canonical

struct Scanned {
    const char* text;
    std::vector<Seen> found;
};

// Running text → every quantity found: a compound, a mixed number and a range
// of comparatives are one quantity each.
const std::vector<Scanned> scanned{
    // A rough plural is read before "of" only; "several" before a scale word.
    {"Hundreds of people fled and tens of thousands of homes lost power; the scores were level.",
     {{"Hundreds", Dimension::count, "hundreds"}, {"tens of thousands", Dimension::count, "tens of thousands"}}},
    {"Several hundred soldiers came.", {{"Several hundred", Dimension::count, "several hundred"}}},
    // Before a currency's name the "of" is the amount's: money, as in a value.
    {"The fire did millions of dollars in damage.", {{"millions of dollars", Dimension::money, "millions of dollars"}}},
    {"He is 5 feet 11 inches tall and weighs 3 lb 4 oz.",
     {{"5 feet 11 inches", physical("length"), "5 feet 11 inches"}, {"3 lb 4 oz", physical("mass"), "3 lb 4 oz"}}},
    {"He is 5ft 11in.", {{"5ft 11in", physical("length"), "5 ft 11 in"}}},
    {"The film runs 2 hours 30 minutes; the cut, 1 hour and 20 minutes.",
     {{"2 hours 30 minutes", Dimension::duration, "2 hours 30 minutes"},
      {"1 hour and 20 minutes", Dimension::duration, "1 hour and 20 minutes"}}},
    {"It cost $3 and 50 cents, or 3 dollars 50 cents.",
     {{"$3 and 50 cents", Dimension::money, "$3 and 50 cents"},
      {"3 dollars 50 cents", Dimension::money, "3 dollars 50 cents"}}},
    // A part that does not fit is not a part.
    {"He paid $300 and 20 hours of labour.",
     {{"$300", Dimension::money, "$300"}, {"20 hours", Dimension::duration, "20 hours"}}},
    {"They walked 11 inches 5 feet apart.",
     {{"11 inches", physical("length"), "11 inches"}, {"5 feet", physical("length"), "5 feet"}}},
    {"It was 30 km and 5 kg.", {{"30 km", physical("length"), "30 km"}, {"5 kg", physical("mass"), "5 kg"}}},
    {"The race was 10 1/2 miles, or 10\xC2\xBD miles.",
     {{"10 1/2 miles", physical("length"), "10 1/2 miles"}, {"10\xC2\xBD miles", physical("length"), "10 1/2 miles"}}},
    {"It took 2 1/2 hours.", {{"2 1/2 hours", Dimension::duration, "2 1/2 hours"}}},
    {"Open 24/7 since 1998.", {{"24", Dimension::count, "24"}, {"7", Dimension::count, "7"}}},
    {"Between 20 and 35 died; from 20 to 35 were hurt; more than 20 and at most 35 fled.",
     {{"Between 20 and 35", Dimension::count, "between 20 and 35"},
      {"from 20 to 35", Dimension::count, "between 20 and 35"},
      {"more than 20 and at most 35", Dimension::count, "more than 20 and at most 35"}}},
    {"At least 20 but fewer than 35 people came; over 20 and under 35 left.",
     {{"At least 20 but fewer than 35", Dimension::count, "at least 20 and fewer than 35"},
      {"over 20 and under 35", Dimension::count, "over 20 and under 35"}}},
    // Only a lower bound and then an upper one make a range.
    {"More than 20 and more than 35 voted.",
     {{"More than 20", Dimension::count, "more than 20"}, {"more than 35", Dimension::count, "more than 35"}}},
    {"Rates ran 20 thru 35.", {{"20 thru 35", Dimension::count, "20 to 35"}}},
    {"From 1990 to 2024 the rate rose.", {}},
    {"John Smith, 71, said the plan would fail.", {{"Smith, 71", Dimension::age, "aged 71"}}},
    {"The plan will fail, said John Smith, 71.", {{"Smith, 71", Dimension::age, "aged 71"}}},
    {"Smith, 71", {{"Smith, 71", Dimension::age, "aged 71"}}},
    {"\"I disagree,\" said Mary O'Brien, 9!", {{"O'Brien, 9", Dimension::age, "aged 9"}}},
    {"Kim, 70, and Lee, 68, won.", {{"Kim, 70", Dimension::age, "aged 70"}, {"Lee, 68", Dimension::age, "aged 68"}}},
    {"In Seoul, 71 people died.", {{"71", Dimension::count, "71"}}},
    {"In 2024, 71 died.", {{"71", Dimension::count, "71"}}},
    {"Smith, 4500, left.", {{"4500", Dimension::count, "4,500"}}},
    {"Smith, 71.5 points", {{"71.5", Dimension::count, "71.5"}}},
    {"The 71-year-old left; he was aged 71, or 71 years old.",
     {{"71-year-old", Dimension::age, "aged 71"},
      {"aged 71", Dimension::age, "aged 71"},
      {"71 years old", Dimension::age, "aged 71"}}},
    {"Sales fell by half, rose by a third, and profits were cut in half.",
     {{"fell by half", Dimension::ratio, "down half"},
      {"rose by a third", Dimension::ratio, "up a third"},
      {"cut in half", Dimension::ratio, "cut in half"}}},
    {"Output fell by two-thirds and was halved.",
     {{"fell by two-thirds", Dimension::ratio, "down two-thirds"}, {"halved", Dimension::ratio, "halved"}}},
    {"Rates fell by a quarter-point; output fell by a quarter.",
     {{"fell by a quarter", Dimension::ratio, "down a quarter"}}},
    // "a third" without a change word is still read only before "of".
    {"He won a third term.", {}},
    {"A 12-storey block and a 300-page report; a 10-year-old boy.",
     {{"12-storey", Dimension::count, "12-storey"},
      {"300-page", Dimension::count, "300-page"},
      {"10-year-old", Dimension::age, "aged 10"}}},
    {"A 2-for-1 offer.", {{"2", Dimension::count, "2"}, {"1", Dimension::count, "1"}}},
    {"Emissions were reduced by 20%, a 20% reduction; rates were lowered by a quarter of a percentage point.",
     {{"reduced by 20%", Dimension::ratio, "down 20%"},
      {"20% reduction", Dimension::ratio, "down 20%"},
      {"lowered by a quarter of a percentage point", Dimension::points, "down a quarter percentage points"}}},
    {"A Category 4 hurricane; the Phase 3 trial (P<0.001) enrolled 9 of the 12 sites for half an hour.",
     {{"A Category 4", Dimension::ordinal, "category 4"},
      {"Phase 3", Dimension::ordinal, "phase 3"},
      {"P<0.001", Dimension::probability, "p < 0.001"},
      {"9 of the 12", Dimension::count, "9 of 12"},
      {"half an hour", Dimension::duration, "half an hour"}}},
    {"He had 3 increases and reached phase one.", {{"3", Dimension::count, "3"}, {"one", Dimension::count, "1"}}},
    {"It cost 12,34,567 rupees and weighed 200lbs over 5km.",
     {{"12,34,567 rupees", Dimension::money, "1,234,567 rupees"},
      {"200lbs", physical("mass"), "200 lbs"},
      {"over 5km", physical("length"), "over 5 km"}}},
};

}  // namespace

TEST_CASE("shapes: running text yields each compound, range and age as one quantity") {
    for (const auto& c : scanned) {
        CAPTURE(c.text);
        std::vector<Seen> found;
        for (const auto& f : find_quantities(c.text)) {
            found.emplace_back(f.text, f.value.dimension, f.value.canonical);
        }
        CHECK(found == c.found);
    }
}
