// Atomic writes (docs/reliability.md): a run that fails or is killed leaves
// every report and baseline either as it was or complete, never in part, and
// a temporary file it leaves behind never takes a report's place.
#include "cli/generated_story.hpp"
#include "support/process.hpp"
#include "support/read_only.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

const std::string old_report = "# An earlier report\n\nkept whole until a new one is complete\n";
const std::string old_baseline =
    "# accepted earlier\n[[accepted]]\nfingerprint = \"numeric:t0:0000000000000000\"\nreason = \"kept\"\n";

struct Repo {
    testing::TempDir dir;
    fs::path report = dir.path() / "reports" / "generated.md";
    fs::path baseline = dir.path() / "claims" / "generated" / "baseline.toml";

    Repo(int sources, int topics) { testing::write_generated_story(dir.path(), "generated", sources, topics); }

    void reset() const {
        testing::write_text(report, old_report);
        testing::write_text(baseline, old_baseline);
    }
};

// Temporary files left in a folder (write_file_atomically's ".NAME.*.tmp").
std::vector<std::string> temp_files(const fs::path& dir) {
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto name = entry.path().filename().string();
        if (name.size() > 4 && name.starts_with(".") && name.ends_with(".tmp")) {
            found.push_back(name);
        }
    }
    return found;
}

}  // namespace

TEST_CASE("a run killed at any moment leaves the old or the complete new report and baseline") {
    Repo repo(16, 400);
    const std::vector<std::string> args{"--update-baseline"};

    // What a complete run makes from the same starting point, and how long it takes.
    repo.reset();
    const auto started = std::chrono::steady_clock::now();
    const auto complete = testing::run_program(CLAIMCHECK_EXE, args, repo.dir.path());
    const auto took = std::chrono::steady_clock::now() - started;
    INFO(complete.err);
    REQUIRE(complete.exit_code == 0);
    const std::string new_report = testing::read_text(repo.report);
    const std::string new_baseline = testing::read_text(repo.baseline);
    REQUIRE(new_report != old_report);
    REQUIRE(new_baseline != old_baseline);

    // Kill runs at moments spread over a whole run, writing included.
    constexpr int trials = 24;
    int interrupted = 0;
    for (int trial = 0; trial < trials; ++trial) {
        repo.reset();
        const auto delay = took * (trial + 1) / trials;
        const pid_t pid = testing::start_program(CLAIMCHECK_EXE, args, repo.dir.path());
        std::this_thread::sleep_for(delay);
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        interrupted += WIFSIGNALED(status) ? 1 : 0;

        INFO("trial " << trial << ", killed after "
                      << std::chrono::duration_cast<std::chrono::milliseconds>(delay).count() << " ms");
        const std::string report = testing::read_text(repo.report);
        const std::string baseline = testing::read_text(repo.baseline);
        CHECK((report == old_report || report == new_report));
        CHECK((baseline == old_baseline || baseline == new_baseline));
    }
    CHECK(interrupted > 0);

    // A temporary file a killed run left behind is never read as input and
    // never replaces a report: the next run starts from the same point and
    // ends with the complete report.
    repo.reset();
    testing::write_text(repo.dir.path() / "reports" / ".generated.md.1-0.tmp", "# half a rep");
    testing::write_text(repo.dir.path() / "claims" / "generated" / ".baseline.toml.1-0.tmp", "[[acc");
    const auto after = testing::run_program(CLAIMCHECK_EXE, args, repo.dir.path());
    INFO(after.err);
    CHECK(after.exit_code == 0);
    CHECK(testing::read_text(repo.report) == new_report);
    CHECK(testing::read_text(repo.baseline) == new_baseline);
}

TEST_CASE("a completed run leaves no temporary file behind") {
    Repo repo(3, 20);
    repo.reset();
    const auto result = testing::run_program(CLAIMCHECK_EXE, {"--update-baseline"}, repo.dir.path());
    CHECK(result.exit_code == 0);
    CHECK(temp_files(repo.dir.path() / "reports").empty());
    CHECK(temp_files(repo.dir.path() / "claims" / "generated").empty());
}

TEST_CASE("a --report-dir that names a file fails with exit 2 and touches nothing") {
    Repo repo(3, 20);
    repo.reset();
    testing::write_text(repo.dir.path() / "not-a-folder", "a file\n");
    const auto result =
        testing::run_program(CLAIMCHECK_EXE, {"--no-baseline", "--report-dir", "not-a-folder"}, repo.dir.path());
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("not-a-folder") != std::string::npos);
    CHECK(testing::read_text(repo.dir.path() / "not-a-folder") == "a file\n");
    CHECK(testing::read_text(repo.report) == old_report);
    CHECK(temp_files(repo.dir.path()).empty());

    const auto below =
        testing::run_program(CLAIMCHECK_EXE, {"--no-baseline", "--report-dir", "not-a-folder/sub"}, repo.dir.path());
    CHECK(below.exit_code == 2);
    CHECK(testing::read_text(repo.dir.path() / "not-a-folder") == "a file\n");
}

TEST_CASE("a read-only report folder fails with exit 2 and keeps the old report") {
    Repo repo(3, 20);
    repo.reset();
    testing::Result result;
    {
        const testing::ReadOnly locked(repo.dir.path() / "reports");
        if (!locked.ok()) {
            WARN("skipped: " << locked.why());
            return;
        }
        result = testing::run_program(CLAIMCHECK_EXE, {"--no-baseline"}, repo.dir.path());
    }
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(testing::read_text(repo.report) == old_report);
    CHECK(temp_files(repo.dir.path() / "reports").empty());
}

TEST_CASE("an --update-baseline run that cannot replace the baseline changes nothing, not even the report") {
    Repo repo(3, 20);
    repo.reset();
    testing::Result result;
    {
        // The story folder cannot take the baseline's temporary file.
        const testing::ReadOnly locked(repo.baseline.parent_path());
        if (!locked.ok()) {
            WARN("skipped: " << locked.why());
            return;
        }
        result = testing::run_program(CLAIMCHECK_EXE, {"--update-baseline"}, repo.dir.path());
    }
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("generated/baseline.toml: error: cannot write") != std::string::npos);
    CHECK(testing::read_text(repo.baseline) == old_baseline);
    CHECK(testing::read_text(repo.report) == old_report);
    CHECK(temp_files(repo.baseline.parent_path()).empty());
}

TEST_CASE("a baseline that cannot be replaced fails with exit 2 and stays as it was") {
    Repo repo(3, 20);
    repo.reset();
    // A folder where the baseline's temporary file would go: the rename over
    // baseline.toml cannot succeed when baseline.toml is a non-empty folder.
    fs::remove(repo.baseline);
    testing::write_text(repo.baseline / "keep.txt", "kept\n");
    const auto result = testing::run_program(CLAIMCHECK_EXE, {"--update-baseline"}, repo.dir.path());
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(testing::read_text(repo.baseline / "keep.txt") == "kept\n");
    CHECK(temp_files(repo.baseline.parent_path()).empty());
}
