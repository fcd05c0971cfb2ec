// Names in other scripts (data/romanisation/scripts.tsv): the scripts of a
// name's letters (ICU uscript) and their reading in Latin letters by the ICU
// transliterators the table names.
#include "compare/romanisation.hpp"

#include "compare/romanisation/internal.hpp"
#include "embedded/scripts_tsv.hpp"
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

}  // namespace claimcheck::compare::romanisation
