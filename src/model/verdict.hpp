// The verdicts of the comparison engine (spec §6) and the policy that goes
// with each: its kind, its name in every output, its severity, its rank among
// the verdicts of one severity, and the sentence that describes it as a SARIF
// rule. `verdict_table` is the single statement of that policy: the engine,
// the renderers, the gate and SARIF's rule list all read it, and a test holds
// it against the verdict tables of docs/engine.md.
//
// To add a verdict: add an enumerator, add its row at the same position in
// `verdict_table` (the static_assert below checks the order), and add the row
// to the kind's verdict table in docs/engine.md (worst first).
#pragma once

#include "model/diagnostics.hpp"
#include "model/kind.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace claimcheck {

enum class Verdict {
    // numeric (§6.1)
    numeric_conflict,
    unit_mismatch,
    compatible_rounding,
    compatible_bound,
    compatible_share,
    scope_difference,
    precision_drift,
    possible_mislabel,
    estimate_as_count,
    bound_as_estimate,
    interval_mismatch,
    // temporal (§6.2)
    temporal_conflict,
    partial_overlap,
    compatible_precision,
    offset_twice,
    // naming (§6.3)
    naming_conflict,
    transliteration,
    near_miss,
    house_style,
    style,
    diacritics,
    generic_term,
    registered_variant,
    order,
    accepted_form,
    script_mismatch,
    // framing (§6.4)
    framing_conflict,
    divergence,
    curation_mismatch,
    nuance,
    superseded,
    scale_mismatch,
    stale,
    // quote (§6.5)
    quote_conflict,
    reworded,
    excerpt,
};

struct VerdictInfo {
    Verdict verdict;
    Kind kind;              // the rule family that gives it
    std::string_view name;  // as outputs spell it: "compatible-rounding"
    Severity severity;
    int rank;                      // order among verdicts of one kind and severity: higher is worse
    std::string_view description;  // one sentence: the SARIF rule's short description
};

// In enum order. SARIF rule indexes follow this order, so new rows go at the
// end of their kind.
inline constexpr std::array verdict_table{
    // clang-format off
    VerdictInfo{Verdict::numeric_conflict, Kind::quantity, "conflict", Severity::error, 100,
                "The figures cannot both be true."},
    VerdictInfo{Verdict::unit_mismatch, Kind::quantity, "unit-mismatch", Severity::warning, 60,
                "The figures are in units that do not convert."},
    VerdictInfo{Verdict::compatible_rounding, Kind::quantity, "compatible-rounding", Severity::warning, 50,
                "The figures differ, but one is the other rounded at its stated precision."},
    VerdictInfo{Verdict::compatible_bound, Kind::quantity, "compatible-bound", Severity::note, 40,
                "The figures differ, but a bound or approximator covers the other."},
    VerdictInfo{Verdict::compatible_share, Kind::quantity, "compatible-share", Severity::note, 30,
                "A share and a count agree given the total."},
    VerdictInfo{Verdict::scope_difference, Kind::quantity, "scope-difference", Severity::note, 20,
                "The figures count different groups (a subgroup and the total)."},
    VerdictInfo{Verdict::precision_drift, Kind::quantity, "precision-drift", Severity::note, 10,
                "The same number, but a qualifier was added or dropped."},
    VerdictInfo{Verdict::possible_mislabel, Kind::quantity, "possible-mislabel", Severity::warning, 55,
                "A figure without a scope equals a subgroup's figure: one of them may be mislabelled."},
    VerdictInfo{Verdict::estimate_as_count, Kind::quantity, "estimate-as-count", Severity::warning, 52,
                "An estimate with an interval is reported elsewhere as a plain count."},
    VerdictInfo{Verdict::bound_as_estimate, Kind::quantity, "bound-as-estimate", Severity::warning, 58,
                "A bound of an estimate's interval is reported elsewhere as the figure."},
    VerdictInfo{Verdict::interval_mismatch, Kind::quantity, "interval-mismatch", Severity::warning, 54,
                "The same estimate is given with different intervals."},

    VerdictInfo{Verdict::temporal_conflict, Kind::date, "conflict", Severity::error, 100,
                "The dates cannot both be true."},
    VerdictInfo{Verdict::partial_overlap, Kind::date, "partial-overlap", Severity::warning, 50,
                "The dates overlap only in part."},
    VerdictInfo{Verdict::compatible_precision, Kind::date, "compatible-precision", Severity::note, 10,
                "One date lies within the other, less precise one."},
    VerdictInfo{Verdict::offset_twice, Kind::date, "offset-twice", Severity::error, 110,
                "Two times differ by exactly a time zone's offset: an offset applied twice or a time read in the "
                "wrong zone."},

    VerdictInfo{Verdict::naming_conflict, Kind::name, "conflict", Severity::error, 100,
                "The names are different."},
    VerdictInfo{Verdict::transliteration, Kind::name, "transliteration", Severity::warning, 50,
                "The names are transliterated differently."},
    VerdictInfo{Verdict::near_miss, Kind::name, "near-miss", Severity::warning, 60,
                "The names are similar but no rule explains the difference (likely a typo)."},
    VerdictInfo{Verdict::house_style, Kind::name, "house-style", Severity::warning, 40,
                "A draft does not use the entity's house spelling."},
    VerdictInfo{Verdict::style, Kind::name, "style", Severity::note, 10,
                "The names differ only in case, hyphens, spacing or punctuation."},
    VerdictInfo{Verdict::diacritics, Kind::name, "diacritics", Severity::note, 20,
                "The names differ only in diacritics or long-vowel spelling."},
    VerdictInfo{Verdict::generic_term, Kind::name, "generic-term", Severity::note, 30,
                "The names differ in a generic term (-ji = temple, -san = mount, ...)."},
    VerdictInfo{Verdict::registered_variant, Kind::name, "registered-variant", Severity::note, 5,
                "Both names are listed under one entity."},
    VerdictInfo{Verdict::order, Kind::name, "order", Severity::note, 15,
                "The names are the same parts in another order (family name first or last)."},
    VerdictInfo{Verdict::accepted_form, Kind::name, "accepted-form", Severity::note, 8,
                "Accepted forms of one name: the draft keeps the house spelling, or references romanise it in two "
                "systems."},
    VerdictInfo{Verdict::script_mismatch, Kind::name, "script-mismatch", Severity::note, 3,
                "The names are written in different scripts and the reading of one cannot be known: they are not "
                "compared."},

    VerdictInfo{Verdict::framing_conflict, Kind::frame, "conflict", Severity::error, 100,
                "The sources frame the event far apart on its scale."},
    VerdictInfo{Verdict::divergence, Kind::frame, "divergence", Severity::warning, 50,
                "The sources frame the event at clearly different levels of its scale."},
    VerdictInfo{Verdict::curation_mismatch, Kind::frame, "curation-mismatch", Severity::warning, 40,
                "The curated level and the quote's own cues disagree."},
    VerdictInfo{Verdict::nuance, Kind::frame, "nuance", Severity::note, 10,
                "The sources frame the event at nearby levels of its scale."},
    VerdictInfo{Verdict::superseded, Kind::frame, "superseded", Severity::note, 5,
                "An earlier, less certain report was superseded by later reporting."},
    VerdictInfo{Verdict::scale_mismatch, Kind::frame, "scale-mismatch", Severity::note, 3,
                "The levels belong to different scales and are not compared."},
    VerdictInfo{Verdict::stale, Kind::frame, "stale", Severity::warning, 45,
                "A report published later is less certain than an earlier one."},

    VerdictInfo{Verdict::quote_conflict, Kind::quote, "conflict", Severity::error, 100,
                "The quotes share fewer than half their words."},
    VerdictInfo{Verdict::reworded, Kind::quote, "reworded", Severity::warning, 50,
                "Some quoted words were changed, added or removed."},
    VerdictInfo{Verdict::excerpt, Kind::quote, "excerpt", Severity::note, 10,
                "One quote occurs word for word inside the other."},
    // clang-format on
};

constexpr bool verdict_table_in_enum_order() {
    for (std::size_t i = 0; i < verdict_table.size(); ++i) {
        if (static_cast<std::size_t>(verdict_table[i].verdict) != i) {
            return false;
        }
    }
    return true;
}
static_assert(verdict_table_in_enum_order(), "verdict_table must list every Verdict once, in enum order");

constexpr const VerdictInfo& info(Verdict verdict) {
    return verdict_table[static_cast<std::size_t>(verdict)];
}
constexpr std::string_view to_string(Verdict verdict) {
    return info(verdict).name;
}
constexpr Severity severity_of(Verdict verdict) {
    return info(verdict).severity;
}
constexpr Kind kind_of(Verdict verdict) {
    return info(verdict).kind;
}

// True when `a` is the worse verdict: severity first, then rank.
constexpr bool worse(Verdict a, Verdict b) {
    const VerdictInfo& x = info(a);
    const VerdictInfo& y = info(b);
    if (x.severity != y.severity) {
        return x.severity > y.severity;
    }
    return x.rank > y.rank;
}

}  // namespace claimcheck
