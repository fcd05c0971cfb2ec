#include "cli/cli.hpp"

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "gate/gate.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

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

// What each command's help says below its options, and claimcheck(1) in its
// sections: one text for both.
CommandDoc check_doc() {
    return {{{0, "no new finding at or above --fail-on (a finding in the story's baseline.toml is not new)"},
             {1, "new findings at or above --fail-on"},
             {2, "invalid input (every problem is listed, not only the first) or usage"}},
            {"claims/<story>/story.toml, the claim files claims/<story>/*.toml, the articles they name",
             "claims/<story>/baseline.toml, the findings the newsroom has accepted"},
            {"reports/<story>.md (the folder given by --report-dir)",
             "claims/<story>/baseline.toml, with --update-baseline",
             ".claimcheck-cache/ (the folder given by --cache-dir), each story's findings, reused while none of the "
             "story's files, the options or the build change; not with --no-cache or --update-baseline",
             "each through a temporary file renamed into place"},
            "claimcheck --format sarif > claimcheck.sarif",
            "checks every story under claims/, writes the reports and prints SARIF for code scanning"};
}

CommandDoc lint_doc() {
    return {{{0, "every file is valid (warnings are printed, not counted)"}, {2, "invalid input or usage"}},
            {"claims/<story>/story.toml, the claim files, the articles they name"},
            {".claimcheck-cache/ (the folder given by --cache-dir), unless --no-cache"},
            "claimcheck lint claims/nara-summit/001.toml",
            "validates the story that claim file belongs to"};
}

CommandDoc locate_doc() {
    return {{{0, "the quote was found"},
             {1, "the quote is not in the article (the closest passage is named)"},
             {2, "the article cannot be read, or usage"}},
            {"ARTICLE"},
            {"nothing: the places and a [[claim]] snippet go to standard output"},
            "claimcheck locate claims/nara-summit/articles/002.txt \"claimed 180 lives\"",
            "prints the line and column of the quote and a [[claim]] block to paste into 002.toml"};
}

CommandDoc suggest_doc() {
    return {
        {{0, "the suggestions were listed (there may be none), or the claim file was proposed or written"},
         {2, "the article or the story cannot be read, --write would write over a file, or usage"}},
        {"ARTICLE", "without --story: the story.toml of the story folder the article is in, for its entities' names",
         "with --story DIR: DIR/story.toml, the claim files and the articles they name"},
        {"nothing without --write: the suggestions or the proposed claim file go to standard output",
         "DIR/<source>.toml with --write, through a temporary file given its name only if none has it"},
        "claimcheck suggest claims/nara-summit/articles/005.txt --story claims/nara-summit --write",
        "proposes claims/nara-summit/005.toml for a new article from the story's topics and the other "
        "sources' claims, each claim with a comment saying how sure and why"};
}

CommandDoc init_doc() {
    return {{{0, "DIR/story.toml and DIR/articles/ were written"},
             {2, "DIR/story.toml already exists (init never writes over a file), cannot be written, or usage"}},
            {"nothing"},
            {"DIR/story.toml, commented, with the title", "DIR/articles/, empty (an existing one is kept)"},
            "claimcheck init claims/harbour-fire --title \"Harbour fire in Busan\"",
            "starts a story; add the article texts under articles/ and a claim file per article"};
}

// The text below a command's options in its --help.
std::string help_footer(const CommandDoc& doc) {
    std::string text = "Exit codes:\n";
    for (const auto& exit : doc.exit_codes) {
        text += fmt::format("  {}  {}\n", exit.code, exit.meaning);
    }
    const auto list = [&text](const char* heading, const std::vector<std::string>& items) {
        text += heading;
        for (const auto& item : items) {
            text += fmt::format("\n  {}", item);
        }
        text += '\n';
    };
    list("Reads:", doc.reads);
    list("Writes:", doc.writes);
    text += fmt::format("Example:\n  {}\n    {}", doc.example, doc.example_says);
    return text;
}

// `claimcheck [PATH...]` means `claimcheck check [PATH...]`.
std::vector<std::string> with_default_command(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    static const std::vector<std::string> commands{"check", "lint", "locate", "suggest",
                                                   "init",  "-h",   "--help", "--version"};
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

// --color and --quiet, which every command has.
void add_common(CLI::App& command, CommonOptions& common, const char* quiet_help) {
    one_of(command.add_option("--color", common.color, "Colour: auto (a terminal, unless NO_COLOR), always, never"),
           color_modes)
        ->default_str("auto");
    command.add_flag("--quiet,-q", common.quiet, quiet_help);
}

// The stories a check or lint reads, and how many at once.
void add_paths(CLI::App& command, CheckOptions& options) {
    command.add_option("PATH", options.paths, "claims/, a story folder or a claim file (default: claims/)");
    add_common(command, options.common, "Print only errors and the summary");
    command.add_option("--jobs,-j", options.common.jobs, "Worker threads (default: one per core)")
        ->check(whole_number(1, 1024));
    auto* no_cache = command.add_flag("--no-cache", options.no_cache, "Check every story again; read no cache");
    command.add_option("--cache-dir", options.cache_dir, "Where each story's findings are kept for the next run")
        ->default_str(".claimcheck-cache")
        ->check(non_empty)
        ->excludes(no_cache);
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
    check->set_version_flag("--version", version_line());
    return {check, check_doc(), [&options] { return run_check(options); }};
}

Command add_lint(CLI::App& app, CheckOptions& options) {
    auto* lint = app.add_subcommand("lint", "Validate claim files, values and anchors only");
    add_paths(*lint, options);
    options.lint = true;
    return {lint, lint_doc(), [&options] { return run_check(options); }};
}

Command add_locate(CLI::App& app, LocateOptions& options) {
    auto* locate = app.add_subcommand("locate", "Print where a quote is and a ready [[claim]] snippet");
    locate->add_option("ARTICLE", options.article, "The article text file")->required()->check(non_empty);
    locate->add_option("QUOTE", options.quote, "The exact words to find")->required()->check(non_empty);
    add_common(*locate, options.common, "Print nothing but the places and the snippet");
    return {locate, locate_doc(), [&options] { return run_locate(options); }};
}

Command add_suggest(CLI::App& app, SuggestOptions& options) {
    auto* suggest = app.add_subcommand(
        "suggest", "List the quantities, dates and known names in an article, or propose its whole claim file");
    suggest->add_option("ARTICLE", options.article, "The article text file")->required()->check(non_empty);
    auto* story = suggest
                      ->add_option("--story", options.story,
                                   "Propose a complete claim file from this story's topics and other sources' claims")
                      ->check(non_empty);
    suggest->add_option("--source", options.source, "With --story: the claim file's id (default: the article's name)")
        ->check(non_empty)
        ->needs(story);
    suggest->add_option("--outlet", options.outlet, "With --story: the outlet's display name")
        ->check(non_empty)
        ->needs(story);
    suggest->add_flag("--write", options.write, "With --story: write DIR/<source>.toml (never over a file)")
        ->needs(story);
    add_common(*suggest, options.common, "Print nothing but the suggestions or the claim file");
    return {suggest, suggest_doc(), [&options] { return run_suggest(options); }};
}

Command add_init(CLI::App& app, InitOptions& options) {
    auto* init = app.add_subcommand("init", "Start a story: write a commented story.toml and an articles/ folder");
    init->add_option("DIR", options.dir, "The story folder to create, as claims/<story>")->required()->check(non_empty);
    init->add_option("--title", options.title, "The story's title, as [story] title")->required()->check(non_empty);
    add_common(*init, options.common, "Print only errors");
    return {init, init_doc(), [&options] { return run_init(options); }};
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

std::vector<std::string> choices_of(const CLI::Option& option) {
    const std::string name = option.get_name();
    if (name == "--color") {
        return names_of(color_modes);
    }
    if (name == "--format") {
        return names_of(formats);
    }
    if (name == "--fail-on") {
        return names_of(fail_on_levels);
    }
    if (name == "--min-level") {
        return names_of(min_levels);
    }
    return {};
}

Completes completes_of(const CLI::Option& option) {
    const std::string name = option.get_name();
    if (name == "PATH") {
        return Completes::story_path;
    }
    if (name == "ARTICLE") {
        return Completes::article;
    }
    if (name == "DIR" || name == "--report-dir" || name == "--story") {
        return Completes::folder;
    }
    return Completes::nothing;
}

std::string value_name(const CLI::Option& option) {
    if (option.get_type_size() == 0) {
        return {};
    }
    if (option.get_positional()) {
        return option.get_name();
    }
    if (completes_of(option) == Completes::folder) {
        return "DIR";
    }
    const std::string type = option.get_type_name();
    if (type.rfind("INT", 0) == 0 || type.rfind("UINT", 0) == 0) {
        return "N";
    }
    std::string name = option.get_name().substr(2);  // "--format" -> "FORMAT"
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return name;
}

std::unique_ptr<CommandLine> make_command_line() {
    auto command_line = std::make_unique<CommandLine>();
    CLI::App& app = command_line->app;
    CommandLine& c = *command_line;
    app.set_version_flag("--version", version_line());
    app.require_subcommand(1, 1);
    c.commands = {add_check(app, c.check), add_lint(app, c.lint), add_locate(app, c.locate),
                  add_suggest(app, c.suggest), add_init(app, c.init)};
    for (const auto& command : c.commands) {
        command.app->footer(help_footer(command.doc));
    }
    app.footer(
        "With no command, claimcheck runs check. Each command's --help gives its options, exit codes\n"
        "and the files it reads and writes; the manual is claimcheck(1).");
    return command_line;
}

int run(int argc, char** argv) {
    const auto command_line = make_command_line();
    CLI::App& app = command_line->app;
    if (const auto code = parse(app, argc, argv)) {
        return *code;
    }
    try {
        for (const auto& command : command_line->commands) {
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
