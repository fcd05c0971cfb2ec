// Path policy: which files of a story folder are read, and the rule that
// every file a story names stays inside the story folder.
#pragma once

#include "model/diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace claimcheck::load {

inline constexpr std::string_view story_file_name = "story.toml";
inline constexpr std::string_view baseline_file_name = "baseline.toml";

// Whether `dir` holds a story.toml (of any file type: a story.toml that
// cannot be read is reported when the story is loaded).
bool is_story_dir(const std::filesystem::path& dir);

// Whether `dir` holds any *.toml file.
bool has_toml_files(const std::filesystem::path& dir);

// Resolves `text_value` (a path written in a claim file) against the story
// folder; refuses paths that leave it, setting `why`.
std::optional<std::filesystem::path> article_path(const std::filesystem::path& story_dir, const std::string& text_value,
                                                  std::string& why);

// Reads a file of a story folder. Only regular files: opening a FIFO would
// wait for a writer forever, and a device could never end.
std::optional<std::string> read_story_file(const std::filesystem::path& file, std::string& why);

// read_story_file for a TOML file: a file that cannot be read is reported
// ("cannot read file: …") and gives nullopt.
std::optional<std::string> read_toml(const std::filesystem::path& file, Diagnostics& diagnostics);

}  // namespace claimcheck::load
