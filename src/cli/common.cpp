// Helpers every command uses.
#include "cli/commands.hpp"
#include "load/load.hpp"
#include "load/toml_string.hpp"
#include "model/io.hpp"
#include "util/text.hpp"

#include <cstdio>

namespace claimcheck::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, Severity min_level, bool color) {
    for (const auto& d : diagnostics) {
        if (d.severity >= min_level || d.severity == Severity::error) {
            const std::string text = format_diagnostic(d, color);
            std::fwrite(text.data(), 1, text.size(), stderr);
        }
    }
}

std::optional<ArticleInput> read_article(const std::string& path, const CommonOptions& common) {
    Diagnostics diagnostics;
    auto article = load::load_article(path, io::display_path(path), diagnostics);
    const bool color = use_color(common.color, stderr);
    print_diagnostics(diagnostics.sorted(), Severity::note, color);
    if (!article) {
        return std::nullopt;
    }
    return ArticleInput{std::move(*article), color};
}

std::string toml_string(const std::string& text) {
    return load::toml_basic_string(text);
}

void print_line(std::FILE* stream, std::string_view prefix, std::string_view text) {
    std::string line(prefix);
    line += text::printable(text);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stream);
}

}  // namespace claimcheck::cli
