// The command line (spec §7): commands, options and exit codes, run as a user would.
#include "support/process.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using testing::run_claimcheck;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CLAIMCHECK_SOURCE_DIR;

// A copy of the sample story in a temporary folder, laid out as a repository.
using Repo = testing::SampleRepo;

const std::string tiny_story = "[story]\ntitle = \"Tiny\"\n\n[topic.\"deaths\"]\nkind = \"quantity\"\n";

// A one-topic story whose two sources say `a` and `b`.
void write_two_sources(const fs::path& root, const std::string& a, const std::string& b) {
    const fs::path story = root / "claims" / "tiny";
    testing::write_text(story / "story.toml", tiny_story);
    testing::write_text(story / "articles" / "a.txt", "Officials said " + a + " died.\n");
    testing::write_text(story / "articles" / "b.txt", "Rescuers counted " + b + " dead.\n");
    testing::write_text(story / "a.toml",
                        "[source]\noutlet = \"A\"\ntext = \"articles/a.txt\"\n\n[[claim]]\n"
                        "topic = \"deaths\"\nquote = \"" +
                            a + " died\"\n");
    testing::write_text(story / "b.toml",
                        "[source]\noutlet = \"B\"\ntext = \"articles/b.txt\"\n\n[[claim]]\n"
                        "topic = \"deaths\"\nquote = \"" +
                            b + " dead\"\n");
}

// Two sources that disagree (183 and 250), checked once: the report that
// first run wrote.
fs::path first_report(const fs::path& root) {
    write_two_sources(root, "183", "250");
    run_claimcheck({}, root);
    const fs::path report = root / "reports" / "tiny.md";
    REQUIRE(fs::exists(report));
    return report;
}

}  // namespace

TEST_CASE("claimcheck --help and --version exit 0") {
    testing::TempDir dir;
    const auto help = run_claimcheck({"--help"}, dir.path());
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("locate") != std::string::npos);
    const auto version = run_claimcheck({"--version"}, dir.path());
    CHECK(version.exit_code == 0);
    CHECK(version.out.rfind("claimcheck ", 0) == 0);
}

TEST_CASE("usage errors exit 2 with a message") {
    testing::TempDir dir;
    const auto bad_option = run_claimcheck({"check", "--format", "yaml"}, dir.path());
    CHECK(bad_option.exit_code == 2);
    CHECK(bad_option.err.find("--format") != std::string::npos);
    CHECK(run_claimcheck({"--frobnicate"}, dir.path()).exit_code == 2);
    CHECK(run_claimcheck({"locate"}, dir.path()).exit_code == 2);
}

TEST_CASE("a path that does not exist is invalid input") {
    testing::TempDir dir;
    const auto result = run_claimcheck({"no/such/story"}, dir.path());
    CHECK(result.exit_code == 2);
    CHECK(result.err == "no/such/story: error: no such file or folder\n");
}

TEST_CASE("agreeing sources exit 0, disagreeing ones exit 1, and --fail-on never exits 0") {
    testing::TempDir dir;
    write_two_sources(dir.path(), "183", "183");
    const auto agree = run_claimcheck({"--no-baseline"}, dir.path());
    CHECK(agree.err.find("error") == std::string::npos);
    CHECK(agree.exit_code == 0);
    CHECK(fs::exists(dir.path() / "reports" / "tiny.md"));

    write_two_sources(dir.path(), "183", "250");
    CHECK(run_claimcheck({"check", "--no-baseline"}, dir.path()).exit_code == 1);
    CHECK(run_claimcheck({"check", "--no-baseline", "--fail-on", "never"}, dir.path()).exit_code == 0);
}

TEST_CASE("a claim with an error exits 2, and the report lists it and compares the rest") {
    testing::TempDir dir;
    const fs::path report = first_report(dir.path());
    const std::string before = testing::read_text(report);
    testing::write_text(dir.path() / "claims" / "tiny" / "a.toml",
                        "[source]\noutlet = \"A\"\ntext = \"articles/a.txt\"\n\n[[claim]]\ntopic = \"deaths\"\n"
                        "quote = \"183 died\"\nvaule = \"183\"\n");
    const auto result = run_claimcheck({}, dir.path());
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("claims/tiny/a.toml:8:1: error: unknown key 'vaule' in [[claim]] (did you mean "
                          "'value'?)\n  vaule = \"183\"\n  ^\n") != std::string::npos);
    const std::string after = testing::read_text(report);
    CHECK(after != before);
    CHECK(after.find("## Input problems") != std::string::npos);
    CHECK(after.find("unknown key 'vaule'") != std::string::npos);
}

TEST_CASE("a story whose story.toml cannot be read exits 2 and leaves its report byte-identical") {
    testing::TempDir dir;
    const fs::path report = first_report(dir.path());
    const std::string before = testing::read_text(report);
    testing::write_text(dir.path() / "claims" / "tiny" / "story.toml", "[story\ntitle = \"Tiny\"\n");
    const auto result = run_claimcheck({}, dir.path());
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("claims/tiny/story.toml:1:7: error: invalid TOML") != std::string::npos);
    CHECK(testing::read_text(report) == before);
}

TEST_CASE("lint validates without writing reports") {
    testing::TempDir dir;
    write_two_sources(dir.path(), "183", "250");
    const auto result = run_claimcheck({"lint"}, dir.path());
    CHECK(result.exit_code == 0);
    CHECK(result.out == "lint: 1 stories, 2 sources, 2 claims: 0 errors, 0 warnings\n");
    CHECK_FALSE(fs::exists(dir.path() / "reports"));
}

TEST_CASE("locate prints every occurrence and a claim snippet that anchors exactly") {
    testing::TempDir dir;
    testing::write_text(dir.path() / "a.txt", "The summit ended.\nShe said “new heights” twice: “new heights”.\n");
    const auto once = run_claimcheck({"locate", "a.txt", "summit ended"}, dir.path());
    CHECK(once.exit_code == 0);
    CHECK(once.out.rfind("a.txt:1:5: exact\n  The summit ended.\n", 0) == 0);
    CHECK(once.out.find("quote = \"summit ended\"\n") != std::string::npos);
    CHECK(once.out.find("line =") == std::string::npos);

    const auto twice = run_claimcheck({"locate", "a.txt", "\"new heights\""}, dir.path());
    CHECK(twice.exit_code == 0);
    CHECK(twice.out.find("a.txt:2:10: folded") != std::string::npos);
    CHECK(twice.out.find("a.txt:2:31: folded") != std::string::npos);
    CHECK(twice.out.find("quote = \"“new heights”\"") != std::string::npos);
    CHECK(twice.out.find("line = 2") != std::string::npos);

    const auto missing = run_claimcheck({"locate", "a.txt", "The summit endd"}, dir.path());
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("closest passage is on line 1") != std::string::npos);
    CHECK(run_claimcheck({"locate", "none.txt", "x"}, dir.path()).exit_code == 2);
}

TEST_CASE("the sample story checks with its baseline and exits 0") {
    Repo repo;
    const auto result = run_claimcheck({}, repo.dir.path());
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(fs::exists(repo.dir.path() / "reports" / "nara-summit.md"));
    CHECK(result.err.find(": error:") == std::string::npos);
}

TEST_CASE("the committed sample report is what the current code generates") {
    Repo repo;
    const auto result = run_claimcheck({}, repo.dir.path());
    REQUIRE(result.exit_code == 0);
    CHECK(testing::read_text(repo.dir.path() / "reports" / "nara-summit.md") ==
          testing::read_text(source_dir / "reports" / "nara-summit.md"));
}

TEST_CASE("suggest lists quantities, dates and entity names of a sample article") {
    testing::TempDir dir;
    const auto result = run_claimcheck(
        {"suggest", (source_dir / "claims" / "nara-summit" / "articles" / "001.txt").string()}, dir.path());
    CHECK(result.exit_code == 0);
    for (const char* expected : {"183", "136", "January 19, 2026", "1942", "two-day", "three months"}) {
        INFO(expected);
        CHECK(result.out.find(expected) != std::string::npos);
    }
}

TEST_CASE("suggest names each quantity's dimension") {
    testing::TempDir dir;
    const auto result = run_claimcheck(
        {"suggest", (source_dir / "claims" / "seorim-results" / "articles" / "002.txt").string()}, dir.path());
    CHECK(result.exit_code == 0);
    for (const char* expected :
         {"quantity 7.1 trillion won (7.1 trillion won, money)", "quantity nearly tripled (nearly tripled, a ratio)"}) {
        INFO(expected);
        CHECK(result.out.find(expected) != std::string::npos);
    }
}
