// `claimcheck init DIR --title T`: a new story folder to fill in, never
// written over one that exists.
#include "cli/commands.hpp"
#include "model/io.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <system_error>

namespace claimcheck::cli {

namespace fs = std::filesystem;

namespace {

// A story.toml that loads as it is (only the title is set) and shows, in
// comments, what a story usually declares next (spec §3, docs/input.md).
std::string story_template(const std::string& title) {
    return fmt::format(R"(# The story: what it is about, the names it uses and the topics its
# sources are compared on. Claim files (one per article, any name ending in
# .toml) sit beside this file; the article texts go under articles/.
# docs/input.md describes every key; `claimcheck lint` checks them.

[story]
title = {}
# date = 2026-01-13                # the event's date: anchors "on Tuesday" and "a week earlier"
# timezone = "Asia/Seoul"          # the IANA zone of "local time" (default UTC)
# fiscal_year_start = "April"      # the month "fiscal 2026" starts in (default January)

# Known people, places and organisations. `name` is the house spelling;
# `variants` only spellings the newsroom accepts as the same entity.
# [[entity]]
# id = "lee-jae-myung"
# name = "Lee Jae-myung"
# variants = []

# Topics the claims are grouped on. A claim may also name an undeclared
# topic if it gives its own `kind`.
# [topic."deaths"]
# kind = "quantity"                # quantity | date | name | frame | quote
# label = "People killed"
# unit = "people"

# Exchange rates the story relies on, so amounts in two currencies compare.
# [[rate]]
# from = "USD"
# to = "KRW"
# rate = 1380
# as_of = 2026-01-13
)",
                       toml_string(title));
}

// Whether anything is at `path`, a dangling symbolic link included.
bool taken(const fs::path& path) {
    std::error_code ec;
    return fs::symlink_status(path, ec).type() != fs::file_type::not_found;
}

int refuse(const fs::path& path, const std::string& why, const CommonOptions& common) {
    Diagnostics diagnostics;
    diagnostics.error({io::display_path(path), 0, 0}, why);
    print_diagnostics(diagnostics.sorted(), Severity::note, use_color(common.color, stderr));
    return gate::exit_invalid;
}

}  // namespace

int run_init(const InitOptions& options) {
    const fs::path dir = options.dir;
    const fs::path story = dir / "story.toml";
    const fs::path articles = dir / "articles";
    if (taken(story)) {
        return refuse(story, "already exists; init never writes over a file", options.common);
    }
    std::error_code ec;
    if (taken(articles) && !fs::is_directory(articles, ec)) {
        return refuse(articles, "exists and is not a folder", options.common);
    }
    const bool had_articles = taken(articles);
    if (!had_articles && !fs::create_directories(articles, ec) && ec) {
        return refuse(articles, fmt::format("cannot be created: {}", ec.message()), options.common);
    }
    if (const std::string error = io::write_file_atomically(story, story_template(options.title)); !error.empty()) {
        return refuse(story, error, options.common);
    }
    if (!options.common.quiet) {
        print_line(stderr, "wrote ", io::display_path(story));
        print_line(stderr, had_articles ? "kept " : "created ", io::display_path(articles) + "/");
    }
    return gate::exit_ok;
}

}  // namespace claimcheck::cli
