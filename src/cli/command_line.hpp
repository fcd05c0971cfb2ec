// The command line as data: one CLI11 app whose commands, options, help
// texts, exit codes, files and examples are the single source of `--help`,
// the man page claimcheck(1) and the shell completions (docs/install.md).
#pragma once

#include "cli/commands.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace claimcheck::cli {

struct ExitCode {
    int code = 0;
    std::string meaning;
};

// What a command's help says below its options; the man page shows the same.
struct CommandDoc {
    std::vector<ExitCode> exit_codes;
    std::vector<std::string> reads;   // files and folders the command reads
    std::vector<std::string> writes;  // files and folders it writes
    std::string example;              // a command line
    std::string example_says;         // what the example does
};

// What an argument names, for the shell completions.
enum class Completes { nothing, story_path, article, folder };

struct Command {
    CLI::App* app = nullptr;
    CommandDoc doc;
    std::function<int()> action;
};

struct CommandLine {
    CLI::App app{
        "claimcheck: checks whether several news sources agree with each other.\n"
        "Run with no command to check every story under claims/.",
        "claimcheck"};
    CheckOptions check;
    CheckOptions lint;
    LocateOptions locate;
    SuggestOptions suggest;
    InitOptions init;
    std::vector<Command> commands;
};

// The command line with every command and option declared (cli.cpp).
std::unique_ptr<CommandLine> make_command_line();

// The words an option takes when it takes one of a few ("--format": text,
// json, sarif, github); empty for any other option.
std::vector<std::string> choices_of(const CLI::Option& option);

// What a positional argument or an option's value names.
Completes completes_of(const CLI::Option& option);

// What an option's value is called in the manual ("DIR", "N", "FORMAT");
// "" for a flag, which takes none.
std::string value_name(const CLI::Option& option);

// "claimcheck 0.1.0 (commit 88f65f8c1a2b)": the version and the commit the
// binary was built from ("unknown" when the build had no git checkout).
std::string version_line();

// The man page claimcheck(1), in roff (manual.cpp).
std::string man_page(const CommandLine& command_line);

// Completion scripts for bash and zsh (completion.cpp).
std::string bash_completion(const CommandLine& command_line);
std::string zsh_completion(const CommandLine& command_line);

}  // namespace claimcheck::cli
