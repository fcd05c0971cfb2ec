// `claimcheck locate ARTICLE QUOTE`: where a quote is, and a [[claim]] to paste.
#include "anchor/anchor.hpp"
#include "anchor/similar.hpp"
#include "cli/commands.hpp"
#include "load/load.hpp"
#include "model/io.hpp"
#include "util/text.hpp"

#include <cstdio>
#include <fmt/format.h>

namespace claimcheck::cli {

int run_locate(const LocateOptions& options) {
    const auto input = read_article(options.article, options.common);
    if (!input) {
        return 2;
    }
    const Article& article = input->article;
    const std::string& display = article.display_path;
    auto found = anchor::find_exact(article, options.quote);
    std::string how = "exact";
    if (found.empty()) {
        found = anchor::find_folded(article, options.quote);
        how = "folded (matches only after folding typography; copy the article's characters)";
    }
    if (found.empty()) {
        std::string message = "quote not found";
        if (auto passage = anchor::closest_passage(article, options.quote)) {
            message += fmt::format("; closest passage is on line {}: \"{}\"", passage->line, passage->text);
        }
        Diagnostics diagnostics;
        diagnostics.error({display, 0, 0}, message);
        print_diagnostics(diagnostics.sorted(), Severity::note, input->color);
        return 1;
    }
    std::string out;
    for (const auto& o : found) {
        out += fmt::format("{}:{}:{}: {}\n", display, o.line, o.column, how);
        // The article's own line, with control characters shown escaped: a
        // terminal must never receive an article's escape sequences.
        out += fmt::format("  {}\n", text::printable(article.lines.line_text(article.text, o.line)));
    }
    // The snippet quotes the article's own characters, so it anchors exactly.
    const auto& first = found.front();
    out += "\n[[claim]]\ntopic = \"\"            # a topic of story.toml\n";
    out += fmt::format("quote = {}\n", toml_string(article.text.substr(first.offset, first.length)));
    if (found.size() > 1) {
        out += fmt::format("line = {}              # the quote occurs {} times; keep the line you mean\n", first.line,
                           found.size());
    }
    out += "# value = \"\"          # when the quote holds more than the value\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace claimcheck::cli
