// Units and currencies: the newsroom's words (data/units.tsv,
// data/currencies.tsv, data/subunits.tsv) in front of the UDUNITS-2 units
// library, and the units figures are shown in. A service below the grammar
// and the comparison engine; no Spirit here. The UDUNITS database is read once, the first time a physical unit is
// looked up; each unit word's converter is kept once found. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "units/dimension.hpp"

namespace claimcheck::units {

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

// A rate of two units written "A per B", "A an B" or "A a B" ("miles an
// hour", "km per hour"), read through UDUNITS-2 as A/B when that is a
// dimension claimcheck compares (a speed); nullopt otherwise.
std::optional<Unit> find_unit_per(std::string_view numerator, std::string_view denominator, bool library);

// A unit word that is not read as written but is in lower case ("T": t is
// the tonne, T the tesla; "M"): its lower-case form, for the hint of an
// error. Case tells unit symbols apart, so claimcheck does not fold it.
std::optional<std::string> case_variant(std::string_view words);

// The value `x` written in `unit`, in the dimension's canonical unit
// (metres, square metres, kilograms, cubic metres, metres per second,
// kelvin, days). Increasing in x.
double to_canonical(const Unit& unit, double x);
// The inverse: a canonical value in `unit`.
double from_canonical(const Unit& unit, double x);

// Every unit word of the newsroom table (running text reads only these; "did
// you mean" hints come from them).
const std::vector<std::string>& unit_words();

// ---------------------------------------------------------------- multipliers

struct Multiplier {
    std::string word;  // "lakh", "bn"
    double factor = 1;
    enum class Place { word, suffix, suffix_after_currency } place = Place::word;
};
const std::vector<Multiplier>& multipliers();

// ---------------------------------------------------------------- currencies

// The forms of data/currencies.tsv first, then what ICU knows of every ISO
// 4217 currency the table does not already name: its code, its English
// names ("kuwaiti dinar", "kuwaiti dinars") and the last word of those names
// where only one currency has it ("ringgit", "shekels").
struct CurrencyForm {
    std::string form;  // "$", "USD", "won"
    std::string code;  // ISO 4217
    bool before = false;
    bool after = false;
    bool glued = false;     // a sign written against the number: "$1.2bn", "₹4.5 billion"
    bool iso_code = false;  // the code itself: read only in capitals ("42 ALL" is the lek, "all" is no currency)
    bool bare = false;      // a name without its country ("ringgit"): read in a value, not in running text
    bool icu = false;       // from ICU rather than data/currencies.tsv
};
const std::vector<CurrencyForm>& currency_forms();

// The ISO 4217 codes a one-word currency name written after a number stands
// for: one ("dollars": USD, "ringgit": MYR), or, for a name several
// currencies share and data/currencies.tsv does not decide ("dinars"), all
// of them (BHD, DZD, IQD, JOD, KWD, LYD, RSD, TND), which a value must then
// tell apart by the country ("Kuwaiti dinars") or the code. Empty for any
// other word.
std::vector<std::string> currencies_named(std::string_view noun);

// Every currency a one-word name can be the last word of, whatever the table
// decides ("dollars": AUD, BBD, ..., USD, XCD; "ringgit": MYR), sorted: the
// candidates an error lists for "40 million Aussie dollars".
std::vector<std::string> currencies_called(std::string_view noun);

// Whether `form` is a currency sign written against the number ("$", "₹",
// "US$"), not a word or code spaced from it ("Rs", "USD", "won"): the
// `glued` column of data/currencies.tsv, matched without regard to case.
// The grammar writes a value's sign so, and explanations their figures.
bool glued_sign(std::string_view form);

// The plural name a currency is written with after a number, for
// explanations ("won", "dollars"), or the code when there is none.
std::string currency_name(std::string_view code);

// ---------------------------------------------------------------- subunits

// A word read only as a later part of a compound amount (data/subunits.tsv):
// a currency's subunit ("cents": 0.01 of USD, EUR ...) or a short unit word
// ("in": inch).
struct Subunit {
    std::string word;                // lower-cased
    std::vector<std::string> codes;  // the currencies it divides (none for a unit word)
    double fraction = 0;             // of one main unit
    std::string unit;                // a unit word's unit (empty for a currency's subunit)
};
const std::vector<Subunit>& subunits();

// The fraction of one `code` that the subunit `word` is ("cents", "USD" →
// 0.01), or nullopt.
std::optional<double> currency_subunit(std::string_view word, std::string_view code);

// A unit word of a compound's later part: a unit (find_unit) or a unit word
// of data/subunits.tsv ("in").
std::optional<Unit> find_part_unit(std::string_view word, bool library);

// ---------------------------------------------------------------- named units

// The dimension a topic's `unit` names: "km" → length, "won" or "USD" →
// money, "%" → percent, "people" → count (any word no table knows).
Dimension unit_dimension(std::string_view unit);

// A unit figures are shown in: a topic's `unit` (story.toml), which its
// claims are converted into for display, or a quantity's written unit. A
// canonical figure x is `in_named_unit(unit, x)` in it (canonical = offset +
// scale * shown). `named_unit` reads a topic's unit: "km" → a length in km;
// "years" → a duration in years; "basis points" → points at 0.01; "KRW" or
// "won" → money shown as "won" after the number; "$" → money with the sign
// before it; "%" → percent; a word no table knows ("people") → a count.
struct NamedUnit {
    Dimension dimension = Dimension::count;
    std::string written;   // "km", "years", "won", "$", "%", "basis points"
    bool before = false;   // written before the number ("$")
    std::string currency;  // money: the ISO 4217 code
    double scale = 1;
    double offset = 0;
};
NamedUnit named_unit(std::string_view unit);
// named_unit, remembered per thread for the last units asked for: a topic's
// unit is read for each of its claims, and one reading costs as much as
// parsing a short value. The same result as named_unit.
NamedUnit remembered_named_unit(std::string_view unit);
double in_named_unit(const NamedUnit& unit, double canonical);

// The ISO 4217 codes claimcheck reads: those of data/currencies.tsv (the
// newsroom's usual currencies) first, then ICU's others, each sorted, so a
// "did you mean" offers the usual currency first ('USX': 'USD', not 'UGX').
std::vector<std::string> currency_codes();

}  // namespace claimcheck::units
