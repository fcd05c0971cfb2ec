// What the fuzz targets share: a failed property aborts (libFuzzer records
// the input), and a scratch story folder removed when the process ends.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

// LeakSanitizer's suppressions for every fuzz target (each target is one
// translation unit, so this is defined once per binary). libudunits2's
// expression lexer strdup()s a name that its parser does not free after some
// syntax errors: a few bytes per distinct malformed unit word, which
// claimcheck asks about once (src/units/units.cpp memoises every expression).
// The leak is the library's, not ours to fix.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:utlex\n";
}

namespace claimcheck::fuzz {

inline void require(bool condition) {
    if (!condition) {
        std::abort();
    }
}

// A new folder <tmp>/<prefix>-XXXXXX/story, removed with its parent at exit.
inline std::filesystem::path scratch_story_dir(const std::string& prefix) {
    static std::filesystem::path parent;
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    require(::mkdtemp(pattern.data()) != nullptr);
    parent = pattern;
    std::atexit([] {
        std::error_code ec;
        std::filesystem::remove_all(parent, ec);
    });
    std::filesystem::create_directories(parent / "story");
    return parent / "story";
}

}  // namespace claimcheck::fuzz
