// claimcheck(1), written from the same command line as --help: the
// commands, their options, exit codes, files and examples.
#include "cli/command_line.hpp"

#include <fmt/format.h>
#include <string>
#include <string_view>

namespace claimcheck::cli {

namespace {

// `text` as roff prose: backslashes escaped, a line that would start with
// a control character made literal.
std::string prose(std::string_view text) {
    std::string out;
    bool line_start = true;
    for (const char c : text) {
        if (line_start && (c == '.' || c == '\'')) {
            out += "\\&";
        }
        if (c == '\\') {
            out += "\\e";
        } else {
            out += c;
        }
        line_start = c == '\n';
    }
    return out;
}

// `text` as roff where every '-' is a minus sign: option names and commands
// a reader may copy.
std::string literal(std::string_view text) {
    std::string out;
    for (const char c : prose(text)) {
        if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
    }
    return out;
}

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
    std::string out;
    for (const auto& word : words) {
        out += (out.empty() ? "" : std::string(separator)) + word;
    }
    return out;
}

// `--format FORMAT` in bold and italics, `-q, --quiet` for a flag.
std::string option_heading(const CLI::Option& option) {
    const std::string value = value_name(option);
    if (option.get_positional()) {
        return fmt::format("\\fI{}\\fR", value);
    }
    std::vector<std::string> names;
    for (const auto& name : option.get_snames()) {
        names.push_back(fmt::format("\\fB\\-{}\\fR", literal(name)));
    }
    for (const auto& name : option.get_lnames()) {
        names.push_back(fmt::format("\\fB\\-\\-{}\\fR", literal(name)));
    }
    return joined(names, ", ") + (value.empty() ? "" : fmt::format(" \\fI{}\\fR", value));
}

std::string option_text(const CLI::Option& option) {
    std::string text = fmt::format(".TP\n{}\n{}", option_heading(option), prose(option.get_description()));
    if (const auto choices = choices_of(option); !choices.empty()) {
        text += fmt::format(": one of {}", joined(choices, ", "));
    }
    if (!option.get_default_str().empty()) {
        text += fmt::format(" (default: {})", prose(option.get_default_str()));
    }
    return text + ".\n";
}

std::string synopsis(const Command& command) {
    std::string text = fmt::format(".B claimcheck {}\n.RI [ options ]", command.app->get_name());
    for (const auto* option : command.app->get_options()) {
        if (option->get_positional()) {
            const bool many = option->get_items_expected_max() > 1;
            const std::string name = value_name(*option) + (many ? " ..." : "");
            text += option->get_required() ? fmt::format(" {}", name) : fmt::format(" [ {} ]", name);
        }
    }
    return text + "\n.br\n";
}

std::string command_section(const Command& command) {
    std::string text = fmt::format(".SS {}\n{}.\n", command.app->get_name(), prose(command.app->get_description()));
    for (const auto* option : command.app->get_options()) {
        text += option_text(*option);
    }
    return text;
}

std::string exit_status(const Command& command) {
    std::string text = fmt::format(".SS {}\n", command.app->get_name());
    for (const auto& exit : command.doc.exit_codes) {
        text += fmt::format(".TP\n.B {}\n{}.\n", exit.code, prose(exit.meaning));
    }
    return text;
}

std::string files(const Command& command) {
    std::string text = fmt::format(".SS {}\n", command.app->get_name());
    const auto list = [&text](std::string_view heading, const std::vector<std::string>& items) {
        text += fmt::format(".TP\n{}\n", heading);
        for (std::size_t i = 0; i < items.size(); ++i) {
            text += fmt::format("{}{}\n", i == 0 ? "" : ".br\n", literal(items[i]));
        }
    };
    list("Reads:", command.doc.reads);
    list("Writes:", command.doc.writes);
    return text;
}

std::string example(const Command& command) {
    return fmt::format(".PP\n.RS 4\n.nf\n{}\n.fi\n.RE\n{}.\n", literal(command.doc.example),
                       prose(command.doc.example_says));
}

}  // namespace

std::string man_page(const CommandLine& command_line) {
    std::string page = fmt::format(
        ".\\\" Generated from claimcheck's command line (src/cli): do not edit.\n"
        ".TH CLAIMCHECK 1 \"\" \"{}\" \"User Commands\"\n"
        ".SH NAME\nclaimcheck \\- check whether several news sources agree with each other\n"
        ".SH SYNOPSIS\n.B claimcheck\n.RI [ PATH ...]\n.br\n",
        literal(version_line()));
    // One part per command, for each section.
    const auto each = [&command_line](std::string (*part)(const Command&)) {
        std::string text;
        for (const auto& command : command_line.commands) {
            text += part(command);
        }
        return text;
    };
    page += each(synopsis);
    page += ".B claimcheck \\-\\-version\n.SH DESCRIPTION\n";
    page += prose(
        "Editors keep one folder per story under claims/: the article texts, and one claim file per article in "
        "which each claim is tied to the exact words it rests on. claimcheck groups the claims by topic across "
        "sources and reports what disagrees: numbers, names, dates and times, framing and quotes. With no "
        "command it runs check on every story under claims/.\n");
    page += ".SH COMMANDS\n" + each(command_section);
    page += ".SH \"EXIT STATUS\"\n" + each(exit_status);
    page += ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nWhen set, \\-\\-color auto prints no colour.\n";
    page += ".SH FILES\n" + each(files);
    page += ".SH EXAMPLES\n" + each(example);
    page += ".SH \"SEE ALSO\"\n";
    page += prose(
        "README.md and docs/ in share/doc/claimcheck/ under the installation prefix (/usr/share/doc/claimcheck/ "
        "from the Debian package): the input files, the value language, the comparison rules, reports and CI.\n");
    return page;
}

}  // namespace claimcheck::cli
