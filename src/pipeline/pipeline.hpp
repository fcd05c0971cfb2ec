// One run over the stories: load and anchor each claim file on worker
// threads, compare, apply the baseline, and write the reports.
#pragma once

#include "load/load.hpp"
#include "model/diagnostics.hpp"
#include "model/finding.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::pipeline {

struct Options {
    std::filesystem::path report_dir = "reports";
    bool compare = true;  // false for `lint`: load and anchor only
    bool write_reports = true;
    bool use_baseline = true;
    bool update_baseline = false;
    unsigned jobs = 0;  // 0: one per hardware thread
    // false: once a story's report is written, what only the report needs
    // is released: the claims (Source::claim_count keeps their number;
    // findings keep copies of the claims they show), topics, entities and
    // scales. A run over an archive then holds one story's inputs per
    // worker, and per story afterwards only what is printed at the end.
    // The article texts are released either way.
    bool keep_inputs = true;
    // Called with each story's result as soon as it and every story before
    // it are done, in path order, one call at a time: an output is written
    // while later stories are still being checked.
    std::function<void(const StoryResult&)> on_story;
    // The result cache's folder (docs/cache.md); empty: no cache. Used only
    // by runs that do not update baselines and release their inputs
    // (keep_inputs = false): what a cached story gives back is what such a
    // run keeps.
    std::filesystem::path cache_dir;
};

struct Run {
    std::vector<StoryResult> results;  // one per story, in path order
    bool input_errors = false;         // any error-severity problem in the input
    std::vector<std::string> written;  // files written (reports, baselines)
    std::size_t from_cache = 0;        // stories whose outcome the cache gave back
};

// Checks the stories named by `paths` (spec §2). Every input problem goes to
// `diagnostics` (and to its story's result). A story whose story.toml cannot
// be read gets no report. In any other story, claims whose value cannot be
// read or whose quote is not found once are listed as problems and left out
// of the comparison, the rest is compared and the report written (with its
// problems); a story with input errors keeps its baseline as it was.
Run run(const std::vector<std::string>& paths, const Options& options, Diagnostics& diagnostics);

// Loads one story: story.toml, then every claim file on `jobs` threads
// (results by index, so the order never depends on scheduling). Articles
// and claims are all kept. A file in `read` is taken from there, not read.
std::optional<Story> load_and_anchor(const std::filesystem::path& story_dir, unsigned jobs, Diagnostics& diagnostics,
                                     const load::FileContents* read = nullptr);

}  // namespace claimcheck::pipeline
