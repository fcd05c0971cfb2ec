#include "compare/romanisation.hpp"

#include "embedded/arabic_tsv.hpp"
#include "embedded/generic_terms_tsv.hpp"
#include "embedded/japanese_tsv.hpp"
#include "embedded/korean_tsv.hpp"
#include "embedded/letters_tsv.hpp"
#include "embedded/russian_ukrainian_tsv.hpp"
#include "embedded/scripts_tsv.hpp"
#include "embedded/wade_giles_tsv.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <unicode/translit.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

namespace claimcheck::compare::romanisation {

namespace {

using Rows = std::vector<std::vector<std::string_view>>;

std::string str(std::string_view s) {
    return std::string(s);
}

Rule parse_rule(const std::vector<std::string_view>& row) {
    Rule rule;
    std::string_view from = row.at(1);
    rule.at_start = from.starts_with('^');
    rule.at_end = from.ends_with('$');
    from.remove_prefix(rule.at_start ? 1 : 0);
    from.remove_suffix(rule.at_end ? 1 : 0);
    rule.from = str(from);
    rule.to = str(row.at(2));
    rule.name = str(row.at(3));
    rule.voicing = row.size() > 4 && row[4] == "voicing";
    return rule;
}

// A system table: system, word, rule and collapse-doubles rows; the
// initial/final/syllable rows of wade-giles.tsv are read by WadeGiles. Each
// `system` row starts a system (a file may hold several); rows before the
// first belong to the first.
std::vector<System> parse_systems(std::string_view text) {
    std::vector<System> all(1);
    for (const auto& row : text::tsv_rows(text)) {
        if (row[0] == "system" && !all.back().id.empty()) {
            all.emplace_back();
        }
        System& out = all.back();
        if (row[0] == "system") {
            out.id = str(row.at(1));
            out.name = str(row.at(2));
        } else if (row[0] == "voiced") {
            out.voiced_name = str(row.at(1));
        } else if (row[0] == "voiced-assumption") {
            out.voiced_assumption = str(row.at(1));
        } else if (row[0] == "word") {
            const std::string canonical = row.at(1) == "-" ? "" : str(row[1]);
            for (std::size_t i = 1; i < row.size(); ++i) {
                out.words[str(row[i])] = canonical;
            }
        } else if (row[0] == "rule") {
            out.rules.push_back(parse_rule(row));
        } else if (row[0] == "collapse-doubles") {
            Rule rule;
            rule.name = str(row.at(1));
            rule.collapse_doubles = true;
            out.rules.push_back(rule);
        }
    }
    return all;
}

std::vector<std::string> rest_of(const std::vector<std::string_view>& row, std::size_t from) {
    std::vector<std::string> out;
    for (std::size_t i = from; i < row.size(); ++i) {
        out.push_back(row[i] == "-" ? "" : str(row[i]));
    }
    return out;
}

struct WadeGiles {
    std::map<std::string, std::vector<std::string>> initials;  // "" is the empty initial
    std::map<std::string, std::vector<std::string>> finals;
    std::map<std::string, std::vector<std::string>> syllables;
};

const WadeGiles& wade_giles_table() {
    static const WadeGiles table = [] {
        WadeGiles out;
        for (const auto& row : text::tsv_rows(data::wade_giles_tsv())) {
            const std::string key = row.size() > 1 && row[1] != "-" ? str(row[1]) : "";
            if (row[0] == "initial") {
                out.initials[key] = rest_of(row, 2);
            } else if (row[0] == "final") {
                out.finals[key] = rest_of(row, 2);
            } else if (row[0] == "syllable") {
                out.syllables[key] = rest_of(row, 2);
            }
        }
        return out;
    }();
    return table;
}

// The Pinyin spellings of one Wade–Giles syllable (none when it is not one).
std::vector<std::string> pinyin_of(const std::string& syllable) {
    const WadeGiles& table = wade_giles_table();
    if (auto whole = table.syllables.find(syllable); whole != table.syllables.end()) {
        return whole->second;
    }
    std::set<std::string> out;
    for (const auto& [initial, pinyin_initials] : table.initials) {
        if (!syllable.starts_with(initial)) {
            continue;
        }
        auto final = table.finals.find(syllable.substr(initial.size()));
        if (final == table.finals.end()) {
            continue;
        }
        for (const auto& i : pinyin_initials) {
            for (const auto& f : final->second) {
                out.insert(i + f);
            }
        }
    }
    return {out.begin(), out.end()};
}

struct Letters {
    std::vector<std::pair<std::string, std::vector<std::string>>> rows;
};

const Letters& letters() {
    static const Letters table = [] {
        Letters out;
        for (const auto& row : text::tsv_rows(data::letters_tsv())) {
            out.rows.emplace_back(str(row.at(0)), rest_of(row, 1));
        }
        return out;
    }();
    return table;
}

std::vector<std::pair<std::string, std::string>> long_vowels() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& row : text::tsv_rows(data::japanese_tsv())) {
        if (row[0] == "long-vowel") {
            out.emplace_back(str(row.at(1)), str(row.at(2)));
        }
    }
    return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    std::size_t at = 0;
    while (!from.empty() && (at = s.find(from, at)) != std::string::npos) {
        s.replace(at, from.size(), to);
        at += to.size();
    }
    return s;
}

std::string collapse_doubles(const std::string& word) {
    std::string out;
    for (char c : word) {
        if (out.empty() || out.back() != c) {
            out += c;
        }
    }
    return out;
}

}  // namespace

const std::vector<System>& systems() {
    static const std::vector<System> all = [] {
        std::vector<System> out;
        for (const std::string_view text :
             {data::japanese_tsv(), data::korean_tsv(), data::russian_ukrainian_tsv(), data::arabic_tsv()}) {
            for (auto& system : parse_systems(text)) {
                out.push_back(std::move(system));
            }
        }
        return out;
    }();
    return all;
}

const System& system(std::string_view id) {
    static const System wade_giles = parse_systems(data::wade_giles_tsv()).front();
    if (id == wade_giles.id) {
        return wade_giles;
    }
    for (const auto& s : systems()) {
        if (s.id == id) {
            return s;
        }
    }
    throw std::out_of_range("no romanisation system " + std::string(id));
}

std::string apply(const Rule& rule, std::string word) {
    if (rule.collapse_doubles) {
        return collapse_doubles(word);
    }
    if (rule.at_start && rule.at_end) {
        return word == rule.from ? rule.to : word;
    }
    if (rule.at_start) {
        return word.starts_with(rule.from) ? rule.to + word.substr(rule.from.size()) : word;
    }
    if (rule.at_end) {
        return word.ends_with(rule.from) && word.size() > rule.from.size()
                   ? word.substr(0, word.size() - rule.from.size()) + rule.to
                   : word;
    }
    return replace_all(std::move(word), rule.from, rule.to);
}

std::vector<std::string> apply(const System& system, const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& word : words) {
        auto canonical = system.words.find(word);
        std::string w = canonical == system.words.end() ? word : canonical->second;
        if (w.empty()) {
            continue;  // a dropped word (the Arabic article)
        }
        for (const auto& rule : system.rules) {
            w = apply(rule, std::move(w));
        }
        out.push_back(std::move(w));
    }
    return out;
}

Trace trace(const System& system, const std::vector<std::string>& a, const std::vector<std::string>& b) {
    Trace out;
    auto canonical_words = [&](const std::vector<std::string>& words, std::set<std::string>& spellings) {
        std::vector<std::string> result;
        for (const auto& word : words) {
            auto it = system.words.find(word);
            if (it != system.words.end()) {
                spellings.insert(word);
            }
            if (it == system.words.end() || !it->second.empty()) {
                result.push_back(it == system.words.end() ? word : it->second);
            }
        }
        return result;
    };
    std::set<std::string> word_a;
    std::set<std::string> word_b;
    std::vector<std::string> x = canonical_words(a, word_a);
    std::vector<std::string> y = canonical_words(b, word_b);
    if (word_a != word_b) {
        std::set<std::string> all(word_a.begin(), word_a.end());
        all.insert(word_b.begin(), word_b.end());
        std::vector<std::string> names(all.begin(), all.end());
        std::string joined;
        for (const auto& n : names) {
            joined += (joined.empty() ? "" : "/") + n;
        }
        out.rules.push_back(joined);
    }
    bool a_voiced = false;
    bool b_voiced = false;
    for (const auto& rule : system.rules) {
        bool a_changed = false;
        bool b_changed = false;
        for (auto& w : x) {
            std::string n = apply(rule, w);
            a_changed = a_changed || n != w;
            w = std::move(n);
        }
        for (auto& w : y) {
            std::string n = apply(rule, w);
            b_changed = b_changed || n != w;
            w = std::move(n);
        }
        if (a_changed != b_changed && std::find(out.rules.begin(), out.rules.end(), rule.name) == out.rules.end()) {
            out.rules.push_back(rule.name);
            if (rule.voicing) {
                out.voicing = true;
                a_voiced = a_voiced || a_changed;
                b_voiced = b_voiced || b_changed;
            }
        }
    }
    if (a_voiced != b_voiced) {
        out.changed_side = a_voiced ? 0 : 1;
    }
    return out;
}

std::vector<std::string> pinyin_readings(const std::vector<std::string>& words, std::size_t limit) {
    std::vector<std::string> readings{""};
    for (const auto& word : words) {
        const std::vector<std::string> options = pinyin_of(word);
        if (options.empty()) {
            return {};
        }
        std::vector<std::string> next;
        for (const auto& reading : readings) {
            for (const auto& option : options) {
                if (next.size() < limit) {
                    next.push_back(reading + option);
                }
            }
        }
        readings = std::move(next);
    }
    return words.empty() ? std::vector<std::string>{} : readings;
}

std::string fold_long_vowels(std::string word) {
    static const auto vowels = long_vowels();
    for (const auto& [from, to] : vowels) {
        word = replace_all(std::move(word), from, to);
    }
    return word;
}

std::vector<std::string> letter_spellings(std::string_view word, std::size_t limit) {
    std::vector<std::string> out{""};
    text::for_each_code_point(word, [&](char32_t, std::size_t at, std::size_t n) {
        const std::string_view letter = word.substr(at, n);
        const auto& rows = letters().rows;
        auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first == letter; });
        std::vector<std::string> next;
        for (const auto& prefix : out) {
            if (row == rows.end()) {
                next.push_back(prefix + std::string(letter));
                continue;
            }
            for (const auto& spelling : row->second) {
                if (next.size() < limit) {
                    next.push_back(prefix + spelling);
                }
            }
        }
        out = std::move(next);
        return true;
    });
    return out;
}

namespace {

struct ScriptReader {
    std::string script;
    std::string description;
    std::unique_ptr<icu::Transliterator> transliterator;
};

// ICU transliterators are not safe to share between threads: one lock.
std::mutex script_mutex;

const std::vector<ScriptReader>& script_readers() {
    static const std::vector<ScriptReader> table = [] {
        std::vector<ScriptReader> out;
        for (const auto& row : text::tsv_rows(data::scripts_tsv())) {
            UErrorCode status = U_ZERO_ERROR;
            std::unique_ptr<icu::Transliterator> t(
                icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(row.at(1)), UTRANS_FORWARD, status));
            if (U_FAILURE(status) || !t) {
                throw std::runtime_error("ICU has no transliterator " + str(row[1]));
            }
            out.push_back({str(row[0]), str(row.at(2)), std::move(t)});
        }
        return out;
    }();
    return table;
}

std::set<std::string> scripts_of(std::string_view name) {
    std::set<std::string> out;
    text::for_each_code_point(name, [&](char32_t cp, std::size_t, std::size_t) {
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode code = uscript_getScript(static_cast<UChar32>(cp), &status);
        if (U_SUCCESS(status) && code != USCRIPT_LATIN && code != USCRIPT_COMMON && code != USCRIPT_INHERITED) {
            out.insert(uscript_getName(code));
        }
        return true;
    });
    return out;
}

}  // namespace

Romanised to_latin(std::string_view name) {
    Romanised out{std::string(name), ""};
    const std::set<std::string> scripts = scripts_of(name);
    if (scripts.empty()) {
        return out;
    }
    const std::lock_guard lock(script_mutex);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
    std::vector<std::string> used;
    for (const auto& reader : script_readers()) {
        if (scripts.count(reader.script) == 0) {
            continue;
        }
        reader.transliterator->transliterate(text);
        if (std::find(used.begin(), used.end(), reader.description) == used.end()) {
            used.push_back(reader.description);
        }
    }
    if (used.empty()) {
        return out;  // a script no table row reads (Arabic, Greek...): compared as written
    }
    out.latin.clear();
    text.toUTF8String(out.latin);
    for (const auto& description : used) {
        out.system += (out.system.empty() ? "" : ", ") + description;
    }
    return out;
}

const std::vector<GenericTerm>& generic_terms() {
    static const std::vector<GenericTerm> terms = [] {
        std::vector<GenericTerm> out;
        for (const auto& row : text::tsv_rows(data::generic_terms_tsv())) {
            if (row[0] != "term") {
                continue;
            }
            GenericTerm term;
            term.meaning = str(row.at(1));
            for (auto word : text::split(row.at(2), ' ')) {
                term.english.push_back(str(word));
            }
            if (row.size() > 3) {
                for (auto suffix : text::split(row[3], ' ')) {
                    term.suffixes.push_back(str(suffix));
                }
            }
            out.push_back(std::move(term));
        }
        return out;
    }();
    return terms;
}

bool is_connective(std::string_view word) {
    static const std::set<std::string, std::less<>> words = [] {
        std::set<std::string, std::less<>> out;
        for (const auto& row : text::tsv_rows(data::generic_terms_tsv())) {
            if (row[0] == "connective") {
                out.insert(str(row.at(1)));
            }
        }
        return out;
    }();
    return words.count(word) > 0;
}

}  // namespace claimcheck::compare::romanisation
