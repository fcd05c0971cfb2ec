// `claimcheck check` and `claimcheck lint`.
#include "cli/commands.hpp"
#include "gate/gate.hpp"
#include "load/load.hpp"
#include "model/io.hpp"
#include "pipeline/pipeline.hpp"
#include "render/render.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <memory>

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

namespace claimcheck::cli {

namespace {

std::string lint_summary(const pipeline::Run& run, const Diagnostics& diagnostics) {
    std::size_t claims = 0;
    std::size_t sources = 0;
    for (const auto& result : run.results) {
        sources += result.story.sources.size();
        for (const auto& source : result.story.sources) {
            claims += source.number_of_claims();
        }
    }
    return fmt::format("lint: {} stories, {} sources, {} claims: {} errors, {} warnings\n", run.results.size(), sources,
                       claims, diagnostics.count(Severity::error), diagnostics.count(Severity::warning));
}

// What the run prints on standard output in the text format.
std::string text_output(const CheckOptions& options, const pipeline::Run& run, const Diagnostics& diagnostics) {
    if (options.lint) {
        return lint_summary(run, diagnostics);
    }
    return render::terminal(run.results,
                            {use_color(options.common.color, stdout), options.common.quiet, options.min_level});
}

// The machine-readable formats, written to standard output story by story
// while the run goes on (spec §11); nullptr for the text format.
std::unique_ptr<render::StoryStream> story_stream(const CheckOptions& options, render::Output& out) {
    switch (options.format) {
        case Format::text:
            return nullptr;
        case Format::json:
            return render::json_stream(out);
        case Format::sarif:
            return render::sarif_stream(out, CLAIMCHECK_VERSION);
        case Format::github:
            return render::github_stream(out, {options.max_annotations, options.min_level});
    }
    return nullptr;
}

}  // namespace

int run_check(const CheckOptions& options) {
    pipeline::Options run_options;
    run_options.report_dir = options.report_dir;
    run_options.compare = !options.lint;
    run_options.write_reports = !options.lint;
    run_options.use_baseline = !options.no_baseline;
    run_options.update_baseline = options.update_baseline;
    run_options.jobs = options.common.jobs;
    run_options.keep_inputs = false;  // the outputs below need findings and counts, not the claims
    if (!options.no_cache) {
        run_options.cache_dir = options.cache_dir;
    }

    render::Output out(stdout);
    const auto stream = story_stream(options, out);
    if (stream) {
        run_options.on_story = [&](const StoryResult& result) { stream->add(result); };
    }

    Diagnostics diagnostics;
    const std::vector<std::string> default_paths{"claims"};
    const pipeline::Run run =
        pipeline::run(options.paths.empty() ? default_paths : options.paths, run_options, diagnostics);
    const bool err_color = use_color(options.common.color, stderr);
    const Severity shown = options.common.quiet ? Severity::error : options.min_level;
    print_diagnostics(diagnostics.sorted(), shown, err_color);

    if (stream) {
        stream->finish();
    } else {
        const std::string text = text_output(options, run, diagnostics);
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    std::fflush(stdout);
    if (!options.common.quiet && options.format == Format::text) {
        for (const auto& written : run.written) {
            print_line(stderr, "wrote ", written);
        }
    }

    // Problems outside any story (paths, writing) count as input errors too;
    // lint fails only on those.
    return gate::overall_exit_code(run.results, options.lint ? gate::FailOn::never : options.fail_on,
                                   run.input_errors || diagnostics.has_errors());
}

}  // namespace claimcheck::cli
