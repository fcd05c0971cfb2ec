// Output formats on stdout as CI consumes them, and colour decisions.
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace claimcheck;
using testing::run_claimcheck;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CLAIMCHECK_SOURCE_DIR;

using Repo = testing::SampleRepo;

}  // namespace

TEST_CASE("claimcheck --format json prints one JSON document with the sample story's findings") {
    Repo repo;
    const auto result = run_claimcheck({"--format", "json"}, repo.dir.path());
    CHECK(result.exit_code == 0);
    const auto doc = nlohmann::json::parse(result.out);  // throws if stdout holds anything else
    CHECK(doc.at("version") == 1);
    REQUIRE(doc.at("stories").size() == 1);
    const auto& story = doc.at("stories").at(0);
    CHECK(story.at("id") == "nara-summit");
    CHECK(story.at("report") == "reports/nara-summit.md");
    CHECK(story.at("sources").size() == 5);
    bool rounding = false;
    for (const auto& finding : story.at("findings")) {
        if (finding.at("topic") == "mine.deaths") {
            rounding = finding.at("verdict") == "compatible-rounding" && finding.at("new") == false;
        }
    }
    CHECK(rounding);
    CHECK(doc.at("totals").at("new") == 0);
}

TEST_CASE("claimcheck --no-baseline makes every finding new and fails the run") {
    Repo repo;
    const auto result = run_claimcheck({"--format", "json", "--no-baseline"}, repo.dir.path());
    CHECK(result.exit_code == 1);
    const auto doc = nlohmann::json::parse(result.out);
    CHECK(doc.at("totals").at("new") == doc.at("stories").at(0).at("findings").size());
}

TEST_CASE("claimcheck --format sarif prints a SARIF 2.1.0 log with fingerprints") {
    Repo repo;
    const auto result = run_claimcheck({"--format", "sarif"}, repo.dir.path());
    CHECK(result.exit_code == 0);
    const auto log = nlohmann::json::parse(result.out);
    CHECK(log.at("version") == "2.1.0");
    const auto& results = log.at("runs").at(0).at("results");
    REQUIRE_FALSE(results.empty());
    CHECK(results.at(0).contains("partialFingerprints"));
}

TEST_CASE("claimcheck --format github prints workflow commands only, at most --max-annotations of them") {
    Repo repo;
    const auto result = run_claimcheck({"--format", "github", "--max-annotations", "3"}, repo.dir.path());
    CHECK(result.exit_code == 0);
    std::size_t annotations = 0;
    const auto lines = testing::lines_of(result.out);
    for (const auto& line : lines) {
        CHECK(line.rfind("::", 0) == 0);
        annotations += line.find("file=") != std::string::npos ? 1 : 0;
    }
    CHECK(annotations == 3);
    CHECK(lines.size() == 4);  // and one line that summarises the rest
}

TEST_CASE("colour only when asked: never on a pipe, always with --color always") {
    Repo repo;
    const auto plain = run_claimcheck({"--min-level", "error"}, repo.dir.path());
    CHECK(plain.out.find('\x1b') == std::string::npos);
    const auto colored = run_claimcheck({"--color", "always"}, repo.dir.path());
    CHECK(colored.out.find('\x1b') != std::string::npos);
    const auto never = run_claimcheck({"--color", "never"}, repo.dir.path());
    CHECK(never.out.find('\x1b') == std::string::npos);
}

TEST_CASE("claimcheck --quiet prints only the summary") {
    Repo repo;
    const auto quiet = run_claimcheck({"--quiet"}, repo.dir.path());
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.find("total:") != std::string::npos);
    CHECK(quiet.out.find("fingerprint") == std::string::npos);
    CHECK(quiet.err.empty());
}
