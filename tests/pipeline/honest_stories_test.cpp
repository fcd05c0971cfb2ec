// Reference-only stories whose outlets differ only honestly (tests/fixtures/honest/):
// accepted spellings of one name, one instant in two zones, adjacent parts of
// a day, figures given with "about" or "at least", a share as a proportion and
// as the percentage it rounds to. Checked end to end, they raise no warning
// and no error: every warning an editor learns to skip costs the next one.
#include "pipeline/pipeline.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fmt/format.h>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

const fs::path honest_dir = fs::path(CLAIMCHECK_TEST_DIR) / "fixtures" / "honest";

std::vector<std::string> honest_stories() {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(honest_dir)) {
        if (entry.is_directory()) {
            out.push_back(entry.path().string());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("honest reference-only stories raise no warning and no error", "[pipeline][honest]") {
    const auto stories = honest_stories();
    REQUIRE(stories.size() >= 2);
    for (const auto& story : stories) {
        INFO(story);
        pipeline::Options options;
        options.write_reports = false;
        options.use_baseline = false;
        options.jobs = 1;
        Diagnostics diagnostics;
        const pipeline::Run run = pipeline::run({story}, options, diagnostics);
        for (const auto& problem : diagnostics.sorted()) {
            UNSCOPED_INFO(fmt::format("{}:{}: {}", problem.where.file, problem.where.line, problem.message));
        }
        CHECK_FALSE(run.input_errors);
        REQUIRE(run.results.size() == 1);
        const StoryResult& result = run.results.front();
        CHECK(result.problems.empty());
        std::size_t notes = 0;
        for (const Finding& finding : result.findings) {
            INFO(fmt::format("{} {}/{}: {}", finding.topic, family_name(finding.kind), to_string(finding.verdict),
                             finding.explanation));
            CHECK(finding.severity == Severity::note);
            notes += finding.severity == Severity::note ? 1 : 0;
        }
        // The stories are not silent: their honest differences are notes.
        CHECK(notes >= 3);
    }
}
