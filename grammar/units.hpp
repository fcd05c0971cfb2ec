// Units and currencies (spec §5 "Units"): the newsroom's words (data/units.tsv,
// data/currencies.tsv) in front of the UDUNITS-2 units library. No Spirit
// here. The UDUNITS database is read once, the first time a physical unit is
// looked up; each unit word's converter is kept once found. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/value.hpp"

namespace claimcheck::grammar::units {

// A physical or time unit resolved to its dimension, with the conversion of
// a number written in it into the dimension's canonical unit.
struct Unit {
    Dimension dimension = Dimension::count;
    std::string written;  // as the newsroom writes it, lower-cased unless case matters ("km", "°C", "F")
    int id = -1;          // the memoised converter
};

// A unit word or phrase: the newsroom table first, then (when `library` is
// set) whatever UDUNITS-2 reads as a length, area, mass, volume, speed,
// temperature or duration. nullopt for words that are not units ("people").
std::optional<Unit> find_unit(std::string_view words, bool library);

// The value `x` written in `unit`, in the dimension's canonical unit
// (metres, square metres, kilograms, cubic metres, metres per second,
// kelvin, days). Increasing in x.
double to_canonical(Unit const& unit, double x);
// The inverse: a canonical value in `unit`.
double from_canonical(Unit const& unit, double x);

// Every unit word of the newsroom table (running text reads only these; "did
// you mean" hints come from them).
std::vector<std::string> const& unit_words();

// ---------------------------------------------------------------- multipliers

struct Multiplier {
    std::string word;  // "lakh", "bn"
    double factor = 1;
    enum class Place { word, suffix, suffix_after_currency } place = Place::word;
};
std::vector<Multiplier> const& multipliers();

// ---------------------------------------------------------------- currencies

struct CurrencyForm {
    std::string form;  // "$", "USD", "won"
    std::string code;  // ISO 4217
    bool before = false;
    bool after = false;
};
std::vector<CurrencyForm> const& currency_forms();

// The plural name a currency is written with after a number, for
// explanations ("won", "dollars"), or the code when there is none.
std::string currency_name(std::string_view code);

}  // namespace claimcheck::grammar::units
