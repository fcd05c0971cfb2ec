// Determinism (docs/reliability.md): the same input gives byte-identical
// reports and outputs, whatever the number of threads, the order in which
// the folder lists its files, or where the repository lives.
#include "cli/generated_story.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CLAIMCHECK_SOURCE_DIR;

// A repository with the sample story and a generated one of many sources.
struct Repo {
    testing::TempDir dir;
    explicit Repo(bool reverse = false) {
        testing::copy_story(source_dir / "claims" / "nara-summit", dir.path());
        testing::write_generated_story(dir.path(), "generated", 12, 150, reverse);
    }
};

using testing::Outputs;

// A run checks every story again (--no-cache): what is compared is the
// computation, not the cache.
Outputs run(const Repo& repo, std::vector<std::string> args) {
    fs::remove_all(repo.dir.path() / "reports");
    args.push_back("--no-baseline");
    args.push_back("--no-cache");
    return testing::run_check_in(repo.dir.path(), args);
}

}  // namespace

TEST_CASE("two runs give byte-identical reports, JSON, SARIF and GitHub output") {
    Repo repo;
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{}, {"--format", "json"}, {"--format", "sarif"}, {"--format", "github"}}) {
        const Outputs first = run(repo, args);
        INFO(first.err);
        REQUIRE(first.exit_code == 1);  // the generated story disagrees with itself
        REQUIRE(first.reports.size() == 2);
        CHECK(run(repo, args) == first);
    }
}

TEST_CASE("runs with --jobs 1, --jobs 2 and the default give byte-identical results") {
    Repo repo;
    for (const std::vector<std::string>& format :
         {std::vector<std::string>{"--format", "json"}, {"--format", "text"}}) {
        auto with_jobs = [&](std::vector<std::string> jobs) {
            jobs.insert(jobs.end(), format.begin(), format.end());
            return run(repo, jobs);
        };
        const Outputs one = with_jobs({"--jobs", "1"});
        REQUIRE(one.exit_code == 1);
        CHECK(with_jobs({"--jobs", "2"}) == one);
        CHECK(with_jobs({"--jobs", "7"}) == one);
        CHECK(with_jobs({}) == one);
    }
}

TEST_CASE("the folder's listing order and the repository's place change nothing") {
    Repo forward;
    Repo backward(true);  // same files, created in the opposite order, in another folder
    const Outputs a = run(forward, {"--format", "json"});
    const Outputs b = run(backward, {"--format", "json"});
    CHECK(a == b);
}

TEST_CASE("input problems are listed in the same order by every run") {
    Repo repo;
    const fs::path story = repo.dir.path() / "claims" / "generated";
    for (int s = 0; s < 12; s += 3) {
        testing::write_text(story / ("s" + std::to_string(s) + ".toml"),
                            "[source]\noutlet = 1\ntext = \"articles/none.txt\"\n\n[[claim]]\ntopic = \"x\"\n"
                            "quote = \"y\"\nvaule = 2\n");
    }
    const Outputs one = run(repo, {"--jobs", "1"});
    CHECK(one.exit_code == 2);
    CHECK(run(repo, {"--jobs", "2"}) == one);
    CHECK(run(repo, {"--jobs", "5"}) == one);
}
