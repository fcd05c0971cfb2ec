// §6.1 with units: values as the grammar parses them compare only within a
// dimension, after conversion; money in two currencies needs a declared rate;
// percent against percentage points, a change against a level and the same
// digits in two units are unit mismatches.
// Tests src/compare/numeric/units.cpp (currencies and the dimension check).
#include "support/builders.hpp"
#include "support/numeric_pairs.hpp"
#include "support/verdict_names.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

// value a, value b → verdict and explanation (in a's written unit)
const std::vector<Pair> pairs{
    {"$1.2 billion", "$1.2bn", "none", ""},
    {"$1.2 billion", "$1.23 billion", "compatible-rounding",
     "$1.23 billion lies within the rounding window of $1.2 billion ($1.15 billion\xE2\x80\x93$1.25 billion)"},
    {"$1.2 billion", "$1,234,000,000", "compatible-rounding",
     "$1.234 billion lies within the rounding window of $1.2 billion ($1.15 billion\xE2\x80\x93$1.25 billion)"},
    {"$1.2 billion", "$1.5 billion", "conflict",
     "$1.2 billion vs $1.5 billion: 20% apart; the values they allow ($1.15 billion\xE2\x80\x93$1.25 billion; $1.45 "
     "billion\xE2\x80\x93$1.55 billion) do not overlap"},
    {"$1.2 billion",
     "\xE2\x82\xAC"
     "1.2 billion",
     "unit-mismatch",
     "$1.2 billion vs \xE2\x82\xAC"
     "1.2 billion: the same digits in USD and EUR"},
    {"USD 40 million", "40 million dollars", "none", ""},
    {"USD 40 million", "US$40m", "none", ""},
    {"USD 40 million", "40 million euros", "unit-mismatch",
     "40 million euros vs USD 40 million: the same digits in EUR and USD"},
    {"KRW 2.3 trillion", "2.3 trillion won", "none", ""},
    {"\xE2\x82\xA9"
     "2.3 trillion",
     "$2.3 trillion", "unit-mismatch",
     "$2.3 trillion vs \xE2\x82\xA9"
     "2.3 trillion: the same digits in USD and KRW"},
    {"\xC2\xA3"
     "3.4bn",
     "GBP 3.4 billion", "none", ""},
    {"\xE2\x82\xAC"
     "720m",
     "EUR 720 million", "none", ""},
    {"\xE2\x82\xAC"
     "720m",
     "\xE2\x82\xAC"
     "700m",
     "compatible-rounding",
     "\xE2\x82\xAC"
     "720 million lies within the rounding window of \xE2\x82\xAC"
     "700 million (\xE2\x82\xAC"
     "650 million\xE2\x80\x93\xE2\x82\xAC"
     "750 million)"},
    {"about $1.2 billion", "$1.25 billion", "compatible-bound",
     "about $1.2 billion ($1.08 billion\xE2\x80\x93$1.32 billion) covers $1.25 billion"},
    {"more than $500m", "$600 million", "compatible-bound",
     "more than $500 million (more than $500 million) covers $600 million"},
    {"more than $500m", "$400 million", "conflict",
     "$400 million vs more than $500 million: 20% apart; the values they allow ($350 million\xE2\x80\x93$450 million; "
     "more than $500 million) do not overlap"},
    {"Rs 500 crore", "5 billion rupees", "none", ""},
    {"Rs 500 crore", "INR 5 billion", "none", ""},
    {"Rs 12 lakh", "1.2 million rupees", "none", ""},
    {"40 km", "40 kilometres", "none", ""},
    {"40 km", "about 25 miles", "compatible-bound",
     "40 km (35 km\xE2\x80\x93"
     "45 km) covers about 25 miles"},
    {"about 40 km", "about 25 miles", "compatible-bound",
     "about 40 km (21.7 miles\xE2\x80\x93"
     "28 miles) covers about 25 miles"},
    {"40 km", "40 miles", "unit-mismatch", "40 km vs 40 miles: the same digits in two units (40 miles is 64.4 km)"},
    {"40 km", "25 miles", "none", ""},  // a conversion
    {"40 km", "41 km", "compatible-rounding",
     "41 km lies within the rounding window of 40 km (35 km\xE2\x80\x93"
     "45 km)"},
    {"40 km", "40,000 metres", "none", ""},
    {"5 ft", "60 inches", "none", ""},
    {"6 ft", "183 cm", "none", ""},  // a conversion
    {"3 feet", "3 metres", "unit-mismatch", "3 feet vs 3 metres: the same digits in two units (3 metres is 9.84 feet)"},
    {"10 hectares", "25 acres", "none", ""},  // a conversion
    {"10 hectares", "10 acres", "unit-mismatch",
     "10 acres vs 10 hectares: the same digits in two units (10 hectares is 24.7 acres)"},
    {"100 sq km", "38.6 square miles", "none", ""},  // a conversion
    {"3 tonnes", "3,000 kg", "none", ""},
    {"3 tonnes", "3 metric tons", "none", ""},
    {"3 tonnes", "6,600 lbs", "none", ""},              // a conversion
    {"70 kg", "154 lbs", "none", ""},                   // a conversion
    {"100 gallons", "378 litres", "none", ""},          // a conversion
    {"1,000 barrels", "159 cubic metres", "none", ""},  // a conversion
    {"932 hPa", "932 mbar", "none", ""},
    {"940 hPa", "950 hPa", "conflict",
     "940 hPa vs 950 hPa: 1% apart; the values they allow (935 hPa\xE2\x80\x93"
     "945 hPa; 945 hPa\xE2\x80\x93"
     "955 hPa) do not overlap"},
    {"20 knots", "23 mph", "none", ""},  // a conversion
    {"60 mph", "97 km/h", "none", ""},   // a conversion
    {"60 mph", "60 km/h", "unit-mismatch", "60 km/h vs 60 mph: the same digits in two units (60 mph is 96.6 km/h)"},
    {"100 km/h", "62 mph", "none", ""},  // a conversion
    {"30\xC2\xB0"
     "C",
     "86 \xC2\xB0"
     "F",
     "none", ""},  // a conversion
    {"30 \xC2\xB0"
     "C",
     "30 \xC2\xB0"
     "F",
     "unit-mismatch",
     "30 \xC2\xB0"
     "C vs 30 \xC2\xB0"
     "F: the same digits in two units (30 \xC2\xB0"
     "F is -1.11 \xC2\xB0"
     "C)"},
    {"-5 \xC2\xB0"
     "F",
     "-20.6 \xC2\xB0"
     "C",
     "none", ""},                                 // a conversion
    {"40 degrees Celsius", "104 F", "none", ""},  // a conversion
    {"12%", "12.3%", "compatible-rounding",
     "12.3% lies within the rounding window of 12% (11.5\xE2\x80\x93"
     "12.5)"},
    {"33.27%", "33.3%", "compatible-rounding",
     "33.27% lies within the rounding window of 33.3% (33.25\xE2\x80\x93"
     "33.35)"},
    {"12%", "14%", "conflict",
     "12% vs 14%: 14% apart; the values they allow (11.5\xE2\x80\x93"
     "12.5; 13.5\xE2\x80\x93"
     "14.5) do not overlap"},
    {"74%", "74.0%", "none", ""},
    {"3%", "3 percentage points", "unit-mismatch",
     "3% is a level in percent and 3 percentage points a change in percentage points: percent and percentage points do "
     "not compare"},
    {"0.5 percentage point", "50 basis points", "none", ""},
    {"half a percentage point", "50 basis points", "none", ""},
    {"a half-point", "0.5 percentage point", "none", ""},
    {"a quarter-point", "25 basis points", "none", ""},
    {"a quarter-point", "50 basis points", "conflict",
     "50 basis points vs a quarter percentage points: 50% apart; the values they allow (49.5 basis points\xE2\x80\x93"
     "50.5 basis points; 25 basis points) do not overlap"},
    {"up 2 percentage points", "2%", "unit-mismatch",
     "2% is a level in percent and up 2 percentage points a change in percentage points: percent and percentage points "
     "do not compare"},
    {"up 3%", "3%", "unit-mismatch", "3% is a percentage and up 3% is a ratio: they do not compare"},
    {"up 3.2%", "rose 3.2 percent", "none", ""},
    {"up 3.2%", "+3.2%", "none", ""},
    {"up 3.2%", "up 3%", "compatible-rounding",
     "up 3.2% lies within the rounding window of up 3% (2.5%\xE2\x80\x93"
     "3.5%)"},
    {"up 3.2%", "up 4%", "conflict",
     "up 3.2% vs up 4%: 0.8% apart; the values they allow (3.15%\xE2\x80\x93"
     "3.25%; 3.5%\xE2\x80\x93"
     "4.5%) do not overlap"},
    {"down 0.5%", "fell 0.5 per cent", "none", ""},
    {"down 0.5%", "-0.5%", "none", ""},
    {"down 0.5%", "up 0.5%", "conflict",
     "down 0.5% vs up 0.5%: 1.0% apart; the values they allow (0.45%\xE2\x80\x93"
     "0.55%; -0.55%\xE2\x80\x93-0.45%) do not overlap"},
    {"doubled", "up 100%", "none", ""},
    {"doubled", "tripled", "conflict",
     "doubled vs tripled: 33% apart; the values they allow (2 times; 3 times) do not overlap"},
    {"nearly doubled", "up 90%", "compatible-bound",
     "nearly doubled (1.8 times\xE2\x80\x93"
     "2.2 times) covers up 90%"},
    {"halved", "down 50%", "none", ""},
    {"fell by a quarter", "down 25%", "none", ""},
    {"three-fold", "tripled", "none", ""},
    {"2.5 times", "up 150%", "none", ""},
    {"up 40%", "1.4 times", "none", ""},
    {"two-thirds", "67%", "compatible-rounding",
     "66.6667% lies within the rounding window of 67% (66.5\xE2\x80\x93"
     "67.5)"},
    {"two-thirds", "66.7%", "compatible-rounding",
     "66.6667% lies within the rounding window of 66.7% (66.65\xE2\x80\x93"
     "66.75)"},
    {"two-thirds", "70%", "compatible-rounding",
     "66.6667% lies within the rounding window of 70% (65\xE2\x80\x93"
     "75)"},
    {"three-quarters", "75%", "none", ""},
    {"a fifth", "20%", "none", ""},
    {"one in three", "33%", "compatible-rounding",
     "33.3333% lies within the rounding window of 33% (32.5\xE2\x80\x93"
     "33.5)"},
    {"one in three", "a third", "none", ""},
    // A fraction or percentage that is the proportion's share exactly: nothing was rounded.
    {"one in three", "8 of 24", "none", ""},
    {"three-quarters", "9 of 12", "none", ""},
    {"75%", "9 of 12", "none", ""},
    {"one in three", "9 of 24", "conflict", "33.3333% vs 9 of 24 (37.5%): at least 4.2 percentage points apart"},
    {"one in every four", "25%", "none", ""},
    {"more than a quarter", "30%", "compatible-bound",
     "30% (25\xE2\x80\x93"
     "35) and more than 25% (25\xE2\x80\x93"
     "100) overlap"},
    {"more than a quarter", "20%", "conflict",
     "20% vs more than 25%: 20% apart; the values they allow (15\xE2\x80\x93"
     "25; 25\xE2\x80\x93"
     "100) do not overlap"},
    {"nearly half", "48%", "compatible-bound",
     "half (45\xE2\x80\x93"
     "55%) covers 48%"},
    {"3 out of 10", "30%", "none", ""},
    {"3 out of 10", "31%", "conflict", "3 of 10 (30.0%) vs 31%: at least 0.5 percentage points apart"},
    {"15 per 100,000", "0.015%", "none", ""},
    {"3.42 million", "3,418,602", "compatible-rounding",
     "3,418,602 lies within the rounding window of 3,420,000 (3,415,000\xE2\x80\x93"
     "3,425,000)"},
    {"3.42 million", "3,500,000", "conflict",
     "3,420,000 vs 3,500,000: 2% apart; the values they allow (3,415,000\xE2\x80\x93"
     "3,425,000; 3,450,000\xE2\x80\x93"
     "3,550,000) do not overlap"},
    {"magnitude 6.4", "6.4-magnitude", "none", ""},
    {"magnitude 6.4", "M6.4", "none", ""},
    {"magnitude 6.4", "magnitude 6.5", "conflict",
     "magnitude 6.4 vs magnitude 6.5: 2% apart; the values they allow (6.35\xE2\x80\x93"
     "6.45; 6.45\xE2\x80\x93"
     "6.55) do not overlap"},
    {"magnitude 6.4", "magnitude 6", "compatible-rounding",
     "magnitude 6.4 lies within the rounding window of magnitude 6 (5.5\xE2\x80\x93"
     "6.5)"},
    {"aged 71", "71-year-old", "none", ""},
    {"aged 71", "aged 72", "conflict", "aged 71 vs aged 72: 1% apart; the values they allow (71; 72) do not overlap"},
    {"fourth term", "4th term", "none", ""},
    {"fourth term", "fifth term", "conflict",
     "4th term vs 5th term: 20% apart; the values they allow (4 term; 5 term) do not overlap"},
    {"183 people", "$183", "unit-mismatch", "$183 is money and 183 is a count: they do not compare"},
    {"183 people", "183 km", "unit-mismatch", "183 is a count and 183 km is a length: they do not compare"},
    {"40 km", "40 kg", "unit-mismatch", "40 kg is a mass and 40 km is a length: they do not compare"},
    {"3%", "$3 billion", "unit-mismatch", "$3 billion is money and 3% is a percentage: they do not compare"},
    {"doubled", "2 people", "unit-mismatch", "2 is a count and doubled is a ratio: they do not compare"},
    {"up 12 people", "12 people", "unit-mismatch", "up 12 people is a change and 12 a level: they do not compare"},
    {"1,300 years", "1,300 km", "unit-mismatch",
     "1,300 km is a length and 1,300 years is a duration: they do not compare"},
    {"1,300 years", "aged 1,300", "unit-mismatch",
     "1,300 years is a duration and aged 1,300 is an age: they do not compare"},
    {"$3 billion", "3 billion people", "unit-mismatch",
     "$3 billion is money and 3,000,000,000 is a count: they do not compare"},
    {"a loss of $3m", "down $3 million", "none", ""},
};

}  // namespace

TEST_CASE("numeric with units: each pair's verdict and explanation", "[numeric][units]") {
    check_pairs(pairs);
}

TEST_CASE("numeric with units: amounts in two currencies compare at a declared rate", "[numeric][units]") {
    Rate usd_krw;
    usd_krw.from = "USD";
    usd_krw.to = "KRW";
    usd_krw.rate = 1380;
    const std::vector<Rate> rates{usd_krw};
    // 1.66 trillion won is $1.203 billion at 1,380: a conversion within its rounding.
    CHECK(verdict_of("$1.2 billion", "1.66 trillion won", rates).verdict == "none");
    CHECK(verdict_of("1.66 trillion won", "$1.2 billion", rates).verdict == "none");
    // The same currency rounded: still a rounding to report.
    CHECK(verdict_of("$1.2 billion", "$1.23 billion", rates).verdict == "compatible-rounding");
    CHECK(verdict_of("$1.2 billion", "2.3 trillion won", rates).verdict == "conflict");
    CHECK(verdict_of("about $1.2 billion", "KRW 1.7 trillion", rates).verdict == "compatible-bound");
    // No rate for euros: still a mismatch.
    CHECK(verdict_of("$1.2 billion",
                     "\xE2\x82\xAC"
                     "1.1 billion",
                     rates)
              .verdict == "unit-mismatch");
    const Outcome f = verdict_of("$1.2 billion", "2.3 trillion won", rates);
    CHECK_THAT(f.explanation, Catch::Contains("trillion won"));
}

TEST_CASE("numeric with units: one exact share written as a fraction and as a proportion is one value",
          "[numeric][units]") {
    // Each side's share is computed from its own numbers; they must meet
    // exactly, with no tolerance for the last bits of a double.
    const std::vector<std::pair<const char*, const char*>> same_share{
        {"one in three", "8 of 24"},        {"two-thirds", "16 of 24"},    {"a fifth", "3 of 15"},
        {"one in every four", "25 of 100"}, {"three-quarters", "9 of 12"}, {"one in seven", "3 of 21"},
        {"one in nine", "7 of 63"},         {"two in three", "14 of 21"},  {"3 out of 10", "30%"},
        {"one in six", "5 of 30"},          {"a third", "11 of 33"},       {"one in eleven", "7 of 77"},
    };
    for (const auto& [a, b] : same_share) {
        CAPTURE(a, b);
        CHECK(verdict_of(a, b).verdict == "none");
        CHECK(verdict_of(b, a).verdict == "none");
    }
}
