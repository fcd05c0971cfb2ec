// The commands behind the command line, one file each.
#pragma once

#include "cli/terminal.hpp"
#include "model/diagnostics.hpp"
#include "model/story.hpp"

#include <optional>

#include <string>
#include <vector>

namespace claimcheck::gate {
enum class FailOn;
}

namespace claimcheck::cli {

enum class Format { text, json, sarif, github };

struct CommonOptions {
    std::string color_name = "auto";
    ColorMode color = ColorMode::automatic;
    bool quiet = false;
    unsigned jobs = 0;
};

struct CheckOptions {
    std::vector<std::string> paths;
    std::string report_dir = "reports";
    Format format = Format::text;
    gate::FailOn fail_on{};
    Severity min_level = Severity::note;
    int max_annotations = 10;
    bool no_baseline = false;
    bool update_baseline = false;
    bool lint = false;
    CommonOptions common;
};

struct LocateOptions {
    std::string article;
    std::string quote;
    CommonOptions common;
};

struct SuggestOptions {
    std::string article;
    CommonOptions common;
};

int run_check(const CheckOptions& options);
int run_locate(const LocateOptions& options);
int run_suggest(const SuggestOptions& options);

// Prints diagnostics to stderr at or above `min_level` (errors always).
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, Severity min_level, bool color);

// Reads the article a command names; prints why it cannot be read.
std::optional<Article> read_article(const std::string& path, const CommonOptions& common);

// A TOML basic string holding `text` (quotes and escapes included).
std::string toml_string(const std::string& text);

}  // namespace claimcheck::cli
