// Outputs (spec §8): the Markdown report, JSON, SARIF, GitHub annotations and
// the terminal summary. Pure functions from results to text; writing files is
// the pipeline's job.
#pragma once

#include "model/finding.hpp"

#include <string>
#include <vector>

namespace claimcheck::render {

// reports/<story>.md. `report_dir_to_root` is the relative path from the
// report's folder to the repository root (used for article links:
// "../claims/<story>/articles/001.txt#L13").
std::string markdown_report(const StoryResult& result, const std::string& report_dir_to_root);

std::string json(const std::vector<StoryResult>& results);
std::string sarif(const std::vector<StoryResult>& results, const std::string& version);

struct GithubOptions {
    int max_annotations = 10;
    Severity min_level = Severity::note;
};
std::string github(const std::vector<StoryResult>& results, const GithubOptions& options);

struct TerminalOptions {
    bool color = false;
    bool quiet = false;
    Severity min_level = Severity::note;
};
std::string terminal(const std::vector<StoryResult>& results, const TerminalOptions& options);

}  // namespace claimcheck::render
