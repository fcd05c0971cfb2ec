// The commands behind the command line, one file each.
#pragma once

#include "cli/terminal.hpp"
#include "gate/gate.hpp"
#include "model/diagnostics.hpp"
#include "model/story.hpp"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::cli {

enum class Format { text, json, sarif, github };

struct CommonOptions {
    ColorMode color = ColorMode::automatic;
    bool quiet = false;
    unsigned jobs = 0;
};

struct CheckOptions {
    std::vector<std::string> paths;
    std::string report_dir = "reports";
    Format format = Format::text;
    gate::FailOn fail_on = gate::FailOn::warning;
    Severity min_level = Severity::note;
    int max_annotations = 10;
    bool no_baseline = false;
    bool update_baseline = false;
    std::string cache_dir = ".claimcheck-cache";  // docs/cache.md
    bool no_cache = false;
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
    std::string story;   // --story: propose a whole claim file from this story's files
    std::string source;  // --source: the claim file's id (default: the article's file name)
    std::string outlet;  // --outlet: [source] outlet
    bool write = false;  // --write: write <story>/<source>.toml, never over a file
    CommonOptions common;
};

struct InitOptions {
    std::string dir;
    std::string title;
    CommonOptions common;
};

int run_check(const CheckOptions& options);
int run_locate(const LocateOptions& options);
int run_suggest(const SuggestOptions& options);
int run_init(const InitOptions& options);

// Helpers every command uses (common.cpp).

// Prints diagnostics to stderr at or above `min_level` (errors always).
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, Severity min_level, bool color);

// The article a command reads (`locate`, `suggest`), and whether the
// command's messages on stderr take colour.
struct ArticleInput {
    Article article;
    bool color = false;
};

// Reads the article a command names; prints why it cannot be read.
std::optional<ArticleInput> read_article(const std::string& path, const CommonOptions& common);

// A TOML basic string holding `text` (quotes and escapes included).
std::string toml_string(const std::string& text);

// Prints one line to a terminal stream: `prefix` (the program's own words)
// then `text` (a path or the user's text) with every control character
// shown escaped, so no file or folder name can reach the terminal raw.
void print_line(std::FILE* stream, std::string_view prefix, std::string_view text);

}  // namespace claimcheck::cli
