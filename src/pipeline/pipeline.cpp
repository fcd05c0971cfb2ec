#include "pipeline/pipeline.hpp"

#include "anchor/anchor.hpp"
#include "compare/compare.hpp"
#include "gate/baseline.hpp"
#include "load/load.hpp"
#include "model/io.hpp"
#include "render/render.hpp"

#include <algorithm>
#include <atomic>
#include <fmt/format.h>
#include <thread>

namespace claimcheck::pipeline {

namespace fs = std::filesystem;

namespace {

unsigned worker_count(unsigned jobs, std::size_t tasks) {
    unsigned n = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(tasks, 1)));
}

// Runs task(i) for i in [0, count) on `workers` threads.
template <typename Task>
void parallel_for(std::size_t count, unsigned workers, Task&& task) {
    if (workers <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            task(i);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::jthread> threads;
    threads.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            for (std::size_t i = next++; i < count; i = next++) {
                task(i);
            }
        });
    }
}

// The relative path from the report folder back to the working directory,
// for article links ("..").
std::string report_dir_to_root(const fs::path& report_dir) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    const fs::path dir = fs::absolute(report_dir, ec).lexically_normal();
    std::string up = cwd.lexically_relative(dir).generic_string();
    return up.empty() ? "." : up;
}

void check_story_errors(const Story& story, Diagnostics& diagnostics) {
    if (story.sources.empty()) {
        diagnostics.error({io::display_path(story.dir), 0, 0},
                          "the story has no claim files (add one <source>.toml per article)");
    }
}

}  // namespace

std::optional<Story> load_and_anchor(const fs::path& story_dir, unsigned jobs, Diagnostics& diagnostics) {
    auto story = load::load_story(story_dir, diagnostics);
    if (!story) {
        return std::nullopt;
    }
    const auto files = load::claim_files(story_dir);
    std::vector<Source> sources(files.size());
    parallel_for(files.size(), worker_count(jobs, files.size()), [&](std::size_t i) {
        sources[i] = load::load_source(*story, files[i], diagnostics);
        anchor::anchor_source(sources[i], diagnostics);
    });
    story->sources = std::move(sources);
    check_story_errors(*story, diagnostics);
    return story;
}

Run run(const std::vector<std::string>& paths, const Options& options, Diagnostics& diagnostics) {
    Run out;
    const auto stories = load::find_stories(paths, diagnostics);
    for (const auto& story_dir : stories) {
        Diagnostics problems;
        auto story = load_and_anchor(story_dir, options.jobs, problems);
        StoryResult result;
        if (story) {
            result.story = std::move(*story);
        } else {
            result.story.dir = story_dir;
            result.story.id = fs::absolute(story_dir).lexically_normal().filename().string();
            result.story.display_dir = io::display_path(story_dir);
        }
        result.report_path = io::display_path(options.report_dir / (result.story.id + ".md"));
        const fs::path baseline_file = story_dir / "baseline.toml";
        std::optional<gate::Baseline> baseline;
        if (story && options.compare) {
            auto comparison = compare::compare_story(result.story);
            result.findings = std::move(comparison.findings);
            result.timelines = std::move(comparison.timelines);
            if (options.use_baseline || options.update_baseline) {
                baseline = gate::read_baseline(baseline_file, io::display_path(baseline_file), problems);
            }
        }
        result.problems = problems.sorted();
        diagnostics.append(result.problems);
        const bool story_errors = problems.has_errors();
        out.input_errors = out.input_errors || story_errors;
        if (story_errors || !story || !options.compare) {
            out.results.push_back(std::move(result));
            continue;
        }
        if (options.update_baseline) {
            const auto updated = gate::updated_baseline(result, baseline.value_or(gate::Baseline{}));
            if (auto error = io::write_file_atomically(baseline_file, gate::format_baseline(updated));
                !error.empty()) {
                diagnostics.error({io::display_path(baseline_file), 0, 0}, error);
                out.input_errors = true;
            } else {
                out.written.push_back(io::display_path(baseline_file));
                baseline = updated;
            }
        }
        if (baseline) {
            gate::apply_baseline(result, *baseline);
        }
        if (options.write_reports) {
            const fs::path report = options.report_dir / (result.story.id + ".md");
            const std::string text =
                render::markdown_report(result, report_dir_to_root(options.report_dir));
            if (auto error = io::write_file_atomically(report, text); !error.empty()) {
                diagnostics.error({io::display_path(report), 0, 0}, error);
                out.input_errors = true;
            } else {
                out.written.push_back(io::display_path(report));
            }
        }
        out.results.push_back(std::move(result));
    }
    return out;
}

}  // namespace claimcheck::pipeline
