#include "cli/cli.hpp"

#include "cli/commands.hpp"
#include "gate/gate.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <optional>
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
const std::map<std::string, gate::FailOn> fail_on_levels{{"error", gate::FailOn::error},
                                                         {"warning", gate::FailOn::warning},
                                                         {"note", gate::FailOn::note},
                                                         {"never", gate::FailOn::never}};

// A subcommand and what running it does.
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> action;
};

// `claimcheck [PATH...]` means `claimcheck check [PATH...]`.
std::vector<std::string> with_default_command(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    static const std::vector<std::string> commands{"check", "lint", "locate", "suggest", "-h", "--help", "--version"};
    if (args.empty() || std::find(commands.begin(), commands.end(), args.front()) == commands.end()) {
        args.insert(args.begin(), "check");
    }
    return args;
}

// A whole number in [low, high], said plainly when it is not one (CLI11's
// own checks call "abc" out of range and print the bounds of a double).
CLI::Validator whole_number(long long low, long long high) {
    return CLI::Validator(
        [low, high](std::string& input) -> std::string {
            long long value = 0;
            if (!CLI::detail::lexical_cast(input, value)) {
                return fmt::format("'{}' is not a whole number", input);
            }
            if (value < low || value > high) {
                return fmt::format("{} is out of range: give {} to {}", value, low, high);
            }
            return {};
        },
        fmt::format("INT in [{} - {}]", low, high));
}

// The names of a map, for the option's check: an unknown name is reported
// with the names to choose from, before the map turns it into a value.
template <typename T>
std::vector<std::string> names_of(const std::map<std::string, T>& map) {
    std::vector<std::string> names;
    for (const auto& entry : map) {
        names.push_back(entry.first);
    }
    return names;
}

template <typename T>
CLI::Option* one_of(CLI::Option* option, const std::map<std::string, T>& map) {
    // transform() puts a validator first: the name check runs before the map.
    return option->transform(CLI::CheckedTransformer(map))->transform(CLI::IsMember(names_of(map)));
}

const CLI::Validator non_empty(
    [](std::string& input) { return input.empty() ? std::string("must not be empty") : std::string(); }, "TEXT");

void add_common(CLI::App& command, CommonOptions& common) {
    one_of(command.add_option("--color", common.color, "Colour: auto (a terminal, unless NO_COLOR), always, never"),
           color_modes)
        ->default_str("auto");
    command.add_flag("--quiet,-q", common.quiet, "Print only errors and the summary");
    command.add_option("--jobs,-j", common.jobs, "Worker threads for loading (default: one per core)")
        ->check(whole_number(1, 1024));
}

void add_paths(CLI::App& command, CheckOptions& options) {
    command.add_option("PATH", options.paths, "claims/, a story folder or a claim file (default: claims/)");
    add_common(command, options.common);
}

Command add_check(CLI::App& app, CheckOptions& options) {
    auto* check = app.add_subcommand("check", "Compare the sources of each story and write reports (default)");
    add_paths(*check, options);
    check->add_option("--report-dir", options.report_dir, "Where reports go")->default_str("reports");
    one_of(check->add_option("--format", options.format, "Standard output: text, json, sarif, github"), formats)
        ->default_str("text");
    one_of(check->add_option<gate::FailOn, int>("--fail-on", options.fail_on,
                                                "Exit 1 on new findings at or above: error, warning, note, never"),
           fail_on_levels)
        ->default_str("warning");
    one_of(check->add_option<Severity, int>("--min-level", options.min_level,
                                            "Show findings at or above: error, warning, note"),
           min_levels)
        ->default_str("note");
    check
        ->add_option("--max-annotations", options.max_annotations,
                     "GitHub format: most annotations to print (new findings first)")
        ->check(whole_number(0, 1000000))
        ->default_str("10");
    auto* no_baseline = check->add_flag("--no-baseline", options.no_baseline, "Treat every finding as new");
    check
        ->add_flag("--update-baseline", options.update_baseline,
                   "Accept every current finding into each story's baseline.toml")
        ->excludes(no_baseline);
    check->set_version_flag("--version", fmt::format("claimcheck {}", CLAIMCHECK_VERSION));
    return {check, [&options] { return run_check(options); }};
}

Command add_lint(CLI::App& app, CheckOptions& options) {
    auto* lint = app.add_subcommand("lint", "Validate claim files, values and anchors only");
    add_paths(*lint, options);
    options.lint = true;
    return {lint, [&options] { return run_check(options); }};
}

Command add_locate(CLI::App& app, LocateOptions& options) {
    auto* locate = app.add_subcommand("locate", "Print where a quote is and a ready [[claim]] snippet");
    locate->add_option("ARTICLE", options.article, "The article text file")->required()->check(non_empty);
    locate->add_option("QUOTE", options.quote, "The exact words to find")->required()->check(non_empty);
    add_common(*locate, options.common);
    return {locate, [&options] { return run_locate(options); }};
}

Command add_suggest(CLI::App& app, SuggestOptions& options) {
    auto* suggest = app.add_subcommand(
        "suggest", "List the quantities, dates and known entity names in an article, with [[claim]] snippets");
    suggest->add_option("ARTICLE", options.article, "The article text file")->required()->check(non_empty);
    add_common(*suggest, options.common);
    return {suggest, [&options] { return run_suggest(options); }};
}

// Parses the command line; an exit code when the run ends here (help,
// version, usage errors).
std::optional<int> parse(CLI::App& app, int argc, char** argv) {
    auto args = with_default_command(argc, argv);
    std::reverse(args.begin(), args.end());
    try {
        app.parse(args);
    } catch (const CLI::Success& e) {  // --help, --help-all, --version
        return app.exit(e) == 0 ? gate::exit_ok : gate::exit_invalid;
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "claimcheck: error: %s\nRun 'claimcheck --help' for usage.\n",
                     text::printable(e.what()).c_str());
        return gate::exit_invalid;
    }
    return std::nullopt;
}

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{
        "claimcheck: checks whether several news sources agree with each other.\n"
        "Run with no command to check every story under claims/.",
        "claimcheck"};
    app.set_version_flag("--version", fmt::format("claimcheck {}", CLAIMCHECK_VERSION));
    app.require_subcommand(1, 1);
    app.footer(
        "Exit codes: 0 no new finding at or above --fail-on, 1 new findings, 2 invalid input or usage.\n"
        "Documentation: README.md, docs/.");
    CheckOptions check_options;
    CheckOptions lint_options;
    LocateOptions locate_options;
    SuggestOptions suggest_options;
    const Command commands[] = {add_check(app, check_options), add_lint(app, lint_options),
                                add_locate(app, locate_options), add_suggest(app, suggest_options)};
    if (const auto code = parse(app, argc, argv)) {
        return *code;
    }
    try {
        for (const auto& command : commands) {
            if (command.app->parsed()) {
                return command.action();
            }
        }
        return gate::exit_invalid;
    } catch (const std::exception& e) {
        // A bug, not the user's input: say so plainly and keep exit code 2.
        std::fprintf(stderr, "claimcheck: internal error: %s\n", text::printable(e.what()).c_str());
        return gate::exit_invalid;
    }
}

}  // namespace claimcheck::cli
