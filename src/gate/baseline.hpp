// The baseline (spec §9): accepted findings, so CI fails only on new ones.
#pragma once

#include "load/load.hpp"
#include "model/diagnostics.hpp"
#include "model/finding.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::gate {

struct BaselineEntry {
    std::string fingerprint;
    std::string reason;
    Location where;
};

struct Baseline {
    std::vector<BaselineEntry> accepted;
};

// Reads claims/<story>/baseline.toml (from `read` when it is there,
// load::FileContents). A missing file is an empty baseline; a corrupt one is
// reported to `diagnostics` (error) and yields nullopt.
std::optional<Baseline> read_baseline(const std::filesystem::path& file, const std::string& display,
                                      Diagnostics& diagnostics, const load::FileContents* read = nullptr);

// The same from text already in memory (the fuzz target uses it).
std::optional<Baseline> read_baseline_text(std::string text, const std::string& display, Diagnostics& diagnostics);

// Marks each finding new or accepted and lists the stale entries.
void apply_baseline(StoryResult& result, const Baseline& baseline);

// The baseline that accepts every current finding, keeping existing reasons,
// dropping stale entries, ordered by fingerprint.
Baseline updated_baseline(const StoryResult& result, const Baseline& existing);

// TOML text of a baseline (stable order, comments on top).
std::string format_baseline(const Baseline& baseline);

}  // namespace claimcheck::gate
