// Finding stories: the story folders the command line names, and the claim
// files of a story folder.
#include "load/load.hpp"
#include "load/paths.hpp"
#include "model/io.hpp"

#include <algorithm>
#include <set>

namespace claimcheck::load {

namespace fs = std::filesystem;

std::vector<fs::path> find_stories(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
    std::set<fs::path> stories;
    for (const auto& given : paths) {
        const fs::path path(given);
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (!fs::exists(status)) {
            diagnostics.error({given, 0, 0}, "no such file or folder");
            continue;
        }
        if (fs::is_regular_file(status)) {
            if (path.extension() != ".toml") {
                diagnostics.error({given, 0, 0},
                                  "not a claim file (expected claims/, a story folder or a .toml claim file)");
                continue;
            }
            const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
            if (!is_story_dir(dir)) {
                diagnostics.error({io::display_path(dir / story_file_name), 0, 0},
                                  "story.toml is missing: every story folder needs one");
                continue;
            }
            stories.insert(dir.lexically_normal());
            continue;
        }
        if (is_story_dir(path)) {
            stories.insert(path.lexically_normal());
            continue;
        }
        bool any = false;
        std::vector<fs::path> children;
        for (const auto& entry : fs::directory_iterator(path, ec)) {
            if (entry.is_directory(ec)) {
                children.push_back(entry.path());
            }
        }
        std::sort(children.begin(), children.end());
        for (const auto& child : children) {
            if (is_story_dir(child)) {
                stories.insert(child.lexically_normal());
                any = true;
            } else if (has_toml_files(child)) {
                diagnostics.error({io::display_path(child / story_file_name), 0, 0},
                                  "story.toml is missing: every story folder needs one");
                any = true;
            }
        }
        if (!any) {
            if (has_toml_files(path)) {
                diagnostics.error({io::display_path(path / story_file_name), 0, 0},
                                  "story.toml is missing: every story folder needs one");
            } else {
                diagnostics.error({io::display_path(path), 0, 0},
                                  "no stories here (a story is a folder with a story.toml)");
            }
        }
    }
    return {stories.begin(), stories.end()};
}

std::vector<fs::path> claim_files(const fs::path& story_dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(story_dir, ec)) {
        const auto name = entry.path().filename().string();
        if (entry.path().extension() == ".toml" && name != story_file_name && name != baseline_file_name &&
            !name.starts_with(".")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace claimcheck::load
