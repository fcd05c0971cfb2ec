// §6.3 naming: name claims and entity variants.
//
// Verdicts, worst first (see docs/engine.md):
//   conflict (error)  near-miss (warning)  transliteration (warning)
//   house-style (warning, draft sources only)
//   generic-term (note)  diacritics (note)  order (note)  style (note)  registered-variant (note)
//
// The ladder's rungs, cheapest first: style, diacritics, order, generic
// term, transliteration (script conversion by ICU, Wade–Giles/Pinyin, then
// the rule systems of data/romanisation in order). Each distinct spelling is
// folded once (Names); a pair costs comparisons of prepared forms.
#include "compare/naming.hpp"

#include "compare/romanisation.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <set>
#include <utf8proc.h>

namespace claimcheck::compare {

namespace naming {

// A name folded at every rung, computed once per spelling.
struct Ladder {
    std::string name;
    std::string script_system;                       // how ICU read a name in another script ("" for Latin)
    std::string style;                               // rung 1
    std::set<std::string> diacritics;                // rung 2: every spelling of the letters
    std::vector<std::string> tokens;                 // rung 3: white-space separated parts, diacritics folded
    std::vector<std::string> words;                  // marks stripped, long vowels as written
    std::set<std::string> generic;                   // rung 4: joined readings
    std::vector<std::vector<std::string>> readings;  // rung 4 readings as words, long vowels as written
    std::set<std::string> generic_words;             // English generic words it has (for explanations)

    // Rung 5, made the first time a pair reaches it (most never do).
    struct Transliterations {
        std::set<std::string> joined;                // the readings joined (the Pinyin side of Wade–Giles)
        std::set<std::string> pinyin;                // the words read as Wade–Giles syllables
        std::vector<std::set<std::string>> systems;  // per romanisation::systems(): the readings' keys
    };
    const Transliterations& transliterations() const;

  private:
    mutable std::optional<Transliterations> transliterations_;
};

}  // namespace naming

namespace {

using naming::Ladder;

PairVerdict make_verdict(Verdict verdict, std::string explanation, std::string assumption) {
    return PairVerdict{verdict, std::move(explanation), std::move(assumption), ""};
}

bool is_word_character(char32_t cp) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO);
}

// Apostrophes join the letters around them (Ch'ing, Mary's, O'Neill).
bool is_apostrophe(char32_t cp) {
    return cp == U'\'' || cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC' || cp == U'\u02BB';
}

std::vector<std::string> split_words(std::string_view folded) {
    std::vector<std::string> words;
    std::string current;
    text::for_each_code_point(folded, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (is_word_character(cp)) {
            current.append(folded.substr(at, n));
        } else if (!is_apostrophe(cp) && !current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
        return true;
    });
    if (!current.empty()) {
        words.push_back(std::move(current));
    }
    return words;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) {
        out += word;
    }
    return out;
}

// NFKC and case folding, except letters whose folding rewrites the spelling
// (ß -> ss, İ -> i̇): those stay, for the diacritics rung to name.
std::string lower_case(std::string_view name) {
    const std::string composed = text::utf8_map(name, UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    std::string out;
    text::for_each_code_point(composed, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (cp < 0x80) {
            out += text::ascii_lower(static_cast<char>(cp));  // what case folding does to ASCII
        } else if (cp == U'ß' || cp == U'\u1E9E') {
            out += "ß";
        } else if (cp == U'\u0130') {
            out.append(composed.substr(at, n));
        } else {
            out += text::utf8_map(composed.substr(at, n), UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
        }
        return true;
    });
    return out;
}

// Words with their marks stripped (utf8proc STRIPMARK), long vowels as written.
std::vector<std::string> unmarked_words(std::string_view name) {
    return split_words(text::utf8_map(
        name, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE));
}

std::vector<std::string> fold_long_vowels(std::vector<std::string> words) {
    for (auto& word : words) {
        word = romanisation::fold_long_vowels(std::move(word));
    }
    return words;
}

// Every spelling of the name with marks stripped, letters written each way
// letters.tsv lists and long vowels folded; the plain one first.
std::vector<std::string> diacritic_spellings(std::string_view name) {
    std::vector<std::string> out{join(fold_long_vowels(unmarked_words(name)))};
    for (const auto& spelling : romanisation::letter_spellings(lower_case(name))) {
        std::string folded = join(fold_long_vowels(unmarked_words(spelling)));
        if (std::find(out.begin(), out.end(), folded) == out.end()) {
            out.push_back(std::move(folded));
        }
    }
    return out;
}

bool is_generic_word(std::string_view word, std::set<std::string_view>* meanings) {
    bool generic = false;
    for (const auto& term : romanisation::generic_terms()) {
        if (std::find(term.english.begin(), term.english.end(), word) != term.english.end()) {
            if (meanings != nullptr) {
                meanings->insert(term.meaning);
            }
            generic = true;
        }
    }
    return generic;
}

// Every reading of a name with its generic terms dropped: English generic
// words and connectives go; a suffix goes too, of the class the English word
// names, or of any class when the name has no English generic word. Words
// keep their long vowels as written.
std::vector<std::vector<std::string>> generic_readings(const std::vector<std::string>& words) {
    std::set<std::string_view> meanings;
    std::vector<std::string> base;
    for (const auto& word : words) {
        if (!is_generic_word(word, &meanings) && !romanisation::is_connective(word)) {
            base.push_back(word);
        }
    }
    if (base.empty()) {
        return {words};  // nothing but generic words: the name itself
    }
    std::vector<std::vector<std::string>> out{base};
    const std::string last = romanisation::fold_long_vowels(base.back());
    for (const auto& term : romanisation::generic_terms()) {
        if (!meanings.empty() && meanings.count(term.meaning) == 0) {
            continue;
        }
        for (const auto& suffix : term.suffixes) {
            std::vector<std::string> reading = base;
            if (last == suffix && base.size() > 1) {
                reading.pop_back();
            } else if (last.size() > suffix.size() + 1 && last.ends_with(suffix)) {
                reading.back() = last.substr(0, last.size() - suffix.size());
            } else {
                continue;
            }
            if (std::find(out.begin(), out.end(), reading) == out.end()) {
                out.push_back(std::move(reading));
            }
        }
    }
    return out;
}

std::vector<std::string> tokens_of(std::string_view name) {
    std::vector<std::string> out;
    std::string token;
    auto flush = [&] {
        std::string folded = join(fold_long_vowels(unmarked_words(token)));
        if (!folded.empty()) {
            out.push_back(std::move(folded));
        }
        token.clear();
    };
    text::for_each_code_point(name, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS || cp == U'\t' ||
            cp == U'\n' || cp == U',') {
            flush();
        } else {
            token.append(name.substr(at, n));
        }
        return true;
    });
    flush();
    return out;
}

}  // namespace

const naming::Ladder::Transliterations& naming::Ladder::transliterations() const {
    if (transliterations_) {
        return *transliterations_;
    }
    Transliterations& out = transliterations_.emplace();
    for (const auto& reading : readings) {
        out.joined.insert(join(reading));
    }
    for (const auto& pinyin : romanisation::pinyin_readings(words)) {
        out.pinyin.insert(pinyin);
    }
    for (const auto& system : romanisation::systems()) {
        std::set<std::string> keys;
        for (const auto& reading : readings) {
            keys.insert(join(romanisation::apply(system, reading)));
            keys.insert(join(romanisation::apply(system, fold_long_vowels(reading))));
        }
        out.systems.push_back(std::move(keys));
    }
    return out;
}

namespace {

// Rung 1 alone: case, punctuation and spacing folded, in Latin letters.
std::string style_of(const romanisation::Romanised& latin) {
    return naming::fold_style(latin.latin);
}

std::unique_ptr<Ladder> make_ladder(std::string_view name) {
    auto out = std::make_unique<Ladder>();
    out->name = std::string(name);
    const romanisation::Romanised latin = romanisation::to_latin(name);
    out->script_system = latin.system;
    out->style = style_of(latin);
    for (auto& spelling : diacritic_spellings(latin.latin)) {
        out->diacritics.insert(std::move(spelling));
    }
    out->tokens = tokens_of(latin.latin);
    out->words = unmarked_words(latin.latin);
    out->readings = generic_readings(out->words);
    for (const auto& reading : out->readings) {
        out->generic.insert(join(fold_long_vowels(reading)));
    }
    for (const auto& word : out->words) {
        if (is_generic_word(word, nullptr)) {
            out->generic_words.insert(word);
        }
    }
    return out;
}

bool share_any(const std::set<std::string>& a, const std::set<std::string>& b) {
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    return std::any_of(small.begin(), small.end(), [&](const std::string& x) { return large.count(x) > 0; });
}

// The same parts in another order: one name's parts rotated (family name
// first or last) spell the other.
bool reordered(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const std::string target = join(b);
    for (std::size_t k = 1; k < a.size(); ++k) {
        std::string rotated;
        for (std::size_t i = 0; i < a.size(); ++i) {
            rotated += a[(k + i) % a.size()];
        }
        if (rotated == target) {
            return true;
        }
    }
    return false;
}

enum class Rung { none, style, diacritics, order, generic, transliteration };

// The romanisation that makes two names equal: "wade-giles" or the id of a
// rule system, with the system's index (-1 for Wade–Giles), or nullopt.
std::optional<int> transliteration_system(const Ladder& a, const Ladder& b) {
    const auto& ta = a.transliterations();
    const auto& tb = b.transliterations();
    const bool wade_giles =
        std::any_of(ta.joined.begin(), ta.joined.end(), [&](const auto& x) { return tb.pinyin.count(x); }) ||
        std::any_of(tb.joined.begin(), tb.joined.end(), [&](const auto& x) { return ta.pinyin.count(x); });
    if (wade_giles) {
        return -1;
    }
    for (std::size_t i = 0; i < ta.systems.size() && i < tb.systems.size(); ++i) {
        if (share_any(ta.systems[i], tb.systems[i])) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

Rung equal_rung(const Ladder& a, const Ladder& b) {
    if (a.style == b.style) {
        return Rung::style;
    }
    if (share_any(a.diacritics, b.diacritics)) {
        return Rung::diacritics;
    }
    if (reordered(a.tokens, b.tokens) || reordered(b.tokens, a.tokens)) {
        return Rung::order;
    }
    if (share_any(a.generic, b.generic)) {
        return Rung::generic;
    }
    if (transliteration_system(a, b)) {
        return Rung::transliteration;
    }
    return Rung::none;
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

bool registered_literally(const Ladder& a, const Ladder& b, const std::vector<naming::Names::Spelling>& spellings) {
    const bool has_a =
        std::any_of(spellings.begin(), spellings.end(), [&](const auto& s) { return s.style == a.style; });
    const bool has_b =
        std::any_of(spellings.begin(), spellings.end(), [&](const auto& s) { return s.style == b.style; });
    return has_a && has_b;
}

PairVerdict registered_variant(std::string_view a, std::string_view b, const Entity& entity) {
    return make_verdict(Verdict::registered_variant,
                        fmt::format("{} and {} are both registered spellings of {} (house spelling {})", in_quotes(a),
                                    in_quotes(b), entity.id, in_quotes(entity.name)),
                        fmt::format("same entity, as story.toml records for {}", entity.id));
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

}  // namespace

namespace naming {

std::vector<std::string> style_words(std::string_view name) {
    return split_words(lower_case(name));
}

std::string fold_style(std::string_view name) {
    return join(style_words(name));
}

std::string fold_diacritics(std::string_view name) {
    return diacritic_spellings(name).front();
}

std::vector<std::string> fold_generic(std::string_view name) {
    std::set<std::string> out;
    for (const auto& reading : generic_readings(unmarked_words(name))) {
        out.insert(join(fold_long_vowels(reading)));
    }
    return {out.begin(), out.end()};
}

std::vector<std::string> fold_transliteration(std::string_view name, std::string_view system) {
    const auto ladder = make_ladder(name);
    const auto& systems = romanisation::systems();
    for (std::size_t i = 0; i < systems.size(); ++i) {
        if (systems[i].id == system) {
            const auto& keys = ladder->transliterations().systems[i];
            return {keys.begin(), keys.end()};
        }
    }
    return {};
}

Names::Names(const std::vector<Entity>& entities) {
    for (const auto& entity : entities) {
        entities_.push_back(&entity);
    }
    std::sort(entities_.begin(), entities_.end(), [](const Entity* x, const Entity* y) { return x->id < y->id; });
    for (const Entity* entity : entities_) {
        std::vector<Spelling> spellings{{entity->name, style_of(romanisation::to_latin(entity->name))}};
        for (const auto& variant : entity->variants) {
            spellings.push_back({variant, style_of(romanisation::to_latin(variant))});
        }
        spellings_.push_back(std::move(spellings));
    }
}

Names::~Names() = default;

const Ladder& Names::ladder(std::string_view name) {
    auto it = ladders_.find(name);
    if (it == ladders_.end()) {
        it = ladders_.emplace(std::string(name), make_ladder(name)).first;
    }
    return *it->second;
}

const Entity* Names::entity_for(std::string_view name) {
    if (auto known = entity_of_.find(name); known != entity_of_.end()) {
        return known->second;
    }
    const Ladder& folded = ladder(name);
    const Entity* found = nullptr;
    for (bool exact : {true, false}) {
        for (std::size_t i = 0; i < entities_.size() && found == nullptr; ++i) {
            for (const Spelling& spelling : spellings_[i]) {
                if (exact ? spelling.style == folded.style : equal_rung(folded, ladder(spelling.name)) != Rung::none) {
                    found = entities_[i];
                    break;
                }
            }
        }
    }
    entity_of_.emplace(std::string(name), found);
    return found;
}

std::optional<PairVerdict> Names::classify(std::string_view a, std::string_view b) {
    if (naming_key(a) == naming_key(b)) {
        return std::nullopt;
    }
    const Ladder& la = ladder(a);
    const Ladder& lb = ladder(b);
    const Rung rung = equal_rung(la, lb);
    if (rung == Rung::transliteration) {
        for (std::size_t i = 0; i < entities_.size(); ++i) {
            if (registered_literally(la, lb, spellings_[i])) {
                return registered_variant(a, b, *entities_[i]);  // the newsroom accepted both spellings
            }
        }
    }
    if (rung != Rung::none) {
        return scripts_read(la, lb).empty() ? rung_verdict(la, lb, rung) : transliteration_verdict(la, lb, rung);
    }
    const Entity* ea = entity_for(a);
    const Entity* eb = entity_for(b);
    if (ea != nullptr && ea == eb) {
        return registered_variant(a, b, *ea);
    }
    return unexplained(la, lb, ea, eb);
}

const Entity* Names::accepted_by(std::string_view name) {
    const std::string& style = ladder(name).style;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        if (std::any_of(spellings_[i].begin(), spellings_[i].end(),
                        [&](const Spelling& spelling) { return spelling.style == style; })) {
            return entities_[i];
        }
    }
    return nullptr;
}

const Entity* entity_for(std::string_view name, const std::vector<Entity>& entities) {
    Names names(entities);
    return names.entity_for(name);
}

std::optional<PairVerdict> classify(std::string_view a, std::string_view b, const std::vector<Entity>& entities) {
    Names names(entities);
    return names.classify(a, b);
}

}  // namespace naming

std::string naming_key(std::string_view name) {
    const std::string composed = text::utf8_map(name, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    std::string out;
    bool space = false;
    text::for_each_code_point(composed, [&](char32_t cp, std::size_t at, std::size_t n) {
        const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || category == UTF8PROC_CATEGORY_ZS) {
            space = !out.empty();
        } else {
            if (space) {
                out += ' ';
                space = false;
            }
            out.append(composed.substr(at, n));
        }
        return true;
    });
    return out;
}

namespace {

bool has_draft_claim(const ValueGroup& value) {
    return std::any_of(value.claims.begin(), value.claims.end(),
                       [](const ClaimRef& ref) { return ref.source->role == Role::draft; });
}

// Judged from the draft's side (docs/engine.md, "Severity by side"): a pair
// that a rung explains is an accepted form (a note) when a draft gives one
// of the names in the house spelling or a registered variant, or when no
// draft gives either name (two references' honest romanisations). A
// transliteration stays a warning only where a draft writes a spelling the
// newsroom has not accepted; near-misses and conflicts are never lowered.
std::optional<PairVerdict> from_the_drafts_side(PairVerdict verdict, const ValueGroup& a, const ValueGroup& b,
                                                naming::Names& names) {
    const bool explained = verdict.verdict != Verdict::near_miss && verdict.verdict != Verdict::naming_conflict;
    if (!explained) {
        return verdict;
    }
    const ValueGroup* house = nullptr;
    bool off_house = false;
    for (const ValueGroup* value : {&a, &b}) {
        if (!has_draft_claim(*value)) {
            continue;
        }
        if (names.accepted_by(std::get<NameValue>(value->first->value).text) != nullptr) {
            house = value;
        } else {
            off_house = true;
        }
    }
    if (off_house) {
        return verdict;
    }
    if (house != nullptr) {
        verdict.explanation =
            fmt::format("the draft keeps the house spelling {}: {}",
                        in_quotes(std::get<NameValue>(house->first->value).text), verdict.explanation);
    } else if (verdict.verdict != Verdict::transliteration) {
        return verdict;  // between references, the cheaper rungs keep their own names
    }
    verdict.verdict = Verdict::accepted_form;
    return verdict;
}

}  // namespace

std::optional<PairVerdict> compare_naming(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    const std::string& name_a = std::get<NameValue>(a.first->value).text;
    const std::string& name_b = std::get<NameValue>(b.first->value).text;
    std::optional<naming::Names> local;
    naming::Names& names = context.names != nullptr ? *context.names : local.emplace(context.story->entities);
    auto verdict = names.classify(name_a, name_b);
    if (!verdict) {
        return verdict;
    }
    return from_the_drafts_side(std::move(*verdict), a, b, names);
}

std::vector<ClaimFinding> check_house_style(const TopicGroup& group, naming::Names& names) {
    // Entity id -> the draft claims naming it in another spelling.
    std::map<std::string, std::pair<const Entity*, std::vector<ClaimRef>>> off_style;
    for (const auto& value : group.values) {  // once per distinct spelling
        const bool in_draft = std::any_of(value.claims.begin(), value.claims.end(),
                                          [](const ClaimRef& ref) { return ref.source->role == Role::draft; });
        if (!in_draft) {
            continue;
        }
        const std::string& name = std::get<NameValue>(value.first->value).text;
        const Entity* entity = names.entity_for(name);
        if (entity == nullptr || naming_key(name) == naming_key(entity->name)) {
            continue;
        }
        auto& slot = off_style[entity->id];
        slot.first = entity;
        for (const auto& ref : value.claims) {
            if (ref.source->role == Role::draft) {
                slot.second.push_back(ref);
            }
        }
    }
    std::vector<ClaimFinding> out;
    for (auto& [id, item] : off_style) {
        const Entity& entity = *item.first;
        ClaimFinding result;
        result.claims = item.second;
        result.discriminator = "house-style:" + id;
        Finding& finding = result.finding;
        finding.kind = FindingKind::naming;
        finding.verdict = Verdict::house_style;
        finding.severity = severity_of(finding.verdict);
        finding.topic = group.topic;
        finding.topic_label = group.declared != nullptr ? group.declared->label : "";
        std::set<std::string> spellings;
        for (const auto& ref : item.second) {
            spellings.insert(naming_key(std::get<NameValue>(ref.claim->value).text));
        }
        std::vector<std::string> written;
        for (const auto& spelling : spellings) {
            written.push_back(in_quotes(spelling));
            finding.values.push_back(spelling);
        }
        finding.values.push_back("house: " + naming_key(entity.name));
        finding.explanation = fmt::format("the draft writes {}; the house spelling of {} is {}",
                                          fmt::join(written, ", "), id, in_quotes(entity.name));
        finding.assumption = "";
        out.push_back(std::move(result));
    }
    return out;
}

}  // namespace claimcheck::compare
