// Names in other scripts (data/romanisation/scripts.tsv): the scripts of a
// name's letters (ICU uscript), their reading in Latin letters by the ICU
// transliterators the table names, whether that reading is the name's
// spelling or only its letters, and letters of another script inside a
// word of Latin letters.
#include "compare/romanisation.hpp"

#include "compare/romanisation/internal.hpp"
#include "embedded/scripts_tsv.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

namespace claimcheck::compare::romanisation {

namespace {

struct ScriptReader {
    std::string script;
    std::string description;
    std::unique_ptr<icu::Transliterator> transliterator;  // null: the letters are not read
    bool reading = true;                                  // the transliteration is the name's spelling
    std::vector<std::string> unless;                      // scripts that pass the row over
    std::string why;                                      // why the reading cannot be known
};

std::vector<std::string> split_list(std::string_view cell) {
    std::vector<std::string> out;
    for (const std::string_view item : text::split(cell, ',')) {
        if (item != "-") {
            out.push_back(str(item));
        }
    }
    return out;
}

ScriptReader read_row(const std::vector<std::string_view>& row) {
    text::require_columns(row, 6, "scripts.tsv");
    ScriptReader out{str(row[0]),
                     str(row[2]),
                     nullptr,
                     text::yes_or_no(row, 3, "reading", "letters", "scripts.tsv"),
                     split_list(row[4]),
                     row[5] == "-" ? "" : str(row[5])};
    if (row[1] != "-") {
        UErrorCode status = U_ZERO_ERROR;
        out.transliterator.reset(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(row[1]), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !out.transliterator) {
            throw std::runtime_error("ICU has no transliterator " + str(row[1]));
        }
    }
    return out;
}

// ICU transliterators are not safe to share between threads: one lock.
std::mutex script_mutex;

const std::vector<ScriptReader>& script_readers() {
    static const std::vector<ScriptReader> table = [] {
        std::vector<ScriptReader> out;
        for (const auto& row : text::tsv_rows(data::scripts_tsv())) {
            out.push_back(read_row(row));
        }
        return out;
    }();
    return table;
}

std::string script_of(char32_t cp) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(static_cast<UChar32>(cp), &status);
    if (U_FAILURE(status) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED) {
        return {};
    }
    return uscript_getName(code);
}

std::set<std::string> scripts_of(std::string_view name) {
    std::set<std::string> out;
    text::for_each_code_point(name, [&](char32_t cp, std::size_t, std::size_t) {
        if (std::string script = script_of(cp); !script.empty() && script != "Latin") {
            out.insert(std::move(script));
        }
        return true;
    });
    return out;
}

// The row that reads `script` in a name of `scripts`: its first row whose
// `unless` scripts are absent, or nullptr.
const ScriptReader* reader_for(const std::string& script, const std::set<std::string>& scripts) {
    for (const auto& reader : script_readers()) {
        if (reader.script == script && std::none_of(reader.unless.begin(), reader.unless.end(),
                                                    [&](const std::string& s) { return scripts.count(s) > 0; })) {
            return &reader;
        }
    }
    return nullptr;
}

void add_once(std::vector<std::string>& list, const std::string& item) {
    if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) {
        list.push_back(item);
    }
}

}  // namespace

Romanised to_latin(std::string_view name) {
    Romanised out{std::string(name), "", "", ""};
    const std::set<std::string> scripts = scripts_of(name);
    if (scripts.empty()) {
        return out;
    }
    std::vector<const ScriptReader*> readers;
    std::vector<std::string> used;
    std::vector<std::string> unread;
    for (const auto& script : scripts) {
        out.scripts += (out.scripts.empty() ? "" : ", ") + script;
        const ScriptReader* reader = reader_for(script, scripts);
        if (reader == nullptr) {
            add_once(unread, fmt::format("no table reads the {} script", script));
            continue;
        }
        readers.push_back(reader);
        add_once(used, reader->transliterator ? reader->description : "");
        add_once(unread, reader->reading ? "" : reader->why);
    }
    out.unread = fmt::format("{}", fmt::join(unread, "; "));
    if (used.empty()) {
        return out;  // no letter read: compared as written
    }
    // Transliterators in table order, each once.
    std::sort(readers.begin(), readers.end());
    const std::lock_guard lock(script_mutex);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
    for (const auto& reader : script_readers()) {
        if (reader.transliterator && std::binary_search(readers.begin(), readers.end(), &reader)) {
            reader.transliterator->transliterate(text);
        }
    }
    out.latin.clear();
    text.toUTF8String(out.latin);
    out.system = fmt::format("{}", fmt::join(used, ", "));
    return out;
}

std::vector<Lookalike> lookalikes(std::string_view name) {
    std::vector<Lookalike> out;
    std::vector<Lookalike> word;  // the current word's letters of other scripts
    bool latin = false;
    const auto end_word = [&] {
        if (latin) {
            out.insert(out.end(), word.begin(), word.end());
        }
        word.clear();
        latin = false;
    };
    text::for_each_code_point(name, [&](char32_t cp, std::size_t at, std::size_t n) {
        const auto c = static_cast<UChar32>(cp);
        if (!u_isalpha(c) && u_charType(c) != U_NON_SPACING_MARK) {
            end_word();
            return true;
        }
        const std::string script = script_of(cp);
        if (script == "Latin") {
            latin = true;
        } else if (!script.empty()) {
            word.push_back({std::string(name.substr(at, n)), script, static_cast<std::uint32_t>(cp)});
        }
        return true;
    });
    end_word();
    return out;
}

}  // namespace claimcheck::compare::romanisation
