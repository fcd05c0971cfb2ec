// Units and currencies: a word's unit or currency, looked up in the newsroom's
// tables (units/tables.hpp) and UDUNITS-2 (units/library.hpp).
#include "units/units.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <udunits2.h>

#include "units/iso_currencies.hpp"
#include "units/library.hpp"
#include "units/tables.hpp"
#include "util/text.hpp"

namespace claimcheck::units {

using detail::key_of;
using detail::Library;
using detail::tables;
using detail::TableUnit;

namespace {

// The currency a topic's unit names ("KRW", "won", "$"), lower-cased forms;
// an ISO code only as written, in capitals.
const CurrencyForm* currency_form_of(const std::string& key, std::string_view written) {
    static const std::map<std::string, const CurrencyForm*> forms = [] {
        std::map<std::string, const CurrencyForm*> out;
        for (const auto& form : currency_forms()) {
            out.emplace(form.iso_code ? form.form : text::ascii_lower(form.form), &form);
        }
        return out;
    }();
    auto found = forms.find(std::string(written));
    if (found == forms.end() || !found->second->iso_code) {
        found = forms.find(key);
    }
    return found == forms.end() ? nullptr : found->second;
}

}  // namespace

NamedUnit named_unit(std::string_view unit) {
    const std::string key = text::lower_words(unit);
    if (key == "%" || key == "percent" || key == "per cent") {
        return {Dimension::percent, "%", false, {}, 1, 0};
    }
    if (key == "percentage points" || key == "percentage point") {
        return {Dimension::points, "percentage points", false, {}, 1, 0};
    }
    if (key == "basis points" || key == "basis point" || key == "basis-point" || key == "bps" || key == "bp") {
        return {Dimension::points, "basis points", false, {}, 0.01, 0};
    }
    if (const auto* form = currency_form_of(key, unit)) {
        // A sign stays before the number ("$5.1 billion"); a code or a name
        // reads as the currency's name after it ("7.1 trillion won").
        const bool sign = form->before && !form->after && form->form != form->code;
        return {Dimension::money, sign ? form->form : currency_name(form->code), sign, form->code, 1, 0};
    }
    if (const auto found = find_unit(unit, true)) {
        const double offset = to_canonical(*found, 0);
        return {found->dimension, found->written, false, {}, to_canonical(*found, 1) - offset, offset};
    }
    return {Dimension::count, std::string(unit), false, {}, 1, 0};
}

double in_named_unit(const NamedUnit& unit, double canonical) {
    return (canonical - unit.offset) / unit.scale;
}

bool glued_sign(std::string_view form) {
    const auto* found = currency_form_of(text::ascii_lower(form), form);
    return found != nullptr && found->glued;
}

Dimension unit_dimension(std::string_view unit) {
    return named_unit(unit).dimension;
}

std::vector<std::string> currency_codes() {
    std::set<std::string> newsroom;
    std::set<std::string> others;
    for (const auto& form : currency_forms()) {
        (form.icu ? others : newsroom).insert(form.code);
    }
    std::vector<std::string> codes(newsroom.begin(), newsroom.end());
    std::copy_if(others.begin(), others.end(), std::back_inserter(codes),
                 [&](const std::string& code) { return !newsroom.contains(code); });
    return codes;
}

namespace {

bool all_capitals(std::string_view words) {
    return std::none_of(words.begin(), words.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A symbol written in another case than its table row that UDUNITS-2 reads,
// as written, as another unit: "Mt" is the megatonne, not the row "mt"
// (metric tons), "Mm" the megametre, not "mm". Case tells SI prefixes apart;
// a whole word ("Miles"), or a symbol in capitals ("KM"), folds to its row.
std::optional<int> other_unit_by_case(std::string_view words, const TableUnit& row, int row_id) {
    if (words == row.written || all_capitals(words) || words.find(' ') != std::string_view::npos) {
        return std::nullopt;
    }
    const int id = Library::get().converter(std::string(words), std::nullopt);
    if (id < 0) {
        return std::nullopt;
    }
    const auto& as_written = Library::get().at(id);
    const auto& as_row = Library::get().at(row_id);
    const bool same =
        as_written.dimension == as_row.dimension && as_written.factor == as_row.factor && as_written.factor != 0;
    return same ? std::nullopt : std::optional<int>(id);
}

// A symbol of the table ("hr", "gal", "kg"): a short lower-case word.
bool is_symbol(const std::string& word) {
    return !word.empty() && word.size() <= 3 && word.back() != 's' &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A word of the table written with dots or in the plural of a symbol:
// "k.g." and "g." are kg and g, "hrs", "mins", "gals", "mls" and "gs" are
// hr, min, gal, ml and g ("k.gs" both). Only the table's own words are
// derived so: "p.m." is not read as "pm" (picometres).
std::map<std::string, TableUnit>::const_iterator derived_row(const std::string& key) {
    const auto& table = tables().units;
    if (key.find(' ') != std::string::npos) {
        return table.end();
    }
    std::string undotted;
    std::copy_if(key.begin(), key.end(), std::back_inserter(undotted), [](char c) { return c != '.'; });
    if (undotted.size() < key.size()) {
        const auto found = table.find(undotted);
        if (found != table.end()) {
            return found;
        }
    }
    if (undotted.size() >= 2 && undotted.back() == 's') {
        const auto found = table.find(undotted.substr(0, undotted.size() - 1));
        if (found != table.end() && is_symbol(found->first)) {
            return found;
        }
    }
    return table.end();
}

std::optional<Unit> look_up_unit(std::string_view words, bool library) {
    const std::string key = key_of(words);
    const auto& table = tables().units;
    auto found = table.find(key);
    if (found == table.end() && library) {
        found = derived_row(key);
    }
    if (found != table.end()) {
        const int id = Library::get().converter(found->second.expression, found->second.dimension);
        if (id < 0) {
            throw std::logic_error("data/units.tsv: UDUNITS-2 cannot convert '" + found->second.expression + "'");
        }
        if (const auto other = other_unit_by_case(words, found->second, id)) {
            if (!library) {
                return std::nullopt;  // running text reads only the table's units
            }
            return Unit{Library::get().at(*other).dimension, std::string(words), *other};
        }
        return Unit{found->second.dimension, found->second.written, id};
    }
    if (!library || key.empty() || key.find(' ') != std::string::npos) {
        return std::nullopt;
    }
    // The library reads case (T is tesla, t the tonne, Mt the megatonne): ask
    // it as written, and write the unit so, so a value reads back the same.
    // A word longer than a symbol ("Furlongs") is also asked in lower case.
    std::string written(words);
    int id = Library::get().converter(written, std::nullopt);
    if (id < 0 && written.size() > 3 && written != key) {
        written = key;
        id = Library::get().converter(written, std::nullopt);
    }
    if (id < 0) {
        return std::nullopt;
    }
    return Unit{Library::get().at(id).dimension, written, id};
}

}  // namespace

std::optional<Unit> find_unit(std::string_view words, bool library) {
    // Each thread remembers its answers (the library's converters live as
    // long as the program).
    thread_local std::unordered_map<std::string, std::optional<Unit>> answers[2];
    return text::remembered(answers[library ? 1 : 0], words, [&] { return look_up_unit(words, library); });
}

namespace {

// The UDUNITS-2 expression a unit word stands for: its table row's, or the
// word itself for the library.
std::optional<std::string> expression_of(std::string_view words, bool library) {
    const auto unit = find_unit(words, library);
    if (!unit) {
        return std::nullopt;
    }
    const auto& table = tables().units;
    const auto found = table.find(key_of(words));
    return found != table.end() && found->second.written == unit->written ? found->second.expression : unit->written;
}

}  // namespace

std::optional<Unit> find_unit_per(std::string_view numerator, std::string_view denominator, bool library) {
    const auto top = expression_of(numerator, library);
    const auto bottom = expression_of(denominator, true);
    if (!top || !bottom) {
        return std::nullopt;
    }
    const int id = Library::get().converter("(" + *top + ")/(" + *bottom + ")", std::nullopt);
    if (id < 0) {
        return std::nullopt;
    }
    return Unit{Library::get().at(id).dimension, std::string(numerator) + " per " + std::string(denominator), id};
}

std::optional<std::string> case_variant(std::string_view words) {
    const std::string lower = text::ascii_lower(words);
    if (lower == words || find_unit(words, true)) {
        return std::nullopt;
    }
    const auto unit = find_unit(lower, true);
    return unit ? std::optional<std::string>(unit->written) : std::nullopt;
}

double to_canonical(const Unit& unit, double x) {
    const auto& c = Library::get().at(unit.id);
    return c.factor != 0 ? x * c.factor : cv_convert_double(c.forward, x);
}

double from_canonical(const Unit& unit, double x) {
    const auto& c = Library::get().at(unit.id);
    return c.factor != 0 ? x / c.factor : cv_convert_double(c.backward, x);
}

const std::vector<std::string>& unit_words() {
    return tables().unit_words;
}

const std::vector<Multiplier>& multipliers() {
    return tables().multipliers;
}

const std::vector<CurrencyForm>& currency_forms() {
    return tables().currencies;
}

const std::vector<Subunit>& subunits() {
    return tables().subunits;
}

std::optional<double> currency_subunit(std::string_view word, std::string_view code) {
    const std::string key = text::ascii_lower(word);
    for (const auto& s : subunits()) {
        if (s.word == key && std::find(s.codes.begin(), s.codes.end(), code) != s.codes.end()) {
            return s.fraction;
        }
    }
    return std::nullopt;
}

std::optional<Unit> find_part_unit(std::string_view word, bool library) {
    if (auto unit = find_unit(word, library)) {
        return unit;
    }
    const std::string key = text::ascii_lower(word);
    for (const auto& s : subunits()) {
        if (s.word == key && !s.unit.empty()) {
            auto unit = find_unit(s.unit, true);
            if (unit) {
                unit->written = s.word;
            }
            return unit;
        }
    }
    return std::nullopt;
}

std::string currency_name(std::string_view code) {
    for (const auto& form : currency_forms()) {
        if (form.code == code && form.after && !form.icu && form.form != form.code && form.form.back() == 's') {
            return form.form;
        }
    }
    for (const auto& form : currency_forms()) {
        if (form.code == code && form.after && !form.icu && form.form != form.code) {
            return form.form;
        }
    }
    for (const auto& c : iso_currencies()) {
        if (c.code == code && !c.plural.empty()) {
            return c.plural;  // "Kuwaiti dinars"
        }
    }
    return std::string(code);
}

std::vector<std::string> currencies_called(std::string_view noun) {
    const auto& nouns = tables().all_nouns;
    const auto found = nouns.find(text::lower_words(noun));
    return found == nouns.end() ? std::vector<std::string>() : found->second;
}

std::vector<std::string> currencies_named(std::string_view noun) {
    const std::string key = text::lower_words(noun);
    const auto& shared = tables().shared_nouns;
    if (const auto found = shared.find(key); found != shared.end()) {
        return found->second;
    }
    const auto& names = tables().one_word_names;
    const auto found = names.find(key);
    return found == names.end() ? std::vector<std::string>() : std::vector<std::string>{found->second};
}

}  // namespace claimcheck::units
