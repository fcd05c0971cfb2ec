// Quantities with dimensions (spec §5 "Units"): money, physical units
// through UDUNITS-2, percent and percentage points, changes, multiples,
// fractions, ages, magnitudes and ordinals; and the errors of unit words.
#include "units/units.hpp"
#include "grammar/value.hpp"
#include "support/quantity_rows.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace claimcheck::grammar;
using namespace claimcheck::grammar::testing;
namespace units = claimcheck::units;

namespace {

struct Accepted {
    const char* value;
    Dimension dimension;
    const char* interval;  // in the dimension's canonical unit (metres, kelvin, days, percent, a factor)
    bool change;
    const char* currency;
    const char* canonical;
};

// value → dimension, interval in canonical units, change, currency, canonical text
const std::vector<Accepted> accepted{
    // Case tells unit symbols apart (Mt the megatonne, Mm the megametre); a
    // symbol in capitals ("KM") or a whole word in any case folds to its row.
    {"181 t", physical("mass"), "[180500, 181500)", false, "", "181 t"},
    {"5 Mt", physical("mass"), "[4500000000, 5500000000)", false, "", "5 Mt"},
    {"5 Mm", physical("length"), "[4500000, 5500000)", false, "", "5 Mm"},
    {"5 mm", physical("length"), "[0.0045, 0.0055)", false, "", "5 mm"},
    {"5 KM", physical("length"), "[4500, 5500)", false, "", "5 km"},
    // A change of a temperature converts by the scale's factor alone.
    {"up 2 °C", physical("temperature"), "[1.5, 2.5)", true, "", "up 2 °C"},
    {"up 3.6 °F", physical("temperature"), "[1.972222222, 2.027777778)", true, "", "up 3.6 °F"},
    {"down 2 degrees Celsius", physical("temperature"), "(-2.5, -1.5]", true, "", "down 2 degrees Celsius"},
    // A change noun or comparative after the unit makes the same change.
    {"a 2 °C rise", physical("temperature"), "[1.5, 2.5)", true, "", "up 2 °C"},
    {"2 °C warmer", physical("temperature"), "[1.5, 2.5)", true, "", "up 2 °C"},
    {"a 3 mph increase", physical("speed"), "[1.1176, 1.56464)", true, "", "up 3 mph"},
    {"5 feet lower", physical("length"), "(-1.6764, -1.3716]", true, "", "down 5 feet"},
    {"5 cm rise in sea level", physical("length"), "[0.045, 0.055)", true, "", "up 5 cm in sea level"},
    // A rate: a unit, "per", "a" or "an" and a unit.
    {"60 miles an hour", physical("speed"), "[24.5872, 29.0576)", false, "", "60 miles per hour"},
    {"60 km a day", physical("speed"), "[0.6365740741, 0.7523148148)", false, "", "60 km per day"},
    // Scale words and suffixes compose.
    {"$5B", Dimension::money, "[4500000000, 5500000000)", false, "USD", "$5 billion"},
    {"a thousand million", Dimension::count, "[500000000, 1500000000)", false, "", "1 billion"},
    {"Rs 1 lakh crore", Dimension::money, "[5e+11, 1.5e+12)", false, "INR", "Rs 1 trillion"},
    // A fraction before "point" or "percent" is that many points or percent.
    {"a quarter point", Dimension::points, "[0.25, 0.25]", true, "", "a quarter percentage points"},
    {"half a point", Dimension::points, "[0.5, 0.5]", true, "", "half a percentage points"},
    {"half a percent", Dimension::percent, "[0.5, 0.5]", false, "", "half a percent"},
    {"$1.2 billion", Dimension::money, "[1150000000, 1250000000)", false, "USD", "$1.2 billion"},
    {"$1.2bn", Dimension::money, "[1150000000, 1250000000)", false, "USD", "$1.2 billion"},
    {"\xE2\x82\xAC"
     "720m",
     Dimension::money, "[715000000, 725000000)", false, "EUR",
     "\xE2\x82\xAC"
     "720 million"},
    {"\xE2\x82\xAC"
     "720 million",
     Dimension::money, "[715000000, 725000000)", false, "EUR",
     "\xE2\x82\xAC"
     "720 million"},
    {"\xC2\xA3"
     "3.4bn",
     Dimension::money, "[3350000000, 3450000000)", false, "GBP",
     "\xC2\xA3"
     "3.4 billion"},
    {"\xC2\xA5"
     "820 billion",
     Dimension::money, "[8.15e+11, 8.25e+11)", false, "JPY",
     "\xC2\xA5"
     "820 billion"},
    {"\xE2\x82\xA9"
     "2.3 trillion",
     Dimension::money, "[2.25e+12, 2.35e+12)", false, "KRW",
     "\xE2\x82\xA9"
     "2.3 trillion"},
    {"USD 40 million", Dimension::money, "[35000000, 45000000)", false, "USD", "USD 40 million"},
    {"KRW 2.3 trillion", Dimension::money, "[2.25e+12, 2.35e+12)", false, "KRW", "KRW 2.3 trillion"},
    {"2.3 trillion won", Dimension::money, "[2.25e+12, 2.35e+12)", false, "KRW", "2.3 trillion won"},
    {"40 million dollars", Dimension::money, "[35000000, 45000000)", false, "USD", "40 million dollars"},
    {"40 million US dollars", Dimension::money, "[35000000, 45000000)", false, "USD", "40 million US dollars"},
    {"US$5m", Dimension::money, "[4500000, 5500000)", false, "USD", "US$5 million"},
    {"Rs 500 crore", Dimension::money, "[4500000000, 5500000000)", false, "INR", "Rs 5 billion"},
    {"Rs. 12 lakh", Dimension::money, "[1150000, 1250000)", false, "INR", "Rs. 1.2 million"},
    {"\xE2\x82\xB9"
     "3 crore",
     Dimension::money, "[25000000, 35000000)", false, "INR",
     "\xE2\x82\xB9"
     "30 million"},
    {"3 crore rupees", Dimension::money, "[25000000, 35000000)", false, "INR", "30 million rupees"},
    {"$2.5tn", Dimension::money, "[2.45e+12, 2.55e+12)", false, "USD", "$2.5 trillion"},
    {"C$4bn", Dimension::money, "[3500000000, 4500000000)", false, "CAD", "C$4 billion"},
    {"A$300 million", Dimension::money, "[250000000, 350000000)", false, "AUD", "A$300 million"},
    {"HK$1.5 billion", Dimension::money, "[1450000000, 1550000000)", false, "HKD", "HK$1.5 billion"},
    {"EUR 15 million", Dimension::money, "[14500000, 15500000)", false, "EUR", "EUR 15 million"},
    {"15 million euros", Dimension::money, "[14500000, 15500000)", false, "EUR", "15 million euros"},
    {"200 million yen", Dimension::money, "[150000000, 250000000)", false, "JPY", "200 million yen"},
    {"5 billion yuan", Dimension::money, "[4500000000, 5500000000)", false, "CNY", "5 billion yuan"},
    {"40m USD", Dimension::money, "[35000000, 45000000)", false, "USD", "40 million USD"},
    {"about $1.2 billion", Dimension::money, "[1080000000, 1320000000]", false, "USD", "about $1.2 billion"},
    {"more than $500m", Dimension::money, "(500000000, inf)", false, "USD", "more than $500 million"},
    {"between $1 billion and $2 billion", Dimension::money, "[1000000000, 2000000000]", false, "USD",
     "between $1 billion and $2 billion"},
    {"from $1 billion to $2 billion", Dimension::money, "[1000000000, 2000000000]", false, "USD",
     "between $1 billion and $2 billion"},
    {"between USD 1 billion and USD 2 billion", Dimension::money, "[1000000000, 2000000000]", false, "USD",
     "between USD 1 billion and USD 2 billion"},
    {"$1-2 billion", Dimension::money, "[1000000000, 2000000000]", false, "USD", "$1 billion-2 billion"},
    {"$1-$35", Dimension::money, "[1, 35]", false, "USD", "$1-35"},
    {"$1 to $35", Dimension::money, "[1, 35]", false, "USD", "$1 to $35"},
    {"$0 thru 35", Dimension::money, "[0, 35]", false, "USD", "$0 to $35"},
    {"more than $20 and at most $35", Dimension::money, "(20, 35]", false, "USD", "more than $20 and at most $35"},
    {"1.5-2 billion won", Dimension::money, "[1500000000, 2000000000]", false, "KRW", "1.5 billion-2 billion won"},
    {"1-2 million people", Dimension::count, "[1000000, 2000000]", false, "", "1 million-2 million people"},
    {"between 1 and 2 million", Dimension::count, "[1000000, 2000000]", false, "", "between 1 million and 2 million"},
    {"one to two million", Dimension::count, "[1000000, 2000000]", false, "", "1 million to 2 million"},
    {"500-2 million", Dimension::count, "[500, 2000000]", false, "", "500-2 million"},
    {"between 24 feet and 28 feet", physical("length"), "[7.3152, 8.5344]", false, "", "between 24 and 28 feet"},
    {"between 24 ft and 28 feet", physical("length"), "[7.3152, 8.5344]", false, "", "between 24 and 28 feet"},
    {"from 24 feet to 28 feet", physical("length"), "[7.3152, 8.5344]", false, "", "between 24 and 28 feet"},
    {"24 feet to 28 feet", physical("length"), "[7.3152, 8.5344]", false, "", "24 to 28 feet"},
    {"24 km-28 km", physical("length"), "[24000, 28000]", false, "", "24 to 28 km"},
    {"more than 24 feet and at most 28 feet", physical("length"), "(7.3152, 8.5344]", false, "",
     "more than 24 and at most 28 feet"},
    {"at least 5 km but under 8 km", physical("length"), "[5000, 8000)", false, "", "at least 5 and under 8 km"},
    {"180 people to 185 people", Dimension::count, "[180, 185]", false, "", "180 to 185 people"},
    {"a loss of $3m", Dimension::money, "(-3500000, -2500000]", true, "USD", "down $3 million"},
    {"up $40 million", Dimension::money, "[35000000, 45000000)", true, "USD", "up $40 million"},
    {"40 km", physical("length"), "[35000, 45000)", false, "", "40 km"},
    {"40 kilometres", physical("length"), "[35000, 45000)", false, "", "40 kilometres"},
    {"40 kilometers", physical("length"), "[35000, 45000)", false, "", "40 kilometers"},
    {"about 25 miles", physical("length"), "[36210.24, 44256.96]", false, "", "about 25 miles"},
    {"25 miles", physical("length"), "[39428.928, 41038.272)", false, "", "25 miles"},
    {"3 feet", physical("length"), "[0.762, 1.0668)", false, "", "3 feet"},
    {"6 ft", physical("length"), "[1.6764, 1.9812)", false, "", "6 ft"},
    {"5 inches", physical("length"), "[0.1143, 0.1397)", false, "", "5 inches"},
    {"100 metres", physical("length"), "[50, 150)", false, "", "100 metres"},
    {"1,500 m", physical("length"), "[1450, 1550)", false, "", "1,500 m"},
    {"3 nautical miles", physical("length"), "[4630, 6482)", false, "", "3 nautical miles"},
    {"200lbs", physical("mass"), "[68.0388555, 113.3980925)", false, "", "200 lbs"},
    {"5km", physical("length"), "[4500, 5500)", false, "", "5 km"},
    {"30C", physical("temperature"), "[298.15, 308.15)", false, "", "30 C"},
    {"-5 \xC2\xB0"
     "F",
     physical("temperature"), "[252.3166667, 252.8722222)", false, "",
     "-5 \xC2\xB0"
     "F"},
    {"30\xC2\xB0"
     "C",
     physical("temperature"), "[298.15, 308.15)", false, "",
     "30 \xC2\xB0"
     "C"},
    {"40 degrees Celsius", physical("temperature"), "[308.15, 318.15)", false, "", "40 degrees Celsius"},
    {"100 \xC2\xB0"
     "F",
     physical("temperature"), "[283.15, 338.7055556)", false, "",
     "100 \xC2\xB0"
     "F"},
    {"98.6 F", physical("temperature"), "[310.1222222, 310.1777778)", false, "", "98.6 F"},
    // A degree word or sign apart from its scale word is that scale.
    {"70 degrees F", physical("temperature"), "[291.4833333, 297.0388889)", false, "",
     "70 \xC2\xB0"
     "F"},
    {"37 \xC2\xB0 celsius", physical("temperature"), "[309.65, 310.65)", false, "",
     "37 \xC2\xB0"
     "C"},
    {"98.6 degrees Fahrenheit", physical("temperature"), "[310.1222222, 310.1777778)", false, "",
     "98.6 degrees Fahrenheit"},
    {"2 degrees C below zero", physical("temperature"), "[270.65, 271.65)", false, "",
     "-2 \xC2\xB0"
     "C"},
    {"a 3-inch pipe", physical("length"), "[0.0635, 0.0889)", false, "", "3-inch pipe"},
    {"10 hectares", physical("area"), "[50000, 150000)", false, "", "10 hectares"},
    {"2 acres", physical("area"), "[6070.308915, 10117.18152)", false, "", "2 acres"},
    {"50 sq km", physical("area"), "[45000000, 55000000)", false, "", "50 sq km"},
    {"3 square miles", physical("area"), "[6474970.276, 9064958.386)", false, "", "3 square miles"},
    {"500 square metres", physical("area"), "[450, 550)", false, "", "500 square metres"},
    {"3 tonnes", physical("mass"), "[2500, 3500)", false, "", "3 tonnes"},
    {"5 metric tons", physical("mass"), "[4500, 5500)", false, "", "5 metric tons"},
    {"70 kg", physical("mass"), "[65, 75)", false, "", "70 kg"},
    {"150 pounds sterling", Dimension::money, "[145, 155)", false, "GBP", "150 pounds sterling"},
    {"100 gallons", physical("volume"), "[0.1892706, 0.5678118)", false, "", "100 gallons"},
    {"1,000 barrels", physical("volume"), "[79.493652, 238.480956)", false, "", "1,000 barrels"},
    {"2 litres", physical("volume"), "[0.0015, 0.0025)", false, "", "2 litres"},
    // Pressure is a row of data/dimensions.tsv: its unit words keep their case ("hPa").
    {"940 millibars", physical("pressure"), "[93500, 94500)", false, "", "940 millibars"},
    {"932 hPa", physical("pressure"), "[93150, 93250)", false, "", "932 hPa"},
    {"27.52 inches of mercury", physical("pressure"), "[93176.48344, 93210.34733)", false, "",
     "27.52 inches of mercury"},
    {"20 knots", physical("speed"), "[7.716666667, 12.86111111)", false, "", "20 knots"},
    {"60 mph", physical("speed"), "[24.5872, 29.0576)", false, "", "60 mph"},
    {"100 km/h", physical("speed"), "[13.88888889, 41.66666667)", false, "", "100 km/h"},
    {"120 kph", physical("speed"), "[31.94444444, 34.72222222)", false, "", "120 kph"},
    {"5 furlongs", physical("length"), "[905.2578105, 1106.426213)", false, "", "5 furlongs"},
    {"2 hours", Dimension::duration, "[0.08333333333, 0.08333333333]", false, "", "2 hours"},
    {"90 minutes", Dimension::duration, "[0.05902777778, 0.06597222222)", false, "", "90 minutes"},
    {"1,300 years", Dimension::duration, "[456553.125, 493077.375)", false, "", "1,300 years"},
    {"3%", Dimension::percent, "[3, 3]", false, "", "3%"},
    {"12.3%", Dimension::percent, "[12.25, 12.35)", false, "", "12.3%"},
    {"33.27%", Dimension::percent, "[33.265, 33.275)", false, "", "33.27%"},
    {"74.0%", Dimension::percent, "[73.95, 74.05)", false, "", "74.0%"},
    {"up 3.2%", Dimension::ratio, "[1.0315, 1.0325)", true, "", "up 3.2%"},
    {"rose 3.2 percent", Dimension::ratio, "[1.0315, 1.0325)", true, "", "up 3.2%"},
    {"+3.2%", Dimension::ratio, "[1.0315, 1.0325)", true, "", "up 3.2%"},
    {"down 0.5%", Dimension::ratio, "(0.9945, 0.9955]", true, "", "down 0.5%"},
    {"fell 0.5 per cent", Dimension::ratio, "(0.9945, 0.9955]", true, "", "down 0.5%"},
    {"-0.4%", Dimension::ratio, "(0.9955, 0.9965]", true, "", "-0.4%"},
    {"up about 3%", Dimension::ratio, "[1.025, 1.035]", true, "", "about up 3%"},
    {"rose more than 10%", Dimension::ratio, "(1.1, inf)", true, "", "more than up 10%"},
    {"3 percentage points", Dimension::points, "[2.5, 3.5)", true, "", "3 percentage points"},
    {"up 2 percentage points", Dimension::points, "[1.5, 2.5)", true, "", "up 2 percentage points"},
    {"50 basis points", Dimension::points, "[0.495, 0.505)", true, "", "50 basis points"},
    {"25 bp", Dimension::points, "[0.245, 0.255)", true, "", "25 basis points"},
    {"0.5 percentage point", Dimension::points, "[0.45, 0.55)", true, "", "0.5 percentage points"},
    {"half a percentage point", Dimension::points, "[0.5, 0.5]", true, "", "half a percentage points"},
    {"a half-point", Dimension::points, "[0.5, 0.5]", true, "", "a half percentage points"},
    {"a quarter-point", Dimension::points, "[0.25, 0.25]", true, "", "a quarter percentage points"},
    {"down 25 basis points", Dimension::points, "(-0.255, -0.245]", true, "", "down 25 basis points"},
    {"doubled", Dimension::ratio, "[2, 2]", true, "", "doubled"},
    {"tripled", Dimension::ratio, "[3, 3]", true, "", "tripled"},
    {"quadrupled", Dimension::ratio, "[4, 4]", true, "", "quadrupled"},
    {"halved", Dimension::ratio, "[0.5, 0.5]", true, "", "halved"},
    {"three-fold", Dimension::ratio, "[3, 3]", true, "", "3 times"},
    {"3-fold", Dimension::ratio, "[3, 3]", true, "", "3 times"},
    {"2.5 times", Dimension::ratio, "[2.45, 2.55)", true, "", "2.5 times"},
    {"fell by a quarter", Dimension::ratio, "[0.75, 0.75]", true, "", "down a quarter"},
    {"up 40%", Dimension::ratio, "[1.395, 1.405)", true, "", "up 40%"},
    {"up 100%", Dimension::ratio, "[1.995, 2.005)", true, "", "up 100%"},
    {"nearly doubled", Dimension::ratio, "[1.8, 2.2]", true, "", "nearly doubled"},
    {"more than doubled", Dimension::ratio, "(2, inf)", true, "", "more than doubled"},
    {"two-thirds", Dimension::percent, "[66.66666667, 66.66666667]", false, "", "two-thirds"},
    {"three-quarters", Dimension::percent, "[75, 75]", false, "", "three-quarters"},
    {"a fifth", Dimension::percent, "[20, 20]", false, "", "a fifth"},
    {"a third", Dimension::percent, "[33.33333333, 33.33333333]", false, "", "a third"},
    {"one-third", Dimension::percent, "[33.33333333, 33.33333333]", false, "", "one-third"},
    {"two fifths", Dimension::percent, "[40, 40]", false, "", "two fifths"},
    {"one in three", Dimension::percent, "[33.33333333, 33.33333333]", false, "", "1 in 3"},
    {"one in every four", Dimension::percent, "[25, 25]", false, "", "1 in 4"},
    {"1 in 5", Dimension::percent, "[20, 20]", false, "", "1 in 5"},
    {"more than a quarter", Dimension::percent, "(25, 100]", false, "", "more than a quarter"},
    {"nearly half", Dimension::percent, "[45, 55]", false, "", "nearly half"},
    {"3 out of 10", Dimension::count, "[3, 3]", false, "", "3 of 10"},
    {"15 per 100,000", Dimension::percent, "[0.015, 0.015]", false, "", "15 per 100,000"},
    {"about one in three", Dimension::percent, "[30, 36.66666667]", false, "", "about 1 in 3"},
    {"3.42 million", Dimension::count, "[3415000, 3425000)", false, "", "3,420,000"},
    {"3,418,602", Dimension::count, "[3418602, 3418602]", false, "", "3,418,602"},
    {"12,34,567", Dimension::count, "[1234567, 1234567]", false, "", "1,234,567"},
    {"1,00,000", Dimension::count, "[50000, 150000)", false, "", "100,000"},
    {"magnitude 6.4", Dimension::magnitude, "[6.35, 6.45)", false, "", "magnitude 6.4"},
    {"6.4-magnitude", Dimension::magnitude, "[6.35, 6.45)", false, "", "magnitude 6.4"},
    {"M6.4", Dimension::magnitude, "[6.35, 6.45)", false, "", "magnitude 6.4"},
    {"M6th", Dimension::magnitude, "[5.5, 6.5)", false, "", "magnitude 6"},  // a glued suffix keeps the kind
    {"a 6.4-magnitude", Dimension::magnitude, "[6.35, 6.45)", false, "", "magnitude 6.4"},
    {"a magnitude 7.1 earthquake", Dimension::magnitude, "[7.05, 7.15)", false, "", "magnitude 7.1"},
    {"an M6.4 quake", Dimension::magnitude, "[6.35, 6.45)", false, "", "magnitude 6.4"},
    {"magnitude 7", Dimension::magnitude, "[6.5, 7.5)", false, "", "magnitude 7"},
    {"aged 71", Dimension::age, "[71, 71]", false, "", "aged 71"},
    {"71-year-old", Dimension::age, "[71, 71]", false, "", "aged 71"},
    {"71 years old", Dimension::age, "[71, 71]", false, "", "aged 71"},
    {"aged 71 years", Dimension::age, "[71, 71]", false, "", "aged 71"},
    {"fourth term", Dimension::ordinal, "[4, 4]", false, "", "4th term"},
    {"fifth summit", Dimension::ordinal, "[5, 5]", false, "", "5th summit"},
    {"second consecutive", Dimension::ordinal, "[2, 2]", false, "", "2nd consecutive"},
    {"4th", Dimension::ordinal, "[4, 4]", false, "", "4th"},
    {"21st", Dimension::ordinal, "[21, 21]", false, "", "21st"},
    {"2nd", Dimension::ordinal, "[2, 2]", false, "", "2nd"},
    {"3rd term", Dimension::ordinal, "[3, 3]", false, "", "3rd term"},
    {"from 20 to 35", Dimension::count, "[20, 35]", false, "", "between 20 and 35"},
    {"20 through 35", Dimension::count, "[20, 35]", false, "", "20 to 35"},
    {"9007199254740992", Dimension::count, "[9.007199255e+15, 9.007199255e+15]", false, "", "9,007,199,254,740,992"},
    // Ordinals in words compound with tens and hundreds.
    {"twenty-fifth", Dimension::ordinal, "[25, 25]", false, "", "25th"},
    {"thirty first", Dimension::ordinal, "[31, 31]", false, "", "31st"},
    {"seventy\xE2\x80\x94third", Dimension::ordinal, "[73, 73]", false, "", "73rd"},
    {"one hundred and first session", Dimension::ordinal, "[101, 101]", false, "", "101st session"},
    {"fortieth anniversary", Dimension::ordinal, "[40, 40]", false, "", "40th anniversary"},
    // A symbol of the table in the plural or with dots, in a value.
    {"1.5 hrs", Dimension::duration, "[0.06041666667, 0.06458333333)", false, "", "1.5 hr"},
    {"15.5 mins", Dimension::duration, "[0.01072916667, 0.01079861111)", false, "", "15.5 min"},
    {"0.5 gals", physical("volume"), "[0.0017034354, 0.0020819766)", false, "", "0.5 gal"},
    {"3 gal", physical("volume"), "[0.00946353, 0.013248942)", false, "", "3 gal"},
    {"more than four mls", physical("volume"), "(4e-06, inf)", false, "", "more than 4 ml"},
    {"1000 gs", physical("mass"), "[0.5, 1.5)", false, "", "1,000 g"},
    {"2 g.", physical("mass"), "[0.0015, 0.0025)", false, "", "2 g"},
    {"1 k.g.", physical("mass"), "[0.5, 1.5)", false, "", "1 kg"},
    {"1 k.gs", physical("mass"), "[0.5, 1.5)", false, "", "1 kg"},
    // Parts of one dimension joined by "and" are a sum, in the smallest unit.
    {"1 meter and 1 foot", physical("length"), "[1.1524, 1.4572)", false, "", "1 meter and 1 foot"},
    {"1 kilometer and 1 mile", physical("length"), "[2109.344, 3109.344)", false, "", "1 kilometer and 1 mile"},
    {"more than 1 dollar and forty-two cents", Dimension::money, "(1.42, inf)", false, "USD",
     "more than 1 dollar and 42 cents"},
    // Every ISO 4217 code (in capitals) and its English names, from ICU.
    {"42 KWD", Dimension::money, "[42, 42]", false, "KWD", "42 KWD"},
    {"10 ILS", Dimension::money, "[5, 15)", false, "ILS", "10 ILS"},
    {"42 ALL", Dimension::money, "[42, 42]", false, "ALL", "42 ALL"},
    {"USD3.14", Dimension::money, "[3.135, 3.145)", false, "USD", "USD 3.14"},
    {"42 kuwaiti Dinar", Dimension::money, "[42, 42]", false, "KWD", "42 kuwaiti Dinar"},
    {"42 Lebanese Pounds", Dimension::money, "[42, 42]", false, "LBP", "42 Lebanese Pounds"},
    {"40 million Canadian dollars", Dimension::money, "[35000000, 45000000)", false, "CAD",
     "40 million Canadian dollars"},
    {"40 million Australian dollars", Dimension::money, "[35000000, 45000000)", false, "AUD",
     "40 million Australian dollars"},
    {"42 qatari riyals", Dimension::money, "[42, 42]", false, "QAR", "42 qatari riyals"},
    {"10 ringgit", Dimension::money, "[5, 15)", false, "MYR", "10 ringgit"},
    {"ten shekels", Dimension::money, "[5, 15)", false, "ILS", "10 shekels"},
    {"10 Tugrik", Dimension::money, "[5, 15)", false, "MNT", "10 Tugrik"},
    // A sign after the number; the newsroom's own words.
    {"40 \xE2\x82\xAC", Dimension::money, "[35, 45)", false, "EUR", "40 \xE2\x82\xAC"},
    {"40 \xC2\xA3", Dimension::money, "[35, 45)", false, "GBP", "40 \xC2\xA3"},
    {"42 bucks", Dimension::money, "[42, 42]", false, "USD", "42 bucks"},
    {"42 L.E.", Dimension::money, "[42, 42]", false, "EGP", "42 L.E."},
    {"42 RM", Dimension::money, "[42, 42]", false, "MYR", "42 RM"},
    {"RM42 million", Dimension::money, "[41500000, 42500000)", false, "MYR", "RM42 million"},
    {"RMB 4.8 billion", Dimension::money, "[4750000000, 4850000000)", false, "CNY", "RMB 4.8 billion"},
    // A code in lower case, and a name's last word that is an English word, are count words.
    {"42 all", Dimension::count, "[42, 42]", false, "", "42 all"},
    {"42 marks", Dimension::count, "[42, 42]", false, "", "42 marks"},
};

const std::vector<Refused> rejected{
    {"$one in every four", 1, "a currency goes with an amount, not a share, percentage or position"},
    {"$5%", 1, "a currency goes with an amount, not a share, percentage or position"},
    {"5m", 0, "'m' after a number could be million or metres: write 'million' or 'metres' (or a currency: '$5m')"},
    {"5B", 0, "'b' after a number is a scale only after a currency ('$5b'): write the scale word or the unit"},
    {"USD 5 EUR", 4, "two currencies in one value (USD and EUR): write one, or give each figure its own claim"},
    {"90-110%", 3, "a percentage is at most 100%"},
    {"9007199254740993", 0, "the number has more digits than can be compared exactly (at most 9,007,199,254,740,992)"},
    {"-300 °C", 1, "the temperature is below absolute zero (-273.15 °C, -459.67 °F)"},
    // A degree without its scale is not a count of "degrees": the topic's scale, else an error.
    {"45 degrees", 3, "'degrees' names no scale: write '°C' or '°F' ('86 °F'), or give the topic a temperature unit"},
    {"2 below zero", 2,
     "a figure below zero needs its scale: write '°C' or '°F' ('86 °F'), or give the topic a temperature unit"},
    {"181 T", 4, "unknown unit 'T': unit symbols are read with their case (did you mean 't'?)"},
    {"5 M", 2, "unknown unit 'M': unit symbols are read with their case (did you mean 'm'?)"},
    {"5m people", 0,
     "'m' after a number could be million or metres: write 'million' or 'metres' (or a currency: '$5m')"},
    {"40 kilometeres", 3, "unknown unit 'kilometeres' (did you mean 'kilometres'?)"},
    {"40 million dollers", 11, "unknown unit 'dollers' (did you mean 'dollars'?)"},
    {"30 hectars", 3, "unknown unit 'hectars' (did you mean 'hectare'?)"},
    {"7people", 1, "expected a space between the number and the unit word"},
    {"between $1 billion and \xE2\x82\xAC"
     "2 billion",
     26, "the range's ends are in two currencies (USD and EUR): write one currency, or give each figure its own claim"},
    {"$1 billion to \xE2\x82\xAC"
     "2 billion",
     17, "the range's ends are in two currencies (USD and EUR): write one currency, or give each figure its own claim"},
    {"1 km2-1", 6, "the range's high end needs the unit its low end has ('km2')"},
    {"between 24 km and 28 miles", 18,
     "the range's ends are in two units ('km' and 'miles'): write one unit, or give each figure its own claim"},
    {"between 24 feet and 28", 20, "the range's high end needs the unit its low end has ('feet')"},
    {"$3 of $10", 1, "a currency goes with an amount, not a share, percentage or position"},
    {"$2nd", 1, "a currency goes with an amount, not a share, percentage or position"},
    {"M6.4 km", 5, "a magnitude has no unit: 'km' is a length (make it a claim of its own)"},
    {"magnitude 6.4 miles", 14, "a magnitude has no unit: 'miles' is a length (make it a claim of its own)"},
    {"aged 71 kg", 8, "an age is in years: 'kg' is a mass (make it a claim of its own)"},
    {"5xyz", 1, "expected a space between the number and the unit word"},
    {"99999999999999999999", 0,
     "the number has more digits than can be compared exactly (at most 9,007,199,254,740,992)"},
    {"12345678901234567890 people", 0,
     "the number has more digits than can be compared exactly (at most 9,007,199,254,740,992)"},
    {"-5 people", 1,
     "a minus sign is read only before a temperature or a change ('-0.4%'): write 'down' or 'fell' for a fall"},
    {"-3 km", 1,
     "a minus sign is read only before a temperature or a change ('-0.4%'): write 'down' or 'fell' for a fall"},
    {"120%", 0, "a percentage is at most 100%"},
    {"one in 0", 7, "the part (1) is larger than the whole (0)"},
    {"four in three", 8, "the part (4) is larger than the whole (3)"},
    {"between $1 billion or $2 billion", 19, "expected 'and'"},
    {"up", 0, "expected a number or number word, found 'up'"},
    {"more than", 0, "expected a number or number word, found 'more'"},
    {"$", 0, "expected a number or number word"},
    {"\xC2\xA3", 0, "expected a number or number word"},
    {"doubled twice", 8, "expected unit words or the end of the value"},
    {"0 times", 0, "a multiple is more than 0"},
    {"zeroth", 0, "expected a number or number word, found 'zeroth'"},
    {"magnitude", 0, "expected a number or number word, found 'magnitude'"},
    {"aged", 0, "expected a number or number word, found 'aged'"},
    {"from 20 or 35", 8, "expected 'to' or 'through'"},
    {"between 20 and", 14, "expected a number or number word at the end of the value"},
    {"20 to", 5, "expected a number or number word at the end of the value"},
    {"12,3,456", 2, "not a number: digits after a thousands separator come in groups of three"},
    {"1,23,4567", 1, "not a number: digits after a thousands separator come in groups of three"},
    {"about 1" + std::string(400, '0'), 6,
     "the number has more digits than can be compared exactly (at most 9,007,199,254,740,992)"},
    // After a tens word "second" is also a duration: which one is not guessed.
    {"forty-second", 0, "this is the ordinal 42nd or 40 seconds: write '42nd' or '40 seconds'"},
    {"forty second", 0, "this is the ordinal 42nd or 40 seconds: write '42nd' or '40 seconds'"},
    // A currency name several currencies share, or one after an unknown word.
    {"10 dinars", 3,
     "'dinars' names the currency of several countries (BHD, DZD, IQD, JOD, KWD, LYD, RSD, TND): write which one "
     "('Bahraini dinars') or its code ('BHD')"},
    {"ten riyals", 4,
     "'riyals' names the currency of several countries (QAR, SAR): write which one ('Qatari riyals') or its code "
     "('QAR')"},
    {"42 malaysia ringgit", 3,
     "unknown currency 'malaysia ringgit': write its ISO code or its English name with its country (ringgit: MYR)"},
    {"40 million Aussie dollars", 11,
     "unknown currency 'aussie dollars': write its ISO code or its English name with its country (dollars: AUD, "
     "BBD, BMD, BND, BSD, BZD, CAD, FJD, \xE2\x80\xA6)"},
    // A subunit alone with no currency in the value or the topic.
    {"10 cents", 3,
     "'cents' is a part of a currency (USD, EUR, CAD, AUD, NZD, HKD, SGD, CHF) and the value names none: write the "
     "amount in its currency ('$0.10', '\xE2\x82\xAC"
     "0.50')"},
};

}  // namespace

TEST_CASE("units: each wording has a dimension and an interval in the dimension's unit") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        const auto q = quantity(c.value);
        CHECK(q.dimension == c.dimension);
        CHECK(interval(q) == c.interval);
        CHECK(q.change == c.change);
        CHECK(q.currency == c.currency);
        CHECK(q.canonical == c.canonical);
    }
}

TEST_CASE("units: every canonical text parses back to the same quantity") {
    for (const auto& c : accepted) {
        check_reads_back(c.value);
    }
}

TEST_CASE("units: a canonical figure shows again in the written unit") {
    for (const auto& c : accepted) {
        check_written_again(c.value);
    }
}

TEST_CASE("units: unknown units, unclear suffixes and numbers beyond a double are errors at the word") {
    for (const auto& row : rejected) {
        check_refused(row);
    }
}

TEST_CASE("units: a degree without its scale takes the topic's temperature unit") {
    struct Row {
        const char* value;
        const char* degree_unit;
        const char* interval;
        const char* canonical;
    };
    for (const auto& row : std::vector<Row>{
             {"86 degrees",
              "\xC2\xB0"
              "F",
              "[302.8722222, 303.4277778)",
              "86 \xC2\xB0"
              "F"},
             {"86 degrees",
              "\xC2\xB0"
              "C",
              "[358.65, 359.65)",
              "86 \xC2\xB0"
              "C"},
             {"2 degrees below zero",
              "\xC2\xB0"
              "C",
              "[270.65, 271.65)",
              "-2 \xC2\xB0"
              "C"},
             {"2 below zero",
              "\xC2\xB0"
              "F",
              "[253.9833333, 254.5388889)",
              "-2 \xC2\xB0"
              "F"},
         }) {
        CAPTURE(row.value, row.degree_unit);
        QuantityOptions options;
        options.degree_unit = row.degree_unit;
        const auto read = parse_quantity(row.value, options);
        REQUIRE(std::holds_alternative<Quantity>(read));
        const auto& q = std::get<Quantity>(read);
        CHECK(q.dimension == physical("temperature"));
        CHECK(interval(q) == row.interval);
        CHECK(q.canonical == row.canonical);
    }
}

TEST_CASE("units: no figure the grammar accepts is infinite or NaN at its number") {
    for (const auto& c : accepted) {
        const auto q = quantity(c.value);
        CHECK(std::isfinite(q.number));
        CHECK(std::isfinite(q.number_high));
        CHECK(!std::isnan(q.allows.low));
        CHECK(!std::isnan(q.allows.high));
    }
}

namespace {

struct Scanned {
    const char* text;
    std::vector<std::pair<std::string, Dimension>> found;
};

// Running text → every quantity found, with its dimension.
const std::vector<Scanned> scanned{
    {"Revenue rose 12% to 3.1 billion won in the quarter.",
     {{"rose 12%", Dimension::ratio}, {"3.1 billion won", Dimension::money}}},
    {"The bank cut rates by 50 basis points to 3.25%.",
     {{"50 basis points", Dimension::points}, {"3.25%", Dimension::percent}}},
    {"Profit fell 0.5 per cent, the company said.", {{"fell 0.5 per cent", Dimension::ratio}}},
    {"The storm brought winds of 120 km/h and 200 millimetres of rain.",
     {{"120 km/h", physical("speed")}, {"200 millimetres", physical("length")}}},
    {"The quake, magnitude 6.4, struck 40 km from the city.",
     {{"magnitude 6.4", Dimension::magnitude}, {"40 km", physical("length")}}},
    {"Sales doubled in two years.", {{"doubled", Dimension::ratio}, {"two years", Dimension::duration}}},
    {"Two-thirds of voters backed the plan; one in three did not.",
     {{"Two-thirds", Dimension::percent}, {"one in three", Dimension::percent}}},
    {"The firm paid $1.2 billion, or about \xE2\x82\xAC"
     "1.1bn.",
     {{"$1.2 billion", Dimension::money},
      {"about \xE2\x82\xAC"
       "1.1bn",
       Dimension::money}}},
    {"Smith, 71, won his fourth term.", {{"Smith, 71", Dimension::age}}},  // an age after a name
    {"Temperatures reached 30\xC2\xB0"
     "C on Tuesday.",
     {{"30\xC2\xB0"
       "C",
       physical("temperature")}}},
    {"The 71-year-old left office.", {{"71-year-old", Dimension::age}}},
    {"He won 183 seats in the 2024 election.", {{"183", Dimension::count}}},
    {"A 5km walk took 3 hours.", {{"5km", physical("length")}, {"3 hours", Dimension::duration}}},
    {"It cost Rs 500 crore.", {{"Rs 500 crore", Dimension::money}}},
    {"More than a third of homes lost power.", {{"More than a third", Dimension::percent}}},
    {"The rate is 15 per 100,000 people.", {{"15 per 100,000", Dimension::percent}}},
    {"Prices were up 3.2% in March.", {{"up 3.2%", Dimension::ratio}}},
    {"The index dropped 2.5 percentage points.", {{"dropped 2.5 percentage points", Dimension::points}}},
    {"It weighed 200lbs.", {{"200lbs", physical("mass")}}},
    {"The 7th century church is 1,300 years old.", {{"1,300 years old", Dimension::age}}},
};

}  // namespace

TEST_CASE("units: running text yields each quantity once, with its dimension; two dimensions are never a range") {
    for (const auto& c : scanned) {
        CAPTURE(c.text);
        std::vector<std::pair<std::string, Dimension>> found;
        for (const auto& f : find_quantities(c.text)) {
            found.emplace_back(f.text, f.value.dimension);
        }
        CHECK(found == c.found);
    }
}

// Every word of data/units.tsv reads as a quantity of its dimension: a row
// whose expression UDUNITS-2 cannot convert fails here, not in a run.
TEST_CASE("units: every unit word of data/units.tsv converts") {
    for (const auto& word : units::unit_words()) {
        CAPTURE(word);
        std::optional<units::Unit> unit;
        REQUIRE_NOTHROW(unit = units::find_unit(word, false));
        CHECK(unit.has_value());
    }
    const auto ounces = parse_quantity("5 oz");
    REQUIRE(std::holds_alternative<Quantity>(ounces));
    CHECK(std::get<Quantity>(ounces).dimension == physical("mass"));
}

TEST_CASE("units: an expression UDUNITS-2 converts downwards is no unit") {
    // UDUNITS-2 reads "km2-1" as km² times -1; "km2" itself is an area.
    CHECK_FALSE(units::find_unit("km2-1", true).has_value());
    REQUIRE(units::find_unit("km2", true).has_value());
    CHECK(units::find_unit("km2", true)->dimension == physical("area"));
}
