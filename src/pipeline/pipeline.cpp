#include "pipeline/pipeline.hpp"

#include "anchor/anchor.hpp"
#include "compare/compare.hpp"
#include "gate/baseline.hpp"
#include "load/load.hpp"
#include "load/paths.hpp"
#include "model/io.hpp"
#include "pipeline/cache.hpp"
#include "render/render.hpp"

#include <algorithm>
#include <atomic>
#include <fmt/format.h>
#include <limits>
#include <memory>
#include <mutex>
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

std::optional<Story> load_and_anchor(const fs::path& story_dir, unsigned jobs, Diagnostics& diagnostics,
                                     const load::FileContents* read) {
    auto story = load::load_story(story_dir, diagnostics, read);
    if (!story) {
        return std::nullopt;
    }
    const auto files = load::claim_files(story_dir);
    std::vector<Source> sources(files.size());
    parallel_for(files.size(), worker_count(jobs, files.size()), [&](std::size_t i) {
        sources[i] = load::load_source(*story, files[i], diagnostics, read);
        anchor::anchor_source(sources[i], diagnostics);
        sources[i].claim_count = sources[i].claims.size();
    });
    story->sources = std::move(sources);
    check_story_errors(*story, diagnostics);
    return story;
}

namespace {

// What checking one story produced besides its result: files written and
// problems writing them (reported with the run, not as input problems).
struct StoryOutcome {
    StoryResult result;
    bool input_errors = false;
    std::vector<std::string> written;
    std::vector<Diagnostic> write_errors;
    std::optional<std::string> report;  // the report's text, for the cache
};

Diagnostic write_error(const fs::path& file, std::string message) {
    Diagnostic d;
    d.severity = Severity::error;
    d.where.file = io::display_path(file);
    d.message = std::move(message);
    return d;
}

// A report is regenerated on every run. When the file already holds exactly
// this text (a story that did not change since the last run) it is left
// alone: reading it is much cheaper than replacing it, and its time stamp
// keeps saying when it last changed. Otherwise it is replaced atomically,
// without waiting for the disk (it can always be made again).
std::string write_report(const fs::path& file, const std::string& text) {
    std::string why;
    if (const auto existing = io::read_file(file, why); existing && *existing == text) {
        return {};
    }
    return io::write_file_atomically(file, text, io::Sync::atomic);
}

// The article texts are only needed to anchor quotes, and the claims,
// topics, entities and scales only until the report is written: what is
// printed after the run comes from the findings (which copy the claims they
// show), the problems and the counts. Releasing them when a story is done
// makes a long run hold one story's inputs per worker rather than the
// whole archive.
void release_inputs(Story& story, bool keep_inputs) {
    for (auto& source : story.sources) {
        std::string().swap(source.article.text);
        source.article.lines = text::Lines();
        if (!keep_inputs) {
            std::vector<Claim>().swap(source.claims);
        }
    }
    if (!keep_inputs) {
        std::vector<Entity>().swap(story.entities);
        story.topics.clear();
        story.scales.clear();
    }
}

// Whether a claim can be compared: its value was read and its quote was
// found once in its article. Any other claim has an error among the
// story's problems already, and is left out of the comparison.
bool comparable(const Claim& claim) {
    return !std::holds_alternative<std::monostate>(claim.value) && claim.anchor.state != AnchorState::orphan &&
           claim.anchor.state != AnchorState::ambiguous;
}

void leave_out_uncomparable_claims(Story& story) {
    for (auto& source : story.sources) {
        source.claim_count = source.number_of_claims();
        std::erase_if(source.claims, [](const Claim& claim) { return !comparable(claim); });
    }
}

StoryResult unreadable_story(const fs::path& story_dir) {
    StoryResult result;
    result.story.dir = story_dir;
    result.story.id = fs::absolute(story_dir).lexically_normal().filename().string();
    result.story.display_dir = io::display_path(story_dir);
    return result;
}

// Replaces the story's baseline with one that accepts every current
// finding. False (and the problem in `out`) when it cannot be written.
bool update_baseline(const fs::path& baseline_file, std::optional<gate::Baseline>& baseline, StoryOutcome& out) {
    const auto updated = gate::updated_baseline(out.result, baseline.value_or(gate::Baseline{}));
    if (auto error = io::write_file_atomically(baseline_file, gate::format_baseline(updated)); !error.empty()) {
        out.write_errors.push_back(write_error(baseline_file, std::move(error)));
        out.input_errors = true;
        return false;
    }
    out.written.push_back(io::display_path(baseline_file));
    baseline = updated;
    return true;
}

// Writes, applying the baseline first: the story's report, and with
// --update-baseline (only for a story without input errors) its baseline.
// A baseline that cannot be replaced leaves the report as it was too: a run
// that cannot write changes nothing.
void write_outputs(const fs::path& story_dir, const Options& options, const std::string& to_root,
                   std::optional<gate::Baseline> baseline, StoryOutcome& out) {
    StoryResult& result = out.result;
    const fs::path baseline_file = story_dir / load::baseline_file_name;
    if (options.update_baseline && out.input_errors) {
        Diagnostic kept = write_error(baseline_file,
                                      "not updated: the story has input errors; fix them and run "
                                      "--update-baseline again");
        kept.severity = Severity::note;
        out.write_errors.push_back(std::move(kept));
    } else if (options.update_baseline && !update_baseline(baseline_file, baseline, out)) {
        return;
    }
    if (baseline) {
        gate::apply_baseline(result, *baseline);
    }
    if (options.write_reports) {
        const fs::path report = options.report_dir / (result.story.id + ".md");
        out.report = render::markdown_report(result, to_root);
        if (auto error = write_report(report, *out.report); !error.empty()) {
            out.write_errors.push_back(write_error(report, std::move(error)));
            out.input_errors = true;
        } else {
            out.written.push_back(io::display_path(report));
        }
    }
}

// Loads, anchors, compares and reports one story. `file_jobs` threads load
// its claim files. Touches nothing shared but the files it writes. Only a
// story whose story.toml cannot be read gets no report: claims with errors
// are listed as problems and left out, and the rest is compared.
StoryOutcome check_story(const fs::path& story_dir, const Options& options, unsigned file_jobs,
                         const std::string& to_root, const load::FileContents* read = nullptr) {
    StoryOutcome out;
    StoryResult& result = out.result;
    Diagnostics problems;
    auto story = load_and_anchor(story_dir, file_jobs, problems, read);
    result = story ? StoryResult{} : unreadable_story(story_dir);
    if (story) {
        result.story = std::move(*story);
    }
    result.report_path = io::display_path(options.report_dir / (result.story.id + ".md"));
    const fs::path baseline_file = story_dir / load::baseline_file_name;
    std::optional<gate::Baseline> baseline;
    if (story && options.compare) {
        leave_out_uncomparable_claims(result.story);
        auto comparison = compare::compare_story(result.story);
        result.findings = std::move(comparison.findings);
        result.timelines = std::move(comparison.timelines);
        if (options.use_baseline || options.update_baseline) {
            baseline = gate::read_baseline(baseline_file, io::display_path(baseline_file), problems, read);
        }
    }
    result.problems = problems.sorted();
    out.input_errors = problems.has_errors();
    if (story && options.compare) {
        write_outputs(story_dir, options, to_root, std::move(baseline), out);
    }
    release_inputs(result.story, options.keep_inputs);
    return out;
}

std::unique_ptr<cache::Cache> open_cache(const Options& options, const std::string& to_root) {
    if (options.cache_dir.empty() || options.update_baseline || options.keep_inputs) {
        return nullptr;
    }
    return std::make_unique<cache::Cache>(
        options.cache_dir,
        fmt::format("report_dir={}\nto_root={}\ncompare={}\nwrite_reports={}\nuse_baseline={}",
                    options.report_dir.string(), to_root, options.compare, options.write_reports, options.use_baseline),
        std::vector<fs::path>{options.report_dir}, cache::build_identity());
}

// check_story through the cache: a story whose files, build and settings
// are those of a stored entry is given back as stored, its report written
// again where the file no longer holds it; any other is checked and
// stored, unless writing something failed.
StoryOutcome cached_check_story(const fs::path& story_dir, const Options& options, unsigned file_jobs,
                                const std::string& to_root, const cache::Cache* store, std::atomic<std::size_t>& hits) {
    std::vector<cache::Stamp> stamps;
    load::FileContents contents;  // what the key hashed, checked on a miss without reading it again
    const auto key = store ? store->key(story_dir, &stamps, &contents) : std::nullopt;
    if (key) {
        if (auto entry = store->load(story_dir, *key)) {
            StoryOutcome out;
            out.result = std::move(entry->result);
            out.input_errors = entry->input_errors;
            if (entry->has_report) {
                const fs::path report = options.report_dir / (out.result.story.id + ".md");
                if (auto error = write_report(report, entry->report); !error.empty()) {
                    out.write_errors.push_back(write_error(report, std::move(error)));
                    out.input_errors = true;
                } else {
                    out.written.push_back(io::display_path(report));
                }
            }
            ++hits;
            return out;
        }
    }
    StoryOutcome out = check_story(story_dir, options, file_jobs, to_root, key ? &contents : nullptr);
    contents.clear();
    if (key && out.write_errors.empty() && store->unchanged(story_dir, stamps)) {
        cache::Entry entry{*key, std::move(out.result), out.input_errors, out.report.has_value(),
                           std::move(out.report).value_or("")};
        store->store(story_dir, entry);
        out.result = std::move(entry.result);
    }
    out.report.reset();
    return out;
}

// Hands results to Options::on_story in story order as they are done: a
// story finished early waits for those before it.
class InOrder {
  public:
    InOrder(const std::vector<StoryOutcome>& outcomes, const Options& options)
        : outcomes_(outcomes), options_(options), done_(outcomes.size(), false) {}

    void done(std::size_t i) {
        if (!options_.on_story) {
            return;
        }
        const std::scoped_lock lock(mutex_);
        done_[i] = true;
        for (; next_ < done_.size() && done_[next_]; ++next_) {
            options_.on_story(outcomes_[next_].result);
        }
    }

  private:
    const std::vector<StoryOutcome>& outcomes_;
    const Options& options_;
    std::vector<bool> done_;
    std::size_t next_ = 0;
    std::mutex mutex_;
};

}  // namespace

Run run(const std::vector<std::string>& paths, const Options& options, Diagnostics& diagnostics) {
    Run out;
    const auto stories = load::find_stories(paths, diagnostics);
    const std::string to_root = report_dir_to_root(options.report_dir);
    const unsigned workers = worker_count(options.jobs, std::numeric_limits<std::size_t>::max());
    std::vector<StoryOutcome> outcomes(stories.size());
    InOrder in_order(outcomes, options);
    const auto store = open_cache(options, to_root);
    std::atomic<std::size_t> hits{0};
    if (workers > 1 && stories.size() >= workers) {
        // An archive: one pool for the whole run, a story per task, results
        // by index. Each story's claim files are read by the worker that
        // took the story.
        parallel_for(stories.size(), workers, [&](std::size_t i) {
            outcomes[i] = cached_check_story(stories[i], options, 1, to_root, store.get(), hits);
            in_order.done(i);
        });
    } else {
        // A few stories: one after the other, each story's claim files in parallel.
        for (std::size_t i = 0; i < stories.size(); ++i) {
            outcomes[i] = cached_check_story(stories[i], options, workers, to_root, store.get(), hits);
            in_order.done(i);
        }
    }
    out.from_cache = hits;
    out.results.reserve(outcomes.size());
    for (auto& outcome : outcomes) {
        diagnostics.append(outcome.result.problems);
        diagnostics.append(outcome.write_errors);
        out.input_errors = out.input_errors || outcome.input_errors;
        out.written.insert(out.written.end(), outcome.written.begin(), outcome.written.end());
        out.results.push_back(std::move(outcome.result));
    }
    return out;
}

}  // namespace claimcheck::pipeline
