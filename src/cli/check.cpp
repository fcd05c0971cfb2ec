// `claimcheck check` and `claimcheck lint`.
#include "cli/commands.hpp"
#include "gate/gate.hpp"
#include "load/load.hpp"
#include "model/io.hpp"
#include "pipeline/pipeline.hpp"
#include "render/render.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <toml++/toml.h>

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

namespace claimcheck::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, Severity min_level, bool color) {
    for (const auto& d : diagnostics) {
        if (d.severity >= min_level || d.severity == Severity::error) {
            const std::string text = format_diagnostic(d, color);
            std::fwrite(text.data(), 1, text.size(), stderr);
        }
    }
}

std::optional<Article> read_article(const std::string& path, const CommonOptions& common) {
    Diagnostics diagnostics;
    auto article = load::load_article(path, io::display_path(path), diagnostics);
    print_diagnostics(diagnostics.sorted(), Severity::note, use_color(common.color, stderr));
    return article;
}

std::string toml_string(const std::string& text) {
    std::ostringstream out;
    out << toml::value<std::string>(text);
    return out.str();
}

int run_check(const CheckOptions& options) {
    pipeline::Options run_options;
    run_options.report_dir = options.report_dir;
    run_options.compare = !options.lint;
    run_options.write_reports = !options.lint;
    run_options.use_baseline = !options.no_baseline;
    run_options.update_baseline = options.update_baseline;
    run_options.jobs = options.common.jobs;
    run_options.keep_inputs = false;  // the outputs below need findings and counts, not the claims

    Diagnostics diagnostics;
    const pipeline::Run run = pipeline::run(options.paths, run_options, diagnostics);
    const bool err_color = use_color(options.common.color, stderr);
    const Severity shown = options.common.quiet ? Severity::error : options.min_level;
    print_diagnostics(diagnostics.sorted(), shown, err_color);

    std::string out;
    switch (options.format) {
        case Format::text:
            if (options.lint) {
                const auto errors = diagnostics.count(Severity::error);
                const auto warnings = diagnostics.count(Severity::warning);
                std::size_t claims = 0;
                std::size_t sources = 0;
                for (const auto& result : run.results) {
                    sources += result.story.sources.size();
                    for (const auto& source : result.story.sources) {
                        claims += source.number_of_claims();
                    }
                }
                out = fmt::format("lint: {} stories, {} sources, {} claims: {} errors, {} warnings\n",
                                  run.results.size(), sources, claims, errors, warnings);
            } else {
                out = render::terminal(
                    run.results, {use_color(options.common.color, stdout), options.common.quiet, options.min_level});
            }
            break;
        case Format::json:
            out = render::json(run.results);
            break;
        case Format::sarif:
            out = render::sarif(run.results, CLAIMCHECK_VERSION);
            break;
        case Format::github:
            out = render::github(run.results, {options.max_annotations, options.min_level});
            break;
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    if (!options.common.quiet && options.format == Format::text) {
        for (const auto& written : run.written) {
            std::fprintf(stderr, "wrote %s\n", written.c_str());
        }
    }

    if (run.input_errors || diagnostics.has_errors()) {
        return gate::exit_invalid;  // includes problems outside any story (paths, writing)
    }
    return options.lint ? gate::exit_ok : gate::exit_code(run.results, options.fail_on);
}

}  // namespace claimcheck::cli
