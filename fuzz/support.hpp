// What the fuzz targets share: a failed property aborts (libFuzzer records
// the input), and a scratch story folder removed when the process ends.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

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
