// Outputs (spec §8): the Markdown report, JSON, SARIF, GitHub annotations and
// the terminal summary. Pure functions from results to text, or to an Output
// story by story (stream.hpp); writing files is the pipeline's job.
#pragma once

#include "model/finding.hpp"
#include "render/stream.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimcheck::render {

// reports/<story>.md. `report_dir_to_root` is the relative path from the
// report's folder to the repository root (used for article links:
// "../claims/<story>/articles/001.txt#L13").
std::string markdown_report(const StoryResult& result, const std::string& report_dir_to_root);

struct GithubOptions {
    int max_annotations = 10;
    Severity min_level = Severity::note;
};

// The machine-readable outputs, story by story (render/stream.hpp). JSON and
// SARIF write each story's part as it is added. GitHub annotations are
// ordered over the whole run (input problems, new findings, accepted ones,
// each most severe first) and cut at `max_annotations`, so they are written
// at finish(); what they hold meanwhile is at most `max_annotations` of each
// group and severity.
std::unique_ptr<StoryStream> json_stream(Output& out);
std::unique_ptr<StoryStream> sarif_stream(Output& out, const std::string& version);
std::unique_ptr<StoryStream> github_stream(Output& out, const GithubOptions& options);

// The same outputs as one string.
std::string json(const std::vector<StoryResult>& results);
std::string sarif(const std::vector<StoryResult>& results, const std::string& version);
std::string github(const std::vector<StoryResult>& results, const GithubOptions& options);

struct TerminalOptions {
    bool color = false;
    bool quiet = false;
    Severity min_level = Severity::note;
};
std::string terminal(const std::vector<StoryResult>& results, const TerminalOptions& options);

}  // namespace claimcheck::render
