// Output formats on stdout as CI consumes them, and colour decisions.
#include "support/process.hpp"

#include <algorithm>
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

// JSON and SARIF are written story by story (spec §11); their bytes are what
// nlohmann's dump(2) writes for the same document, as when the whole
// document was built first: two-space indent, members in the order written,
// non-ASCII as it is, control characters as \u00XX, invalid UTF-8 as U+FFFD.
// Checked on the sample stories and on every bad-input fixture (escapes,
// invalid UTF-8, empty stories, problems without a place).
TEST_CASE("claimcheck --format json and sarif print exactly what nlohmann's dump(2) prints for the same document") {
    std::vector<fs::path> roots{source_dir};
    for (const auto& entry : fs::directory_iterator(fs::path(CLAIMCHECK_TEST_DIR) / "fixtures" / "bad")) {
        if (fs::is_directory(entry.path() / "claims") && !fs::exists(entry.path() / "setup.txt")) {
            roots.push_back(entry.path());
        }
    }
    std::sort(roots.begin(), roots.end());
    REQUIRE(roots.size() > 40);
    for (const auto& root : roots) {
        testing::TempDir dir;
        fs::copy(root / "claims", dir.path() / "claims", fs::copy_options::recursive);
        for (const char* format : {"json", "sarif"}) {
            INFO(root.filename().string() << " --format " << format);
            const auto result = run_claimcheck({"--format", format}, dir.path());
            REQUIRE_FALSE(result.out.empty());
            const auto document = nlohmann::ordered_json::parse(result.out);
            CHECK(document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n" == result.out);
        }
    }
}
