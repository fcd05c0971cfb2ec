#include "cli/cli.hpp"

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "gate/gate.hpp"
#include "gate/gate.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fmt/format.h>
#include <map>
#include <string>
#include <vector>

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

namespace claimcheck::cli {

namespace {

const std::map<std::string, ColorMode> color_modes{
    {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
const std::map<std::string, Format> formats{
    {"text", Format::text}, {"json", Format::json}, {"sarif", Format::sarif}, {"github", Format::github}};
const std::map<std::string, Severity> min_levels{
    {"error", Severity::error}, {"warning", Severity::warning}, {"note", Severity::note}};

// `claimcheck [PATH...]` means `claimcheck check [PATH...]`.
std::vector<std::string> with_default_command(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    static const std::vector<std::string> commands{"check", "lint", "locate", "suggest", "-h", "--help", "--version"};
    if (args.empty() || std::find(commands.begin(), commands.end(), args.front()) == commands.end()) {
        args.insert(args.begin(), "check");
    }
    return args;
}

void add_common(CLI::App& command, CommonOptions& common) {
    command.add_option("--color", common.color_name, "Colour: auto (a terminal, unless NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
    command.add_flag("--quiet,-q", common.quiet, "Print only errors and the summary");
    command.add_option("--jobs,-j", common.jobs, "Worker threads for loading (default: one per core)")
        ->check(CLI::Range(1u, 1024u));
}

}  // namespace

int run(int argc, char** argv) {
    const std::string version = CLAIMCHECK_VERSION;
    CLI::App app{
        "claimcheck: checks whether several news sources agree with each other.\n"
        "Run with no command to check every story under claims/.",
        "claimcheck"};
    app.set_version_flag("--version", fmt::format("claimcheck {}", version));
    app.require_subcommand(1, 1);
    app.footer(
        "Exit codes: 0 no new finding at or above --fail-on, 1 new findings, 2 invalid input or usage.\n"
        "Documentation: README.md, docs/.");

    CheckOptions check_options;
    auto* check = app.add_subcommand("check", "Compare the sources of each story and write reports (default)");
    check->add_option("PATH", check_options.paths, "claims/, a story folder or a claim file (default: claims/)");
    check->add_option("--report-dir", check_options.report_dir, "Where reports go")->default_str("reports");
    std::string format_name = "text";
    check->add_option("--format", format_name, "Standard output: text, json, sarif, github")
        ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
        ->default_str("text");
    std::string fail_on = "warning";
    check->add_option("--fail-on", fail_on, "Exit 1 on new findings at or above: error, warning, note, never")
        ->check(CLI::IsMember({"error", "warning", "note", "never"}))
        ->default_str("warning");
    std::string min_level = "note";
    check->add_option("--min-level", min_level, "Show findings at or above: error, warning, note")
        ->check(CLI::IsMember({"error", "warning", "note"}))
        ->default_str("note");
    check
        ->add_option("--max-annotations", check_options.max_annotations,
                     "GitHub format: most annotations to print (new findings first)")
        ->check(CLI::NonNegativeNumber)
        ->default_str("10");
    auto* no_baseline = check->add_flag("--no-baseline", check_options.no_baseline, "Treat every finding as new");
    check
        ->add_flag("--update-baseline", check_options.update_baseline,
                   "Accept every current finding into each story's baseline.toml")
        ->excludes(no_baseline);
    check->set_version_flag("--version", fmt::format("claimcheck {}", version));
    add_common(*check, check_options.common);

    CheckOptions lint_options;
    auto* lint = app.add_subcommand("lint", "Validate claim files, values and anchors only");
    lint->add_option("PATH", lint_options.paths, "claims/, a story folder or a claim file (default: claims/)");
    add_common(*lint, lint_options.common);

    LocateOptions locate_options;
    auto* locate = app.add_subcommand("locate", "Print where a quote is and a ready [[claim]] snippet");
    locate->add_option("ARTICLE", locate_options.article, "The article text file")->required();
    locate->add_option("QUOTE", locate_options.quote, "The exact words to find")->required();
    add_common(*locate, locate_options.common);

    SuggestOptions suggest_options;
    auto* suggest = app.add_subcommand(
        "suggest", "List the quantities, dates and known entity names in an article, with [[claim]] snippets");
    suggest->add_option("ARTICLE", suggest_options.article, "The article text file")->required();
    add_common(*suggest, suggest_options.common);

    auto args = with_default_command(argc, argv);
    std::reverse(args.begin(), args.end());
    try {
        app.parse(args);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e) == 0 ? 0 : 2;
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e) == 0 ? 0 : 2;
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e) == 0 ? 0 : 2;
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "claimcheck: error: %s\nRun 'claimcheck --help' for usage.\n", e.what());
        return 2;
    }

    try {
        if (check->parsed() || lint->parsed()) {
            CheckOptions& options = check->parsed() ? check_options : lint_options;
            options.lint = lint->parsed();
            options.format = formats.at(format_name);
            options.fail_on = gate::fail_on_from_string(fail_on).value_or(gate::FailOn::warning);
            options.min_level = min_levels.at(min_level);
            options.common.color = color_modes.at(options.common.color_name);
            if (options.paths.empty()) {
                options.paths.push_back("claims");
            }
            return run_check(options);
        }
        if (locate->parsed()) {
            locate_options.common.color = color_modes.at(locate_options.common.color_name);
            return run_locate(locate_options);
        }
        suggest_options.common.color = color_modes.at(suggest_options.common.color_name);
        return run_suggest(suggest_options);
    } catch (const std::exception& e) {
        // A bug, not the user's input: say so plainly and keep exit code 2.
        std::fprintf(stderr, "claimcheck: internal error: %s\n", e.what());
        return 2;
    }
}

}  // namespace claimcheck::cli
