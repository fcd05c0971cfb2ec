// The result cache (spec §11 "Cache", docs/cache.md): each checked story's
// outcome, stored under a key that hashes everything the outcome depends
// on, so that a story that did not change is neither loaded nor compared
// again and its outputs are the same bytes.
#pragma once

#include "load/load.hpp"
#include "model/finding.hpp"
#include "model/io.hpp"

#include <array>
#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::pipeline::cache {

// XXH3-128 in its canonical (big-endian) bytes.
using Key = std::array<unsigned char, 16>;

// What the cache keeps of a checked story.
struct Entry {
    Key key{};
    StoryResult result;  // after the baseline, with the inputs released
    bool input_errors = false;
    // The report as it was written: on a hit it is written again where the
    // file no longer holds it (a fresh checkout, a report edited by hand).
    bool has_report = false;
    std::string report;
};

// The bytes of an entry file, and back: nullopt for anything that is not a
// whole entry of this format (truncated, altered, foreign, of another
// format version).
std::string encode(const Entry& entry);
std::optional<Entry> decode(std::string_view bytes);

// What identifies this build: version, build id, data tables, and the
// system's tz and units databases (read once a run).
std::string build_identity();

// A file of a story as the file system saw it when the key was taken.
struct Stamp {
    std::string below;  // the path below the story folder
    io::FileStat stat;
    bool operator==(const Stamp&) const = default;
};

class Cache {
  public:
    // `dir`: the cache folder. `settings`: the options that change a story's
    // outcome, in a stable form (report folder, baseline use...). `skip`:
    // folders left out of a story's key when they lie inside it (the
    // reports'; the cache's own always). `build`: build_identity().
    Cache(std::filesystem::path dir, std::string settings, std::vector<std::filesystem::path> skip, std::string build);

    // The key of the story as it is now: the build (version, build id, data
    // tables, the system's tz and units databases), the settings and the
    // working directory, the story's path, and every file below the story
    // folder by path and content hash. nullopt when the story cannot be
    // cached: a link, a special or an unreadable file in it. With `stamps`,
    // also each file's stat, taken as the file is opened; with
    // `contents`, each file's bytes, for the loader to check what was hashed.
    std::optional<Key> key(const std::filesystem::path& story_dir, std::vector<Stamp>* stamps = nullptr,
                           load::FileContents* contents = nullptr) const;

    // Whether the story's files are still those `stamps` were taken of: the
    // same paths, each with the same stamp. A story that changed while it was
    // checked is not stored: its files are no longer the bytes it was checked
    // from, and the next run checks it again.
    bool unchanged(const std::filesystem::path& story_dir, const std::vector<Stamp>& stamps) const;

    // The story's stored entry when there is one, whole, with this key.
    std::optional<Entry> load(const std::filesystem::path& story_dir, const Key& key) const;

    // Replaces the story's entry (atomically; a failure only loses the entry).
    void store(const std::filesystem::path& story_dir, const Entry& entry) const;

  private:
    std::filesystem::path dir_;
    std::string build_;                        // the build part of every key
    std::string settings_;                     // the settings and the working directory
    std::vector<std::filesystem::path> skip_;  // absolute, canonical
    mutable std::atomic<bool> tagged_{false};  // CACHEDIR.TAG and .gitignore are there

    std::filesystem::path entry_file(const std::filesystem::path& story_dir) const;
};

}  // namespace claimcheck::pipeline::cache
