// §6.3 naming: name claims and entity variants.
//
// Verdicts, worst first (see docs/engine.md):
//   conflict (error)  near-miss (warning)  transliteration (warning)
//   house-style (warning, draft sources only)
//   generic-term (note)  diacritics (note)  style (note)  registered-variant (note)
#include "compare/naming.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>
#include <map>
#include <memory>
#include <set>
#include <utf8proc.h>

namespace claimcheck::compare {

namespace {

bool is_word_character(char32_t cp) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO);
}

std::vector<std::string> split_words(std::string_view folded) {
    std::vector<std::string> words;
    std::string current;
    text::for_each_code_point(folded, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (is_word_character(cp)) {
            current.append(folded.substr(at, n));
        } else if (!current.empty()) {
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

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    std::size_t at = 0;
    while ((at = s.find(from, at)) != std::string::npos) {
        s.replace(at, from.size(), to);
        at += to.size();
    }
    return s;
}

// ou, oo -> o; uu -> u; aa -> a (Hepburn long vowels written out).
std::string fold_long_vowels(std::string s) {
    s = replace_all(std::move(s), "ou", "o");
    s = replace_all(std::move(s), "oo", "o");
    s = replace_all(std::move(s), "uu", "u");
    s = replace_all(std::move(s), "aa", "a");
    return s;
}

// Words with their marks stripped (utf8proc STRIPMARK), long vowels as written.
std::vector<std::string> unmarked_words(std::string_view name) {
    const std::string folded = text::utf8_map(
        name, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    return split_words(folded);
}

std::vector<std::string> fold_long_vowels(std::vector<std::string> words) {
    for (auto& word : words) {
        word = fold_long_vowels(std::move(word));
    }
    return words;
}

// Generic terms: the English word, its class and the suffixes that mean it.
struct GenericTerm {
    std::string_view meaning;
    std::vector<std::string_view> english;
    std::vector<std::string_view> suffixes;
};

const std::vector<GenericTerm>& generic_terms() {
    static const std::vector<GenericTerm> terms = {
        {"temple", {"temple"}, {"ji", "dera", "tera", "sa"}},
        {"shrine", {"shrine"}, {"jinja", "jingu", "taisha"}},
        {"mount", {"mount", "mt", "mountain"}, {"san", "zan", "yama", "dake"}},
        {"river", {"river"}, {"gawa", "kawa", "gang"}},
        {"castle", {"castle"}, {"jo"}},
    };
    return terms;
}

// Every reading of a name with its generic term dropped: the English words
// go; a suffix goes too, of the class the English word names, or of any
// class when the name has no English generic word.
struct WithoutGeneric {
    std::string joined;                   // the other words, long vowels folded, joined
    std::set<std::string_view> meanings;  // of the English generic words dropped
};

WithoutGeneric without_english_generic(const std::vector<std::string>& words) {
    WithoutGeneric out;
    for (const auto& word : words) {
        bool generic = false;
        for (const auto& term : generic_terms()) {
            if (std::find(term.english.begin(), term.english.end(), word) != term.english.end()) {
                out.meanings.insert(term.meaning);
                generic = true;
            }
        }
        if (!generic) {
            out.joined += fold_long_vowels(word);
        }
    }
    return out;
}

bool has_suffix(const std::string& joined, std::string_view suffix) {
    return joined.size() > suffix.size() + 1 && joined.ends_with(suffix);
}

// `words` are unmarked_words(): English generic words are matched before
// long vowels are folded ("mount" must not become "mont").
std::vector<std::string> generic_candidates(const std::vector<std::string>& words) {
    const WithoutGeneric base = without_english_generic(words);
    std::set<std::string> out{base.joined};
    for (const auto& term : generic_terms()) {
        if (!base.meanings.empty() && base.meanings.count(term.meaning) == 0) {
            continue;
        }
        for (std::string_view suffix : term.suffixes) {
            if (has_suffix(base.joined, suffix)) {
                out.insert(base.joined.substr(0, base.joined.size() - suffix.size()));
            }
        }
    }
    return {out.begin(), out.end()};
}

bool is_lee(std::string_view word) {
    return word == "lee" || word == "yi" || word == "rhee" || word == "ri" || word == "rhie" || word == "i";
}

struct Substitution {
    std::string_view from;
    std::string_view to;
    std::string_view name;
};

const std::vector<Substitution>& substitutions() {
    static const std::vector<Substitution> rules = {
        {"eo", "o", "eo/o"}, {"ch", "j", "ch/j"}, {"sh", "s", "sh/s"},
        {"k", "g", "k/g"},   {"t", "d", "t/d"},   {"p", "b", "p/b"},
    };
    return rules;
}

std::string transliterate(std::string s) {
    for (const auto& rule : substitutions()) {
        s = replace_all(std::move(s), rule.from, rule.to);
    }
    return s;
}

std::vector<std::string> lee_words(std::vector<std::string> words) {
    for (auto& word : words) {
        if (is_lee(word)) {
            word = "lee";
        }
    }
    return words;
}

std::vector<std::string> transliteration_candidates(const std::vector<std::string>& words) {
    std::set<std::string> out;
    for (auto& candidate : generic_candidates(lee_words(words))) {
        out.insert(transliterate(candidate));
    }
    return {out.begin(), out.end()};
}

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const auto& x : a) {
        if (std::find(b.begin(), b.end(), x) != b.end()) {
            return true;
        }
    }
    return false;
}

// A name folded at every rung, computed once.
struct Ladder {
    std::string style;
    std::string diacritics;
    std::vector<std::string> words;  // marks stripped, long vowels as written
    std::vector<std::string> generic;
    std::vector<std::string> transliteration;
};

Ladder ladder(std::string_view name) {
    Ladder out;
    out.style = naming::fold_style(name);
    out.words = unmarked_words(name);
    out.diacritics = join(fold_long_vowels(out.words));
    out.generic = generic_candidates(out.words);
    out.transliteration = transliteration_candidates(out.words);
    return out;
}

enum class Rung { none, style, diacritics, generic, transliteration };

Rung equal_rung(const Ladder& a, const Ladder& b) {
    if (a.style == b.style) {
        return Rung::style;
    }
    if (a.diacritics == b.diacritics) {
        return Rung::diacritics;
    }
    if (share_any(a.generic, b.generic)) {
        return Rung::generic;
    }
    if (share_any(a.transliteration, b.transliteration)) {
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

// The generic terms in play between two names ("-ji = Temple").
std::string generic_terms_used(const Ladder& a, const Ladder& b) {
    const WithoutGeneric wa = without_english_generic(a.words);
    const WithoutGeneric wb = without_english_generic(b.words);
    std::set<std::string> used;
    for (const auto& term : generic_terms()) {
        for (std::string_view suffix : term.suffixes) {
            if (has_suffix(wa.joined, suffix) != has_suffix(wb.joined, suffix)) {
                used.insert(fmt::format("-{} = {}", suffix, capitalised(term.meaning)));
            }
        }
    }
    if (used.empty()) {
        for (const auto& term : generic_terms()) {
            if ((wa.meanings.count(term.meaning) > 0) != (wb.meanings.count(term.meaning) > 0)) {
                used.insert(fmt::format("'{}' dropped", capitalised(term.meaning)));
            }
        }
    }
    std::vector<std::string> list(used.begin(), used.end());
    return fmt::format("{}", fmt::join(list, ", "));
}

struct TransliterationTrace {
    std::vector<std::string> rules;  // the rules that brought the names closer
    int changed_side = -1;           // 0: only a's spelling changed, 1: only b's, -1: both or neither
};

// Replays the transliteration rules on the closest pair of generic readings
// and keeps the rules that brought the two spellings closer.
TransliterationTrace trace_transliteration(const Ladder& a, const Ladder& b) {
    TransliterationTrace trace;
    std::vector<std::string> ga = generic_candidates(lee_words(a.words));
    std::vector<std::string> gb = generic_candidates(lee_words(b.words));
    auto lee_spellings = [](const std::vector<std::string>& words) {
        std::set<std::string> out;
        for (const auto& word : words) {
            if (is_lee(word)) {
                out.insert(word);
            }
        }
        return out;
    };
    if (lee_spellings(a.words) != lee_spellings(b.words)) {
        trace.rules.emplace_back("Lee/Yi/Rhee");
    }
    std::string x;
    std::string y;
    for (const auto& ca : ga) {
        for (const auto& cb : gb) {
            if (transliterate(ca) == transliterate(cb)) {
                x = ca;
                y = cb;
            }
        }
    }
    if (x.empty() && y.empty()) {
        return trace;
    }
    bool a_changed = false;
    bool b_changed = false;
    for (const auto& rule : substitutions()) {
        std::string nx = replace_all(x, rule.from, rule.to);
        std::string ny = replace_all(y, rule.from, rule.to);
        if (text::edit_distance(nx, ny) < text::edit_distance(x, y)) {
            trace.rules.emplace_back(rule.name);
            a_changed = a_changed || nx != x;
            b_changed = b_changed || ny != y;
        }
        x = std::move(nx);
        y = std::move(ny);
    }
    if (a_changed != b_changed) {
        trace.changed_side = a_changed ? 0 : 1;
    }
    return trace;
}

bool registered_literally(const Ladder& a, const Ladder& b, const Entity& entity) {
    bool has_a = false;
    bool has_b = false;
    auto check = [&](const std::string& spelling) {
        const std::string style = naming::fold_style(spelling);
        has_a = has_a || style == a.style;
        has_b = has_b || style == b.style;
    };
    check(entity.name);
    for (const auto& variant : entity.variants) {
        check(variant);
    }
    return has_a && has_b;
}

std::vector<Entity> sorted_entities(const std::vector<Entity>& entities) {
    std::vector<Entity> out = entities;
    std::sort(out.begin(), out.end(), [](const Entity& x, const Entity& y) { return x.id < y.id; });
    return out;
}

PairVerdict registered_variant(std::string_view a, std::string_view b, const Entity& entity) {
    return {Verdict::registered_variant,
            fmt::format("{} and {} are both registered spellings of {} (house spelling {})", in_quotes(a), in_quotes(b),
                        entity.id, in_quotes(entity.name)),
            fmt::format("same entity, as story.toml records for {}", entity.id), ""};
}

}  // namespace

namespace naming {

std::vector<std::string> style_words(std::string_view name) {
    return split_words(text::utf8_map(name, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
}

std::string fold_style(std::string_view name) {
    return join(style_words(name));
}

std::string fold_diacritics(std::string_view name) {
    return join(fold_long_vowels(unmarked_words(name)));
}

std::vector<std::string> fold_generic(std::string_view name) {
    return generic_candidates(unmarked_words(name));
}

std::vector<std::string> fold_transliteration(std::string_view name) {
    return transliteration_candidates(unmarked_words(name));
}

const Entity* entity_for(std::string_view name, const std::vector<Entity>& entities) {
    const Ladder folded = ladder(name);
    std::vector<const Entity*> order;
    for (const auto& entity : entities) {
        order.push_back(&entity);
    }
    std::sort(order.begin(), order.end(), [](const Entity* x, const Entity* y) { return x->id < y->id; });
    for (bool exact : {true, false}) {
        for (const Entity* entity : order) {
            std::vector<std::string> spellings{entity->name};
            spellings.insert(spellings.end(), entity->variants.begin(), entity->variants.end());
            for (const auto& spelling : spellings) {
                const Ladder other = ladder(spelling);
                if (exact ? other.style == folded.style : equal_rung(folded, other) != Rung::none) {
                    return entity;
                }
            }
        }
    }
    return nullptr;
}

std::optional<PairVerdict> classify(std::string_view a, std::string_view b, const std::vector<Entity>& unsorted) {
    if (naming_key(a) == naming_key(b)) {
        return std::nullopt;
    }
    const std::vector<Entity> entities = sorted_entities(unsorted);
    const Ladder la = ladder(a);
    const Ladder lb = ladder(b);
    const std::string qa = in_quotes(a);
    const std::string qb = in_quotes(b);

    switch (equal_rung(la, lb)) {
        case Rung::style:
            return PairVerdict{Verdict::style,
                               fmt::format("{} and {} differ only in case, hyphens, spacing or punctuation", qa, qb),
                               "same name written in a different style", ""};
        case Rung::diacritics:
            return PairVerdict{
                Verdict::diacritics,
                fmt::format("{} and {} differ only in diacritics or long-vowel spelling (ō/ou/o, ū/uu/u)", qa, qb),
                fmt::format("same name if {} and {} romanise the same long vowel", qa, qb), ""};
        case Rung::generic: {
            const std::string terms = generic_terms_used(la, lb);
            return PairVerdict{Verdict::generic_term,
                               fmt::format("{} and {} differ only in a generic term{}", qa, qb,
                                           terms.empty() ? "" : " (" + terms + ")"),
                               fmt::format("same place if {} and {} name it with and without its generic term", qa, qb),
                               ""};
        }
        case Rung::transliteration: {
            for (const auto& entity : entities) {
                if (registered_literally(la, lb, entity)) {
                    return registered_variant(a, b, entity);  // the newsroom accepted both spellings
                }
            }
            const TransliterationTrace trace = trace_transliteration(la, lb);
            const std::string rules = fmt::format("{}", fmt::join(trace.rules, ", "));
            std::string assumption;
            const bool voicing = std::any_of(trace.rules.begin(), trace.rules.end(), [](const std::string& rule) {
                return rule == "ch/j" || rule == "k/g" || rule == "t/d" || rule == "p/b";
            });
            if (voicing && trace.changed_side >= 0) {
                // The side the rules did not touch has the voiced (Korean) spelling.
                const std::string& korean = trace.changed_side == 0 ? qb : qa;
                const std::string& japanese = trace.changed_side == 0 ? qa : qb;
                assumption = fmt::format("same name if {} is the Korean reading of Japanese {}", korean, japanese);
            } else {
                assumption = fmt::format("same name if {} and {} are two romanisations of one name", qa, qb);
            }
            return PairVerdict{Verdict::transliteration,
                               fmt::format("{} and {} are the same name under transliteration{}", qa, qb,
                                           rules.empty() ? "" : " (" + rules + ")"),
                               std::move(assumption), ""};
        }
        case Rung::none:
            break;
    }

    const Entity* ea = entity_for(a, entities);
    const Entity* eb = entity_for(b, entities);
    if (ea != nullptr && ea == eb) {
        return registered_variant(a, b, *ea);
    }
    const std::size_t distance = text::edit_distance(la.diacritics, lb.diacritics);
    const std::size_t longest = std::max(text::code_points(la.diacritics), text::code_points(lb.diacritics));
    if (distance <= std::max<std::size_t>(1, longest / 4)) {
        return PairVerdict{Verdict::near_miss,
                           fmt::format("{} and {} differ by {} letter{} that no folding rule explains (a likely typo)",
                                       qa, qb, distance, distance == 1 ? "" : "s"),
                           fmt::format("same name if {} or {} is misspelt", qa, qb), ""};
    }
    std::string entities_named;
    if (ea != nullptr && eb != nullptr) {
        entities_named = fmt::format(" ({} is {}, {} is {})", qa, ea->id, qb, eb->id);
    }
    return PairVerdict{Verdict::naming_conflict, fmt::format("{} and {} are different names{}", qa, qb, entities_named),
                       "", ""};
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

std::optional<PairVerdict> compare_naming(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    return naming::classify(std::get<NameValue>(a.first->value).text, std::get<NameValue>(b.first->value).text,
                            context.story->entities);
}

std::vector<ClaimFinding> check_house_style(const Story& story, const TopicGroup& group) {
    // Entity id -> the draft claims naming it in another spelling.
    std::map<std::string, std::pair<const Entity*, std::vector<ClaimRef>>> off_style;
    for (const auto& value : group.values) {  // once per distinct spelling
        const bool in_draft = std::any_of(value.claims.begin(), value.claims.end(),
                                          [](const ClaimRef& ref) { return ref.source->role == Role::draft; });
        if (!in_draft) {
            continue;
        }
        const std::string& name = std::get<NameValue>(value.first->value).text;
        const Entity* entity = naming::entity_for(name, story.entities);
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
