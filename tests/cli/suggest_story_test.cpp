// `claimcheck suggest ARTICLE --story DIR`: a whole claim file proposed for
// a new article, run as an editor would (docs/suggest.md).
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <regex>

using namespace claimcheck;
using testing::run_claimcheck;
namespace fs = std::filesystem;

namespace {

// A story with one source and a second article to propose a file for:
// a figure, a date, a name and a quotation the first source claims, and
// figures and a name no topic takes.
struct HarbourFire {
    testing::TempDir dir;
    fs::path story = dir.path() / "claims" / "harbour-fire";

    HarbourFire() {
        testing::write_text(story / "story.toml", R"([story]
title = "Fire at the Busan fish market"
date = 2026-03-03
timezone = "Asia/Seoul"

[[entity]]
id = "busan"
name = "Busan"

[[entity]]
id = "kim-min-jun"
name = "Kim Min-jun"

[topic."fire.deaths"]
kind = "quantity"
label = "People killed in the fire"
unit = "people"

[topic."fire.date"]
kind = "date"
label = "When the fire broke out"

[topic."city.name"]
kind = "name"
label = "The city of the market"

[topic."chief.cause"]
kind = "quote"
label = "Fire chief Kim Min-jun on the cause"
)");
        testing::write_text(story / "articles" / "001.txt",
                            "BUSAN, March 3 \xE2\x80\x94 A fire at a fish market in Busan killed 12 people on Tuesday, "
                            "officials said.\nFire chief Kim Min-jun said: \xE2\x80\x9CThe fire started in a storage "
                            "room near the harbour.\xE2\x80\x9D\n");
        testing::write_text(story / "001.toml", R"([source]
outlet = "Busan daily"
text = "articles/001.txt"
published = 2026-03-03

[[claim]]
topic = "fire.deaths"
quote = "killed 12 people"

[[claim]]
topic = "fire.date"
quote = "on Tuesday"
value = "Tuesday"

[[claim]]
topic = "city.name"
quote = "Busan"
line = 1

[[claim]]
topic = "chief.cause"
quote = "The fire started in a storage room near the harbour"
speaker = "Kim Min-jun"
)");
        testing::write_text(story / "articles" / "002.txt",
                            "SEOUL, March 3 \xE2\x80\x94 Twelve people died when fire swept through a fish market in "
                            "Busan on Tuesday.\nFire chief Kim Min-jun told reporters: \xE2\x80\x9CThe fire started in "
                            "a storage room.\xE2\x80\x9D\nFirefighters fought the blaze for 3 hours, and 40 boats were "
                            "moved out of the harbour.\n");
    }

    testing::Result suggest(std::vector<std::string> more = {}) const {
        std::vector<std::string> args{"suggest", "claims/harbour-fire/articles/002.txt", "--story",
                                      "claims/harbour-fire"};
        args.insert(args.end(), more.begin(), more.end());
        return run_claimcheck(args, dir.path());
    }
};

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The [[claim]] tables of a claim file's text, each from its header to the next.
std::vector<std::string> claim_tables(const std::string& text) {
    std::vector<std::string> tables;
    for (std::size_t at = text.find("[[claim]]"); at != std::string::npos;) {
        const std::size_t next = text.find("[[claim]]", at + 1);
        tables.push_back(text.substr(at, next == std::string::npos ? std::string::npos : next - at));
        at = next;
    }
    return tables;
}

}  // namespace

TEST_CASE("suggest --story proposes one claim per topic the article speaks to, each saying how sure and why") {
    HarbourFire fire;
    const auto result = fire.suggest({"--outlet", "Harbour wire"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.err.empty());
    const std::string& file = result.out;
    CHECK(contains(file, "[source]\noutlet = \"Harbour wire\"\ntext = \"articles/002.txt\"\n"));
    CHECK(contains(file, "# From \"March 3\".\npublished = 2026-03-03\n"));

    const auto tables = claim_tables(file);
    REQUIRE(tables.size() == 4);
    // As the article reads: the figure, the city, the day, the quotation.
    CHECK(contains(tables[0], "topic = \"fire.deaths\"\nquote = \"Twelve\"\n"));
    CHECK(contains(tables[1], "topic = \"city.name\"\nquote = \"Busan\"\n"));
    CHECK(contains(tables[2], "topic = \"fire.date\"\nquote = \"Tuesday\"\n"));
    CHECK(contains(tables[3],
                   "topic = \"chief.cause\"\nquote = \"The fire started in a storage room\"\n"
                   "speaker = \"Kim Min-jun\"\n"));
    const std::regex why(R"(\[\[claim\]\]\n# (0\.\d\d|1\.00): [^\n]+; said as in 001\n)");
    for (const auto& table : tables) {
        CHECK(std::regex_search(table, why));
    }
    CHECK(contains(tables[0], "fits 001's \"12\""));
    CHECK(contains(tables[3], "the topic's speaker"));

    // The same request proposes the same file.
    CHECK(fire.suggest({"--outlet", "Harbour wire"}).out == file);
}

TEST_CASE("suggest --story lists the figures, dates and names no topic takes at the end of the file") {
    HarbourFire fire;
    const auto result = fire.suggest();
    REQUIRE(result.exit_code == 0);
    const std::string& file = result.out;
    const std::size_t list = file.find("# Figures, dates and names of the text that fit no topic of the story:\n");
    REQUIRE(list != std::string::npos);
    CHECK(file.substr(list) ==
          "# Figures, dates and names of the text that fit no topic of the story:\n"
          "#   line 1: \"March 3\" (a date)\n"
          "#   line 2: \"Kim Min-jun\" (entity kim-min-jun)\n"
          "#   line 3: \"3 hours\" (a duration)\n"
          "#   line 3: \"40\" (a count)\n");
    // Without --outlet the outlet is a placeholder that says so.
    CHECK(
        contains(file, "# The outlet's display name: give it here (or with --outlet).\noutlet = \"Unnamed outlet\"\n"));
}

TEST_CASE("the proposed claim file passes lint as it stands") {
    HarbourFire fire;
    const auto written = fire.suggest({"--write"});
    REQUIRE(written.exit_code == 0);
    CHECK(written.out.empty());
    CHECK(written.err == "wrote 4 claims and 4 unmatched places to claims/harbour-fire/002.toml\n");
    CHECK(testing::read_text(fire.story / "002.toml") == fire.suggest().out);
    const auto lint = run_claimcheck({"lint", "claims/harbour-fire"}, fire.dir.path());
    CHECK(lint.exit_code == 0);
    CHECK(lint.err.find("error") == std::string::npos);
    CHECK(contains(lint.out, "0 errors, 0 warnings"));
}

TEST_CASE("suggest --write never writes over a file") {
    HarbourFire fire;
    SECTION("a file the last --write wrote") {
        REQUIRE(fire.suggest({"--write"}).exit_code == 0);
        testing::write_text(fire.story / "002.toml", "# edited by hand\n");
        const auto again = fire.suggest({"--write"});
        CHECK(again.exit_code == 2);
        CHECK(again.err ==
              "claims/harbour-fire/002.toml: error: already exists; suggest --write never writes over a "
              "file\n");
        CHECK(testing::read_text(fire.story / "002.toml") == "# edited by hand\n");
    }
    SECTION("the file --source names") {
        const std::string before = testing::read_text(fire.story / "001.toml");
        const auto result = fire.suggest({"--source", "001", "--write"});
        CHECK(result.exit_code == 2);
        CHECK(result.err ==
              "claims/harbour-fire/001.toml: error: already exists; suggest --write never writes over "
              "a file\n");
        CHECK(testing::read_text(fire.story / "001.toml") == before);
    }
    SECTION("--source names a new file") {
        const auto result = fire.suggest({"--source", "wire-2", "--write"});
        CHECK(result.exit_code == 0);
        CHECK(fs::exists(fire.story / "wire-2.toml"));
        CHECK_FALSE(fs::exists(fire.story / "002.toml"));
    }
}

TEST_CASE("suggest --story refuses an article outside the story and options that need --story") {
    HarbourFire fire;
    testing::write_text(fire.dir.path() / "elsewhere.txt", "Twelve people died in Busan.\n");
    const auto outside =
        run_claimcheck({"suggest", "elsewhere.txt", "--story", "claims/harbour-fire"}, fire.dir.path());
    CHECK(outside.exit_code == 2);
    CHECK(outside.out.empty());
    CHECK(outside.err ==
          "elsewhere.txt: error: lies outside the story folder claims/harbour-fire, where a claim "
          "file's text must be: copy it to claims/harbour-fire/articles/ first\n");

    for (const char* option : {"--write", "--outlet=Wire", "--source=002"}) {
        DYNAMIC_SECTION(option) {
            const auto result =
                run_claimcheck({"suggest", "claims/harbour-fire/articles/002.txt", option}, fire.dir.path());
            CHECK(result.exit_code == 2);
            CHECK(contains(result.err, "requires --story"));
        }
    }
}

TEST_CASE("suggest --story on the sample story proposes a file for a source left out, which lints") {
    testing::SampleRepo repo;
    fs::remove(repo.story / "002.toml");
    const auto result =
        run_claimcheck({"suggest", "claims/nara-summit/articles/002.txt", "--story", "claims/nara-summit", "--write"},
                       repo.dir.path());
    REQUIRE(result.exit_code == 0);
    const std::string file = testing::read_text(repo.story / "002.toml");
    CHECK(contains(file, "topic = \"mine.deaths\"\nquote = \"180\"\n"));
    CHECK(contains(file, "topic = \"colonial_rule.period\"\nquote = \"1910-1945\"\n"));
    const auto lint = run_claimcheck({"lint", "claims/nara-summit"}, repo.dir.path());
    CHECK(lint.exit_code == 0);
    CHECK(lint.err.find("error") == std::string::npos);
}
