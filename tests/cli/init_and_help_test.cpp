// `claimcheck init` and each command's own --help and --version, run as a
// user would (docs/input.md, docs/install.md).
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <functional>
#include <regex>

using namespace claimcheck;
using testing::run_claimcheck;
namespace fs = std::filesystem;

namespace {

// An article and a claim file for a story that init started, so it can be linted.
void add_source(const fs::path& story) {
    testing::write_text(story / "articles" / "001.txt", "Officials said 12 firefighters were hurt.\n");
    testing::write_text(story / "001.toml",
                        "[source]\noutlet = \"A\"\ntext = \"articles/001.txt\"\n\n[[claim]]\n"
                        "topic = \"hurt\"\nkind = \"quantity\"\nquote = \"12 firefighters\"\n");
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("init writes a commented story.toml that loads as it is, and an articles folder") {
    testing::TempDir dir;
    const std::string title = R"(Harbour "fire" in C:\Busan)";
    const auto result = run_claimcheck({"init", "claims/harbour-fire", "--title", title}, dir.path());
    CHECK(result.exit_code == 0);
    CHECK(result.err == "wrote claims/harbour-fire/story.toml\ncreated claims/harbour-fire/articles/\n");
    const fs::path story = dir.path() / "claims" / "harbour-fire";
    const std::string text = testing::read_text(story / "story.toml");
    CHECK(contains(text, "title = \"Harbour \\\"fire\\\" in C:\\\\Busan\"\n"));
    CHECK(contains(text, "# [topic.\"deaths\"]"));
    CHECK(fs::is_directory(story / "articles"));
    CHECK(fs::is_empty(story / "articles"));

    add_source(story);
    const auto lint = run_claimcheck({"lint", "claims/harbour-fire"}, dir.path());
    CHECK(lint.err.empty());
    CHECK(lint.exit_code == 0);
}

TEST_CASE("init never writes over a file") {
    struct Row {
        const char* what;
        std::function<void(const fs::path&)> prepare;
        int exit_code;
        const char* message;
    };
    const std::vector<Row> rows{
        {"an existing story.toml",
         [](const fs::path& story) { testing::write_text(story / "story.toml", "[story]\ntitle = \"Mine\"\n"); }, 2,
         "claims/s/story.toml: error: already exists; init never writes over a file\n"},
        {"articles that is a file", [](const fs::path& story) { testing::write_text(story / "articles", "x"); }, 2,
         "claims/s/articles: error: exists and is not a folder\n"},
        {"an existing articles folder",
         [](const fs::path& story) { testing::write_text(story / "articles" / "001.txt", "Text.\n"); }, 0,
         "wrote claims/s/story.toml\nkept claims/s/articles/\n"},
    };
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.what) {
            testing::TempDir dir;
            const fs::path story = dir.path() / "claims" / "s";
            row.prepare(story);
            const std::string before = fs::exists(story / "story.toml") ? testing::read_text(story / "story.toml") : "";
            const auto result = run_claimcheck({"init", "claims/s", "--title", "S"}, dir.path());
            CHECK(result.exit_code == row.exit_code);
            CHECK(result.err == row.message);
            if (!before.empty()) {
                CHECK(testing::read_text(story / "story.toml") == before);
            }
            if (fs::exists(story / "articles" / "001.txt")) {
                CHECK(testing::read_text(story / "articles" / "001.txt") == "Text.\n");
            }
        }
    }
}

TEST_CASE("init needs a folder and a title") {
    testing::TempDir dir;
    CHECK(run_claimcheck({"init", "claims/s"}, dir.path()).exit_code == 2);
    CHECK(run_claimcheck({"init", "--title", "S"}, dir.path()).exit_code == 2);
    CHECK(run_claimcheck({"init", "claims/s", "--title", ""}, dir.path()).exit_code == 2);
    CHECK_FALSE(fs::exists(dir.path() / "claims"));
}

TEST_CASE("each command's help names its own options and exit codes") {
    struct Row {
        const char* command;
        std::vector<std::string> has;
        std::vector<std::string> lacks;
    };
    const std::vector<Row> rows{
        {"check",
         {"--fail-on", "--jobs", "--report-dir", "  1  new findings at or above --fail-on", "reports/<story>.md"},
         {"--title"}},
        {"lint", {"--jobs", "  0  every file is valid", "  2  invalid input or usage"}, {"--fail-on", "  1  "}},
        {"locate", {"  1  the quote is not in the article", "ARTICLE", "QUOTE"}, {"--fail-on", "--jobs"}},
        {"suggest", {"  0  the suggestions were listed", "story.toml"}, {"--fail-on", "--jobs", "  1  "}},
        {"init", {"--title", "  2  DIR/story.toml already exists", "DIR/articles/"}, {"--fail-on", "--jobs"}},
    };
    testing::TempDir dir;
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.command) {
            const auto help = run_claimcheck({row.command, "--help"}, dir.path());
            CHECK(help.exit_code == 0);
            for (const auto& part : row.has) {
                CHECK(contains(help.out, part));
            }
            for (const auto& part : row.lacks) {
                CHECK_FALSE(contains(help.out, part));
            }
            CHECK(contains(help.out, "Example:\n  claimcheck "));
        }
    }
}

TEST_CASE("claimcheck --version names the version and the commit built from") {
    testing::TempDir dir;
    const std::vector<std::vector<std::string>> runs{{"--version"}, {"check", "--version"}};
    for (const auto& args : runs) {
        const auto version = run_claimcheck(args, dir.path());
        CHECK(version.exit_code == 0);
        CHECK(std::regex_match(version.out,
                               std::regex(R"(claimcheck \d+\.\d+\.\d+ \(commit ([0-9a-f]{12}(-dirty)?|unknown)\)\n)")));
    }
}
