// Loading (spec §2–§5): story folders and claim files, read with toml++ and
// validated strictly; claim values parsed with the grammar. Every problem is
// reported to the Diagnostics, never only the first.
#pragma once

#include "model/diagnostics.hpp"
#include "model/story.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::load {

// Files of a story already read, by the path the loader reads them at, as
// written (`(story_dir / "story.toml").native()`): the result cache reads
// every file of a story for its key, and the loader takes a file from here
// instead of reading it again, so what is checked is what the key hashed.
// A file not here is read from the disk.
using FileContents = std::map<std::string, std::string, std::less<>>;

// The story folders named by the command line's paths: `claims/` (every
// story below it), one story folder, or one claim file (its story). Sorted,
// without duplicates. Paths that name no story are reported.
std::vector<std::filesystem::path> find_stories(const std::vector<std::string>& paths, Diagnostics& diagnostics);

// Reads <story>/story.toml: title, date, entities, topics and scales (the
// built-in scales plus the story's own). Returns nullopt when the story
// cannot be used at all (missing or unparsable story.toml).
std::optional<Story> load_story(const std::filesystem::path& story_dir, Diagnostics& diagnostics,
                                const FileContents* read = nullptr);

// The claim files of a story: every *.toml but story.toml and baseline.toml,
// sorted by name.
std::vector<std::filesystem::path> claim_files(const std::filesystem::path& story_dir);

// Reads one claim file: [source], its article (which must stay inside the
// story folder) and every [[claim]], with values parsed according to the
// claim's kind. Safe to call from several threads for different files.
Source load_source(const Story& story, const std::filesystem::path& file, Diagnostics& diagnostics,
                   const FileContents* read = nullptr);

// Reads an article: UTF-8 validated (invalid bytes are reported with their
// offset and line), BOM removed, CRLF turned into LF. `display` is the path
// shown in diagnostics.
std::optional<Article> load_article(const std::filesystem::path& file, const std::string& display,
                                    Diagnostics& diagnostics);

// The same three from text already in memory (the fuzz targets use them):
// `story_dir` and `file` still name the places shown in diagnostics, and a
// source's article is still read from the story folder.
std::optional<Story> load_story_text(const std::filesystem::path& story_dir, std::string text,
                                     Diagnostics& diagnostics);
Source load_source_text(const Story& story, const std::filesystem::path& file, std::string text,
                        Diagnostics& diagnostics, const FileContents* read = nullptr);
std::optional<Article> article_from_text(std::string text, const std::filesystem::path& file,
                                         const std::string& display, Diagnostics& diagnostics);

}  // namespace claimcheck::load
