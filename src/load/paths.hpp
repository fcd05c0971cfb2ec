// Path policy: which files of a story folder are read, and the rule that
// every file a story names stays inside the story folder.
#pragma once

#include "load/load.hpp"
#include "model/diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace claimcheck::load {

inline constexpr std::string_view story_file_name = "story.toml";
inline constexpr std::string_view baseline_file_name = "baseline.toml";

// Whether `dir` holds a story.toml of any type (a folder, a FIFO or a link
// named story.toml is reported when the story is loaded, not called missing).
bool is_story_dir(const std::filesystem::path& dir);

// Whether `dir` holds any *.toml file.
bool has_toml_files(const std::filesystem::path& dir);

// Resolves `text_value` (a path written in a claim file) against the story
// folder; refuses paths that leave it, setting `why`.
std::optional<std::filesystem::path> article_path(const std::filesystem::path& story_dir, const std::string& text_value,
                                                  std::string& why);

// Whether `relative` (lexically normal, below `story_dir`) resolves outside
// the story folder through a symbolic link. The same answer whether the
// file exists or not.
bool leaves_story(const std::filesystem::path& story_dir, const std::filesystem::path& relative);

// Reads a file that lies directly in a story folder (story.toml, a claim
// file, baseline.toml) through io::read_file, refusing one that is a
// symbolic link leading outside the folder before anything of it is read.
// A file in `read` is taken from there (load.hpp, FileContents).
std::optional<std::string> read_story_file(const std::filesystem::path& file, std::string& why,
                                           const FileContents* read = nullptr);

// read_story_file for a TOML file: a file that cannot be read is reported
// ("cannot read file: …") and gives nullopt.
std::optional<std::string> read_toml(const std::filesystem::path& file, Diagnostics& diagnostics,
                                     const FileContents* read = nullptr);

}  // namespace claimcheck::load
