// `claimcheck suggest ARTICLE`: what in a text could become a claim.
#include "anchor/anchor.hpp"
#include "cli/commands.hpp"
#include "grammar/value.hpp"
#include "load/load.hpp"
#include "model/io.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>

namespace claimcheck::cli {

namespace fs = std::filesystem;

namespace {

struct Suggestion {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string kind;    // quantity, date, name
    std::string detail;  // canonical value or entity
};

// The story an article belongs to: the nearest folder above it with a story.toml.
std::optional<fs::path> story_of(const fs::path& article) {
    std::error_code ec;
    fs::path dir = fs::absolute(article, ec).parent_path();
    for (int up = 0; up < 3 && !dir.empty(); ++up) {
        if (fs::is_regular_file(dir / "story.toml", ec)) {
            return dir;
        }
        if (dir == dir.parent_path()) {
            break;
        }
        dir = dir.parent_path();
    }
    return std::nullopt;
}

}  // namespace

int run_suggest(const SuggestOptions& options) {
    const auto input = read_article(options.article, options.common);
    if (!input) {
        return 2;
    }
    const Article& article = input->article;
    std::vector<Suggestion> found;
    for (const auto& q : grammar::find_quantities(article.text)) {
        found.push_back({q.offset, q.length, "quantity",
                         fmt::format("{}, {}", q.value.canonical, grammar::dimension_name(q.value.dimension))});
    }
    for (const auto& d : grammar::find_dates(article.text)) {
        found.push_back({d.offset, d.length, "date", d.value.canonical});
    }
    if (const auto story_dir = story_of(options.article)) {
        Diagnostics story_problems;
        if (const auto story = load::load_story(*story_dir, story_problems)) {
            for (const auto& entity : story->entities) {
                std::vector<std::string> spellings{entity.name};
                spellings.insert(spellings.end(), entity.variants.begin(), entity.variants.end());
                for (const auto& spelling : spellings) {
                    for (const auto& o : anchor::find_exact(article, spelling)) {
                        found.push_back({o.offset, o.length, "name", fmt::format("entity {}", entity.id)});
                    }
                }
            }
        }
        print_diagnostics(story_problems.sorted(), Severity::warning, input->color);
    }
    std::sort(found.begin(), found.end(), [](const Suggestion& a, const Suggestion& b) {
        return std::tie(a.offset, a.length, a.kind) < std::tie(b.offset, b.length, b.kind);
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Suggestion& a, const Suggestion& b) {
                                return a.offset == b.offset && a.length == b.length && a.kind == b.kind;
                            }),
                found.end());

    std::string out;
    for (const auto& s : found) {
        const std::string words = article.text.substr(s.offset, s.length);
        const auto occurrences = anchor::find_exact(article, words);
        const auto here = std::find_if(occurrences.begin(), occurrences.end(),
                                       [&](const anchor::Occurrence& o) { return o.offset == s.offset; });
        const int line = here != occurrences.end() ? here->line : 0;
        const int column = here != occurrences.end() ? here->column : 0;
        out += fmt::format("{}:{}:{}: {} {} ({})\n", article.display_path, line, column, s.kind, text::printable(words),
                           text::printable(s.detail));
        out += fmt::format("[[claim]]\ntopic = \"\"\nkind = \"{}\"\nquote = {}\n", s.kind, toml_string(words));
        if (occurrences.size() > 1) {
            out += fmt::format("line = {}\n", line);
        }
        out += "\n";
    }
    out += fmt::format("{} suggestions\n", found.size());
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace claimcheck::cli
