// §6.3 naming, the verdicts: what two names equal at a rung are called and
// how the explanation names the rule (the generic terms, the romanisation
// system and its rules, the scripts ICU read), and what no rung explains.
// The family's verdicts are the naming rows of `verdict_table`
// (src/model/verdict.hpp).
#include "compare/naming/explain.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>

namespace claimcheck::compare::naming {

namespace {

PairVerdict make_verdict(Verdict verdict, std::string explanation, std::string assumption) {
    return PairVerdict{verdict, std::move(explanation), std::move(assumption), ""};
}

std::string capitalised(std::string_view word) {
    std::string out(word);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

// The generic terms in play between two names ("-ji = Temple", "'Inc' dropped").
std::string generic_terms_used(const Ladder& a, const Ladder& b) {
    std::set<std::string> used;
    const std::string base_a = join(fold_long_vowels(a.readings.front()));
    const std::string base_b = join(fold_long_vowels(b.readings.front()));
    auto has_suffix = [](const std::string& joined, const std::string& suffix) {
        return joined.size() > suffix.size() + 1 && joined.ends_with(suffix);
    };
    for (const auto& term : romanisation::generic_terms()) {
        for (const auto& suffix : term.suffixes) {
            if (has_suffix(base_a, suffix) != has_suffix(base_b, suffix)) {
                used.insert(fmt::format("-{} = {}", suffix, capitalised(term.meaning)));
            }
        }
    }
    if (used.empty()) {
        std::vector<std::string> dropped;
        std::set_symmetric_difference(a.generic_words.begin(), a.generic_words.end(), b.generic_words.begin(),
                                      b.generic_words.end(), std::back_inserter(dropped));
        for (const auto& word : dropped) {
            used.insert(fmt::format("'{}' dropped", capitalised(word)));
        }
    }
    return fmt::format("{}", fmt::join(used, ", "));
}

// The romanisation that made two names equal, and the rules it used.
struct Romanisation {
    const romanisation::System* system = nullptr;
    romanisation::Trace trace;
};

Romanisation romanisation_between(const Ladder& a, const Ladder& b) {
    Romanisation out;
    const std::optional<int> index = transliteration_system(a, b);
    if (!index) {
        return out;
    }
    if (*index < 0) {
        out.system = &romanisation::system("wade-giles");
        return out;
    }
    out.system = &romanisation::systems()[static_cast<std::size_t>(*index)];
    const auto& keys_b = b.transliterations().systems[static_cast<std::size_t>(*index)];
    for (const auto& ra : a.readings) {
        for (const auto& rb : b.readings) {
            for (bool folded : {false, true}) {
                const auto x = folded ? fold_long_vowels(ra) : ra;
                const auto y = folded ? fold_long_vowels(rb) : rb;
                if (join(romanisation::apply(*out.system, x)) == join(romanisation::apply(*out.system, y)) &&
                    keys_b.count(join(romanisation::apply(*out.system, y))) > 0) {
                    out.trace = romanisation::trace(*out.system, x, y);
                    return out;
                }
            }
        }
    }
    return out;
}

// Only voicing rules, all on one side: a Japanese name read through Korean
// spelling (Josei / Chosei), not two Korean romanisations.
bool only_voicing(const romanisation::System& system, const romanisation::Trace& trace) {
    if (!trace.voicing || trace.changed_side < 0) {
        return false;
    }
    return std::all_of(trace.rules.begin(), trace.rules.end(), [&](const std::string& name) {
        return std::any_of(system.rules.begin(), system.rules.end(),
                           [&](const romanisation::Rule& rule) { return rule.name == name && rule.voicing; });
    });
}

}  // namespace

// The script conversions in play: "" when both names are in Latin letters
// (or both in one script read the same way).
std::string scripts_read(const Ladder& a, const Ladder& b) {
    if (a.script_system == b.script_system) {
        return {};
    }
    std::vector<std::string> systems;
    for (const auto* s : {&a.script_system, &b.script_system}) {
        if (!s->empty()) {
            systems.push_back(*s);
        }
    }
    return fmt::format("{}", fmt::join(systems, "; "));
}

PairVerdict transliteration_verdict(const Ladder& a, const Ladder& b, Rung rung) {
    const std::string qa = in_quotes(a.name);
    const std::string qb = in_quotes(b.name);
    const std::string scripts = scripts_read(a, b);
    const Romanisation found = rung == Rung::transliteration ? romanisation_between(a, b) : Romanisation{};
    std::vector<std::string> notes;
    if (!scripts.empty()) {
        notes.push_back(scripts);
    }
    notes.insert(notes.end(), found.trace.rules.begin(), found.trace.rules.end());
    const std::string rules = notes.empty() ? "" : fmt::format(" ({})", fmt::join(notes, ", "));
    std::string explanation;
    std::string assumption = fmt::format("same name if {} and {} are two romanisations of one name", qa, qb);
    if (found.system == nullptr) {
        explanation = fmt::format("{} and {} are the same name written in two scripts{}", qa, qb, rules);
    } else if (only_voicing(*found.system, found.trace) && !found.system->voiced_name.empty()) {
        // The side the voicing rules did not touch has the voiced spelling.
        explanation = fmt::format("{} and {} are {}{}", qa, qb, found.system->voiced_name, rules);
        assumption = fmt::format(fmt::runtime(found.system->voiced_assumption),
                                 fmt::arg("voiced", found.trace.changed_side == 0 ? qb : qa),
                                 fmt::arg("unvoiced", found.trace.changed_side == 0 ? qa : qb));
    } else {
        explanation = fmt::format("{} and {} are {}{}", qa, qb, found.system->name, rules);
    }
    return make_verdict(Verdict::transliteration, std::move(explanation), std::move(assumption));
}

// A verdict for two names equal at `rung` (both in Latin letters).
PairVerdict rung_verdict(const Ladder& a, const Ladder& b, Rung rung) {
    const std::string qa = in_quotes(a.name);
    const std::string qb = in_quotes(b.name);
    switch (rung) {
        case Rung::style:
            return make_verdict(Verdict::style,
                                fmt::format("{} and {} differ only in case, hyphens, spacing or punctuation", qa, qb),
                                "same name written in a different style");
        case Rung::diacritics:
            return make_verdict(
                Verdict::diacritics,
                fmt::format("{} and {} differ only in diacritics, letters written another way (ı/i, ß/ss, ø/oe) "
                            "or long-vowel spelling (ō/ou/o, ū/uu/u)",
                            qa, qb),
                fmt::format("same name if {} and {} spell the same letters", qa, qb));
        case Rung::order:
            return make_verdict(Verdict::order, fmt::format("{} and {} are the same names in another order", qa, qb),
                                "same person if one source puts the family name first and the other last");
        case Rung::generic: {
            const std::string terms = generic_terms_used(a, b);
            return make_verdict(
                Verdict::generic_term,
                fmt::format("{} and {} differ only in a generic term{}", qa, qb,
                            terms.empty() ? "" : " (" + terms + ")"),
                fmt::format("same place if {} and {} name it with and without its generic term", qa, qb));
        }
        default:
            return transliteration_verdict(a, b, rung);
    }
}

PairVerdict registered_variant(std::string_view a, std::string_view b, const Entity& entity) {
    return make_verdict(Verdict::registered_variant,
                        fmt::format("{} and {} are both registered spellings of {} (house spelling {})", in_quotes(a),
                                    in_quotes(b), entity.id, in_quotes(entity.name)),
                        fmt::format("same entity, as story.toml records for {}", entity.id));
}

std::optional<PairVerdict> lookalike_verdict(const Ladder& a, const Ladder& b) {
    const Ladder& mixed = a.lookalikes.empty() ? b : a;
    if (mixed.lookalikes.empty()) {
        return std::nullopt;
    }
    std::vector<std::string> letters;
    for (const auto& letter : mixed.lookalikes) {
        letters.push_back(fmt::format("'{}' (U+{:04X}, {})", letter.letter, letter.code_point, letter.script));
    }
    const Ladder& other = a.lookalikes.empty() ? a : b;
    const bool one = letters.size() == 1;
    return make_verdict(
        Verdict::near_miss,
        fmt::format("{} writes {} among Latin letters, {}: read as {}, it is the name {} (a lookalike letter, "
                    "not a transliteration)",
                    in_quotes(mixed.name), fmt::join(letters, ", "),
                    one ? "a letter of another script that looks like a Latin one"
                        : "letters of another script that look like Latin ones",
                    one ? "that Latin letter" : "those Latin letters", in_quotes(other.name)),
        fmt::format("same name if {} was meant in Latin letters", in_quotes(mixed.name)));
}

std::optional<PairVerdict> script_mismatch(const Ladder& a, const Ladder& b) {
    if (a.scripts == b.scripts || (a.unread.empty() && b.unread.empty())) {
        return std::nullopt;
    }
    std::vector<std::string> why;
    for (const Ladder* side : {&a, &b}) {
        if (!side->unread.empty()) {
            why.push_back(side->unread);
        }
    }
    const Ladder& other = a.unread.empty() ? a : b;
    const Ladder& unread = a.unread.empty() ? b : a;
    return make_verdict(Verdict::script_mismatch,
                        fmt::format("{} and {} are written in different scripts and cannot be compared: {}",
                                    in_quotes(a.name), in_quotes(b.name), fmt::join(why, "; ")),
                        fmt::format("same name if {} is how {} is spelt in {}; an [[entity]] that lists both "
                                    "spellings says so",
                                    in_quotes(other.name), in_quotes(unread.name),
                                    other.scripts.empty() ? "Latin letters" : other.scripts + " letters"));
}

PairVerdict unexplained(const Ladder& a, const Ladder& b, const Entity* ea, const Entity* eb) {
    const std::string qa = in_quotes(a.name);
    const std::string qb = in_quotes(b.name);
    const std::string plain_a = join(fold_long_vowels(a.words));
    const std::string plain_b = join(fold_long_vowels(b.words));
    const std::size_t longest = std::max(text::code_points(plain_a), text::code_points(plain_b));
    const std::size_t typo = std::max<std::size_t>(1, longest / 4);  // the most letters a typo changes
    const std::size_t distance = text::edit_distance(plain_a, plain_b, typo);
    if (distance <= typo) {
        return make_verdict(Verdict::near_miss,
                            fmt::format("{} and {} differ by {} letter{} that no folding rule explains (a likely typo)",
                                        qa, qb, distance, distance == 1 ? "" : "s"),
                            fmt::format("same name if {} or {} is misspelt", qa, qb));
    }
    std::string entities_named;
    if (ea != nullptr && eb != nullptr) {
        entities_named = fmt::format(" ({} is {}, {} is {})", qa, ea->id, qb, eb->id);
    }
    return make_verdict(Verdict::naming_conflict,
                        fmt::format("{} and {} are different names{}", qa, qb, entities_named), "");
}

}  // namespace claimcheck::compare::naming
