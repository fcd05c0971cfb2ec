// `claimcheck suggest ARTICLE`: what in a text could become a claim; with
// --story, a whole claim file proposed from the story's own files.
#include "anchor/anchor.hpp"
#include "cli/commands.hpp"
#include "grammar/value.hpp"
#include "load/load.hpp"
#include "model/io.hpp"
#include "suggest/suggest.hpp"
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

// The places of the article that could become claims, each with a snippet.
int list_places(const SuggestOptions& options) {
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

int refuse(const fs::path& path, const std::string& why, const CommonOptions& common) {
    Diagnostics diagnostics;
    diagnostics.error({io::display_path(path), 0, 0}, why);
    print_diagnostics(diagnostics.sorted(), Severity::note, use_color(common.color, stderr));
    return gate::exit_invalid;
}

// The story's sources, anchored, but the one the new article is (its own
// article or its id): a proposal never learns from the file it replaces.
std::vector<Source> other_sources(const Story& story, const fs::path& article, const std::string& id,
                                  Diagnostics& diagnostics) {
    std::vector<Source> sources;
    std::error_code ec;
    for (const auto& file : load::claim_files(story.dir)) {
        if (file.stem() == id) {
            continue;
        }
        Source source = load::load_source(story, file, diagnostics);
        const bool same_text = source.article_loaded && fs::equivalent(source.article.path, article, ec);
        if (same_text || !source.article_loaded) {
            continue;
        }
        anchor::anchor_source(source, diagnostics);
        sources.push_back(std::move(source));
    }
    return sources;
}

// The article's path relative to the story folder, or "" when it lies outside.
std::string text_key(const fs::path& story_dir, const fs::path& article) {
    std::error_code ec;
    const fs::path relative = fs::weakly_canonical(article, ec).lexically_relative(fs::weakly_canonical(story_dir, ec));
    if (ec || relative.empty() || *relative.begin() == "..") {
        return "";
    }
    return relative.generic_string();
}

// Writes the proposed file as <story>/<id>.toml, never over a file.
int write_proposal(const fs::path& file, const suggest::ClaimFile& proposal, const SuggestOptions& options) {
    std::error_code ec;
    if (fs::symlink_status(file, ec).type() != fs::file_type::not_found) {
        return refuse(file, "already exists; suggest --write never writes over a file", options.common);
    }
    const std::string error = io::write_new_file_atomically(file, suggest::claim_file_text(proposal));
    if (!error.empty()) {
        return refuse(file,
                      error == "already exists" ? "already exists; suggest --write never writes over a file" : error,
                      options.common);
    }
    if (!options.common.quiet) {
        print_line(stderr,
                   fmt::format("wrote {} claims and {} unmatched places to ", proposal.claims.size(),
                               proposal.unmatched.size()),
                   io::display_path(file));
    }
    return gate::exit_ok;
}

// A whole claim file for the article, from the story of --story.
int propose_file(const SuggestOptions& options) {
    const auto input = read_article(options.article, options.common);
    if (!input) {
        return gate::exit_invalid;
    }
    Diagnostics diagnostics;
    const auto story = load::load_story(options.story, diagnostics);
    const std::string text = story ? text_key(story->dir, options.article) : "";
    const std::string id = options.source.empty() ? fs::path(options.article).stem().string() : options.source;
    const auto sources = story ? other_sources(*story, options.article, id, diagnostics) : std::vector<Source>{};
    print_diagnostics(diagnostics.sorted(), Severity::warning, input->color);
    if (!story) {
        return gate::exit_invalid;
    }
    if (text.empty()) {
        return refuse(options.article,
                      fmt::format("lies outside the story folder {}, where a claim file's text must be: copy it "
                                  "to {}/articles/ first",
                                  io::display_path(story->dir), io::display_path(story->dir)),
                      options.common);
    }
    suggest::Request request{&*story, {}, &input->article, text, options.outlet};
    for (const auto& source : sources) {
        request.others.push_back(&source);
    }
    const suggest::ClaimFile proposal = suggest::propose(request);
    if (options.write) {
        return write_proposal(story->dir / (id + ".toml"), proposal, options);
    }
    const std::string out = suggest::claim_file_text(proposal);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return gate::exit_ok;
}

}  // namespace

int run_suggest(const SuggestOptions& options) {
    return options.story.empty() ? list_places(options) : propose_file(options);
}

}  // namespace claimcheck::cli
