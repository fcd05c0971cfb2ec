// The romanisation systems (data/romanisation/japanese.tsv, korean.tsv,
// russian-ukrainian.tsv, arabic.tsv): whole-word equivalences and named
// rewrite rules, applied to words, and the trace of the rules that brought
// two names together.
#include "compare/romanisation.hpp"

#include "compare/romanisation/internal.hpp"
#include "embedded/arabic_tsv.hpp"
#include "embedded/japanese_tsv.hpp"
#include "embedded/korean_tsv.hpp"
#include "embedded/russian_ukrainian_tsv.hpp"
#include "embedded/wade_giles_tsv.hpp"
#include "util/tsv.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace claimcheck::compare::romanisation {

namespace {

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

}  // namespace

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    std::size_t at = 0;
    while (!from.empty() && (at = s.find(from, at)) != std::string::npos) {
        s.replace(at, from.size(), to);
        at += to.size();
    }
    return s;
}

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

namespace {

// `rule` applied to `word` where it stands (most rules match no word, and
// then nothing is copied).
void apply_in_place(const Rule& rule, std::string& word) {
    if (rule.collapse_doubles) {
        word.erase(std::unique(word.begin(), word.end()), word.end());
    } else if (rule.at_start && rule.at_end) {
        if (word == rule.from) {
            word = rule.to;
        }
    } else if (rule.at_start) {
        if (word.starts_with(rule.from)) {
            word.replace(0, rule.from.size(), rule.to);
        }
    } else if (rule.at_end) {
        if (word.ends_with(rule.from) && word.size() > rule.from.size()) {
            word.replace(word.size() - rule.from.size(), rule.from.size(), rule.to);
        }
    } else if (!rule.from.empty() && word.find(rule.from) != std::string::npos) {
        word = replace_all(std::move(word), rule.from, rule.to);
    }
}

}  // namespace

std::string apply(const Rule& rule, std::string word) {
    apply_in_place(rule, word);
    return word;
}

std::vector<std::string> apply(const System& system, const std::vector<std::string>& words) {
    std::vector<std::string> out;
    out.reserve(words.size());
    for (const auto& word : words) {
        auto canonical = system.words.find(word);
        std::string w = canonical == system.words.end() ? word : canonical->second;
        if (w.empty()) {
            continue;  // a dropped word (the Arabic article)
        }
        for (const auto& rule : system.rules) {
            apply_in_place(rule, w);
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

}  // namespace claimcheck::compare::romanisation
