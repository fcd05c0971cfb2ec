// Completion scripts for bash and zsh, written from the same command line
// as --help: commands, options, the words of --format and the like, story
// folders under claims/ and files.
#include "cli/command_line.hpp"

#include <fmt/format.h>
#include <set>
#include <string>
#include <string_view>

namespace claimcheck::cli {

namespace {

// Every name of an option: "-q", "--quiet".
std::vector<std::string> names_of(const CLI::Option& option) {
    std::vector<std::string> names;
    for (const auto& name : option.get_snames()) {
        names.push_back("-" + name);
    }
    for (const auto& name : option.get_lnames()) {
        names.push_back("--" + name);
    }
    return names;
}

std::string spaced(const std::vector<std::string>& words, std::string_view separator = " ") {
    std::string out;
    for (const auto& word : words) {
        out += (out.empty() ? "" : std::string(separator)) + word;
    }
    return out;
}

// The shell function that completes what a positional argument names.
std::string_view bash_completer(Completes what) {
    switch (what) {
        case Completes::story_path:
            return "_claimcheck_stories";
        case Completes::article:
            return "_filedir";
        case Completes::folder:
            return "_filedir -d";
        case Completes::nothing:
            break;
    }
    return ":";
}

// `--format) COMPREPLY=(...)` and the like: what follows an option that takes a value.
std::string bash_values(const CommandLine& command_line) {
    std::set<std::string> seen;
    std::string cases;
    for (const auto& command : command_line.commands) {
        for (const auto* option : command.app->get_options()) {
            if (option->get_positional() || value_name(*option).empty() || !seen.insert(option->get_name()).second) {
                continue;
            }
            const auto choices = choices_of(*option);
            const std::string action = !choices.empty()
                                           ? fmt::format("COMPREPLY=($(compgen -W '{}' -- \"$cur\"))", spaced(choices))
                                       : completes_of(*option) == Completes::folder ? "_filedir -d"
                                                                                    : ":";
            cases += fmt::format("        {}) {}; return ;;\n", spaced(names_of(*option), "|"), action);
        }
    }
    return cases;
}

// `check) options='...'; operand=_claimcheck_stories ;;` for every command.
std::string bash_commands(const CommandLine& command_line) {
    std::string cases;
    for (const auto& command : command_line.commands) {
        std::vector<std::string> options;
        std::string operand = ":";
        for (const auto* option : command.app->get_options()) {
            if (option->get_positional()) {
                operand = operand == ":" ? std::string(bash_completer(completes_of(*option))) : operand;
            } else {
                const auto names = names_of(*option);
                options.insert(options.end(), names.begin(), names.end());
            }
        }
        const std::string name = command.app->get_name();
        cases += fmt::format("        {}{}) options='{}'; operand='{}' ;;\n", name, name == "check" ? "|\"\"" : "",
                             spaced(options), operand);
    }
    return cases;
}

std::vector<std::string> command_names(const CommandLine& command_line) {
    std::vector<std::string> names;
    for (const auto& command : command_line.commands) {
        names.push_back(command.app->get_name());
    }
    return names;
}

// A description inside a zsh _arguments spec: brackets, colons and quotes escaped.
std::string zsh_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '[' || c == ']' || c == ':') {
            out += '\\';
        }
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out;
}

std::string zsh_action(const CLI::Option& option) {
    if (const auto choices = choices_of(option); !choices.empty()) {
        return fmt::format("({})", spaced(choices));
    }
    switch (completes_of(option)) {
        case Completes::story_path:
            return "_claimcheck_stories";
        case Completes::article:
            return "_files";
        case Completes::folder:
            return "_files -/";
        case Completes::nothing:
            break;
    }
    return " ";
}

std::string zsh_spec(const CLI::Option& option, int& position) {
    const std::string description = zsh_text(option.get_description());
    const std::string value = value_name(option);
    if (option.get_positional()) {
        const bool many = option.get_items_expected_max() > 1;
        const std::string where = many ? "*" : std::to_string(++position);
        return fmt::format("'{}:{}:{}'", where, zsh_text(value), zsh_action(option));
    }
    const auto names = names_of(option);
    const std::string exclusive = names.size() > 1 ? fmt::format("({})", spaced(names)) : "";
    const std::string brace = names.size() > 1 ? fmt::format("{{{}}}", spaced(names, ",")) : names.front();
    const std::string argument = value.empty() ? "" : fmt::format(":{}:{}", zsh_text(value), zsh_action(option));
    return fmt::format("'{}'{}'[{}]{}'", exclusive, brace, description, argument);
}

// The `case $line[1]` arms; check's last, as it also takes a first word
// that is no command (`claimcheck claims/x` checks claims/x).
std::string zsh_commands(const CommandLine& command_line) {
    std::string cases;
    std::string check;
    for (const auto& command : command_line.commands) {
        std::string specs;
        int position = 0;
        for (const auto* option : command.app->get_options()) {
            specs += fmt::format(" \\\n        {}", zsh_spec(*option, position));
        }
        const std::string name = command.app->get_name();
        (name == "check" ? check : cases) +=
            fmt::format("        {}) _arguments -s{} ;;\n", name == "check" ? "check|*" : name, specs);
    }
    return cases + check;
}

}  // namespace

std::string bash_completion(const CommandLine& command_line) {
    return fmt::format(R"(# bash completion for claimcheck. Generated from its command line (src/cli): do not edit.

# Story folders under claims/, other folders and claim files.
_claimcheck_stories()
{{
    local story
    for story in claims/*/story.toml; do
        [[ -e $story ]] && COMPREPLY+=($(compgen -W "${{story%/story.toml}}" -- "$cur"))
    done
    _filedir toml
}}

_claimcheck()
{{
    local cur prev words cword
    _init_completion || return

    case $prev in
{}    esac

    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${{words[i]}} in
            {}) command=${{words[i]}}; break ;;
        esac
    done

    local options operand
    case $command in
{}    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W '{}' -- "$cur"))
    fi
    $operand
}} &&
    complete -F _claimcheck claimcheck
)",
                       bash_values(command_line), spaced(command_names(command_line), "|"), bash_commands(command_line),
                       spaced(command_names(command_line)));
}

std::string zsh_completion(const CommandLine& command_line) {
    std::string described;
    for (const auto& command : command_line.commands) {
        described +=
            fmt::format("\n        '{}:{}'", command.app->get_name(), zsh_text(command.app->get_description()));
    }
    return fmt::format(R"(#compdef claimcheck
# zsh completion for claimcheck. Generated from its command line (src/cli): do not edit.

# Story folders under claims/, other folders and claim files.
_claimcheck_stories() {{
    local -a stories
    stories=(claims/*/story.toml(N:h))
    _alternative 'stories:story folder:compadd -a stories' 'files:claim file or folder:_files -g "*.toml"'
}}

_claimcheck() {{
    local curcontext=$curcontext state line
    local -a commands
    commands=({}
    )
    _arguments -C \
        '(- *)--version[Display program version information and exit]' \
        '(- *)'{{-h,--help}}'[Print this help message and exit]' \
        '1: :->command' \
        '*:: :->arguments'
    case $state in
    command)
        _describe -t commands command commands
        _claimcheck_stories
        ;;
    arguments)
        case $line[1] in
{}        esac
        ;;
    esac
}}

_claimcheck "$@"
)",
                       described, zsh_commands(command_line));
}

}  // namespace claimcheck::cli
