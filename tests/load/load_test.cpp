// Loading story.toml and claim files: strict keys, types and references, every
// problem reported at its place.
#include "load/load.hpp"
#include "support/messages.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace claimcheck;
using testing::messages;
namespace fs = std::filesystem;

namespace {

const std::string story_toml = R"([story]
title = "Test story"
date = 2026-01-13

[[entity]]
id = "mine"
name = "Chosei Coal Mine"
variants = ["Chōsei Coal Mine"]

[topic."mine.deaths"]
kind = "quantity"
label = "Miners killed"
unit = "people"
tolerance = "5%"

[topic."dna.certainty"]
kind = "frame"
label = "DNA testing"
scale = "certainty"
)";

const std::string article_text =
    "In 1942, 183 miners perished at the Chosei Coal Mine.\n"
    "Media reports suggest possible humanitarian collaboration.\n";

struct Fixture {
    testing::TempDir dir;
    fs::path story;

    Fixture() : story(dir.path() / "story") {
        testing::write_text(story / "story.toml", story_toml);
        testing::write_text(story / "articles" / "001.txt", article_text);
    }

    // Loads story.toml and the claim file `name` written with `claims`.
    std::pair<Source, std::vector<Diagnostic>> load(const std::string& claims, const std::string& name = "001.toml") {
        testing::write_text(story / name, claims);
        Diagnostics diagnostics;
        auto loaded = load::load_story(story, diagnostics);
        REQUIRE(loaded.has_value());
        Source source = load::load_source(*loaded, story / name, diagnostics);
        return {std::move(source), diagnostics.sorted()};
    }
};

const std::string source_header = "[source]\noutlet = \"Wire\"\ntext = \"articles/001.txt\"\n";

}  // namespace

TEST_CASE("a valid story and claim file load without problems") {
    Fixture f;
    const auto [source, problems] = f.load(source_header + R"(published = 2026-01-14
role = "draft"

[[claim]]
topic = "mine.deaths"
quote = "183 miners perished"

[[claim]]
topic = "dna.certainty"
quote = "Media reports suggest possible"
value = "possible"
)");
    CHECK(messages(problems).empty());
    CHECK(source.id == "001");
    CHECK(source.outlet == "Wire");
    CHECK(source.role == Role::draft);
    REQUIRE(source.article_loaded);
    REQUIRE(source.claims.size() == 2);
    CHECK(source.claims[0].id == "mine.deaths");
    CHECK(source.claims[0].kind == Kind::quantity);
    CHECK(std::holds_alternative<grammar::Quantity>(source.claims[0].value));
    CHECK(source.claims[1].kind == Kind::frame);
    const auto& frame = std::get<FrameValue>(source.claims[1].value);
    CHECK(frame.level_name == "possible");
    CHECK_FALSE(frame.inferred);
}

TEST_CASE("a misspelt key is an error naming it and the closest known key") {
    Fixture f;
    const auto [source, problems] = f.load(source_header + R"(
[[claim]]
topic = "mine.deaths"
quote = "183 miners perished"
vaule = "183 people"
)");
    CHECK(messages(problems) ==
          std::vector<std::string>{"8:1: error: unknown key 'vaule' in [[claim]] (did you mean 'value'?)"});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].source.text == "vaule = \"183 people\"");
}

TEST_CASE("every problem of a file is reported in one run") {
    Fixture f;
    const auto [source, problems] = f.load(R"([source]
outlet = 7
text = "articles/001.txt"
publishd = 2026-01-14

[[claim]]
quote = "183 miners perished"

[[claim]]
topic = "mine.deaths"
quote = "183 miners perished"
line = "one"

[[claim]]
topic = "nobody.declared.this"
quote = "Chosei Coal Mine"
)");
    CHECK(messages(problems) == std::vector<std::string>{
                                    "2:10: error: 'outlet' must be a string, not an integer",
                                    "4:1: error: unknown key 'publishd' in [source] (did you mean 'published'?)",
                                    "6:1: error: [[claim]] is missing the required key 'topic'",
                                    "12:8: error: 'line' must be an integer, not a string",
                                    "15:9: error: topic 'nobody.declared.this' is not declared in story.toml and "
                                    "the claim has no 'kind'",
                                });
}

TEST_CASE("duplicate claim ids are errors; default ids count per topic") {
    Fixture f;
    const auto [source, problems] = f.load(source_header + R"(
[[claim]]
topic = "mine.deaths"
quote = "183 miners perished"
id = "deaths"

[[claim]]
topic = "mine.deaths"
quote = "183 miners"
id = "deaths"

[[claim]]
topic = "mine.deaths"
quote = "183"

[[claim]]
topic = "mine.deaths"
quote = "183 miners perished at"
)");
    CHECK(messages(problems) == std::vector<std::string>{"13:6: error: duplicate claim id 'deaths' in this file"});
    REQUIRE(source.claims.size() == 4);
    CHECK(source.claims[2].id == "mine.deaths");
    CHECK(source.claims[3].id == "mine.deaths#2");
}

TEST_CASE("a missing article, a path leaving the story and an absolute path are refused") {
    Fixture f;
    SECTION("missing") {
        const auto [source, problems] = f.load("[source]\noutlet = \"W\"\ntext = \"articles/none.txt\"\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "cannot read article: no such file");
        CHECK_FALSE(source.article_loaded);
    }
    SECTION("climbing out") {
        const auto [source, problems] = f.load("[source]\noutlet = \"W\"\ntext = \"../../etc/passwd\"\n");
        CHECK(messages(problems) ==
              std::vector<std::string>{"3:8: error: article path '../../etc/passwd' leaves the story folder"});
    }
    SECTION("absolute") {
        const auto [source, problems] = f.load("[source]\noutlet = \"W\"\ntext = \"/etc/passwd\"\n");
        CHECK(messages(problems) ==
              std::vector<std::string>{"3:8: error: article path '/etc/passwd' is absolute; give it relative "
                                       "to the story folder"});
    }
    SECTION("a symbolic link leading outside") {
        testing::write_text(f.dir.path() / "secret.txt", "secret\n");
        fs::create_symlink(f.dir.path() / "secret.txt", f.story / "articles" / "link.txt");
        const auto [source, problems] = f.load("[source]\noutlet = \"W\"\ntext = \"articles/link.txt\"\n");
        CHECK(messages(problems) ==
              std::vector<std::string>{"3:8: error: article path 'articles/link.txt' leads outside the story "
                                       "folder (through a symbolic link)"});
    }
    SECTION("a folder instead of a file") {
        const auto [source, problems] = f.load("[source]\noutlet = \"W\"\ntext = \"articles\"\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "cannot read article: is a directory, not a file");
    }
}

TEST_CASE("a name without a letter or number is an error, not a name") {
    Fixture f;
    testing::write_text(f.story / "story.toml", story_toml + "\n[topic.\"mine\"]\nkind = \"name\"\nlabel = \"Mine\"\n");
    const std::string head =
        "[source]\noutlet = \"W\"\ntext = \"articles/001.txt\"\n\n[[claim]]\n"
        "topic = \"mine\"\nquote = \"Chosei Coal Mine\"\n";
    for (const std::string value : {"", " ", " — . ", "***", "\\u200b"}) {
        CAPTURE(value);
        const auto [source, problems] = f.load(head + "value = \"" + value + "\"\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "a name needs a letter: 'value' has none (only spaces or punctuation)");
        CHECK(source.claims.front().value.index() == 0);
    }
    SECTION("near: a name of letters in any script, or of digits, is read") {
        for (const std::string value : {"Chosei", "高市早苗", "7-Eleven", "3M"}) {
            CAPTURE(value);
            const auto [source, problems] = f.load(head + "value = \"" + value + "\"\n");
            CHECK(problems.empty());
        }
    }
}

TEST_CASE("invalid TOML is reported at toml++'s position") {
    Fixture f;
    const auto [source, problems] = f.load("[source]\noutlet = \"W\ntext = 1\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.line == 2);
    CHECK(problems[0].message.rfind("invalid TOML: ", 0) == 0);
}

TEST_CASE("a claim file with invalid UTF-8 is reported with its byte offset") {
    Fixture f;
    const auto [source, problems] = f.load("[source]\noutlet = \"W\xff\"\n");
    CHECK(messages(problems) == std::vector<std::string>{"2:12: error: invalid UTF-8 at byte offset 20 (byte 0xff)"});
}

TEST_CASE("unknown scales and kinds in story.toml are errors with suggestions") {
    Fixture f;
    testing::write_text(f.story / "story.toml", R"([story]
title = "T"

[topic."a"]
kind = "frame"
scale = "certanity"

[topic."b"]
kind = "quantiy"
)");
    Diagnostics diagnostics;
    REQUIRE(load::load_story(f.story, diagnostics).has_value());
    CHECK(messages(diagnostics.sorted()) ==
          std::vector<std::string>{"6:9: error: unknown scale 'certanity' (did you mean 'certainty'?)",
                                   "9:8: error: unknown kind 'quantiy' (expected quantity, date, name, frame or "
                                   "quote)"});
}

TEST_CASE("a story declares custom scales and overrides built-in ones") {
    Fixture f;
    testing::write_text(f.story / "story.toml", R"([story]
title = "T"

[scale.significance]
levels = ["none", "some", "much"]
warn = 1
error = 2

[scale.tone]
levels = ["hostile", "neutral", "warm"]
)");
    Diagnostics diagnostics;
    const auto story = load::load_story(f.story, diagnostics);
    REQUIRE(story.has_value());
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(story->scales.at("significance").levels == std::vector<std::string>{"none", "some", "much"});
    CHECK(story->scales.at("significance").warn == 1);
    CHECK(story->scales.at("tone").error == 3);
    CHECK(story->scales.at("certainty").builtin);
}

TEST_CASE("a scale says whether its levels move forward in time") {
    Fixture f;
    testing::write_text(f.story / "story.toml", R"([story]
title = "T"

[scale.visit]
levels = ["planned", "done"]
progresses = true

[scale.tone]
levels = ["hostile", "neutral", "warm"]

[scale.status]
levels = ["open", "closed"]
)");
    Diagnostics diagnostics;
    const auto story = load::load_story(f.story, diagnostics);
    REQUIRE(story.has_value());
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(story->scales.at("visit").progresses);
    CHECK_FALSE(story->scales.at("tone").progresses);
    CHECK(story->scales.at("status").progresses);  // replaces the built-in, keeps its answer
    CHECK_FALSE(story->scales.at("certainty").progresses);
    CHECK_FALSE(story->scales.at("significance").progresses);

    SECTION("near: progresses must be a boolean") {
        testing::write_text(f.story / "story.toml", R"([story]
title = "T"

[scale.visit]
levels = ["planned", "done"]
progresses = "yes"
)");
        Diagnostics bad;
        REQUIRE(load::load_story(f.story, bad).has_value());
        CHECK(messages(bad.sorted()) ==
              std::vector<std::string>{"6:14: error: 'progresses' must be true or false, not a string"});
    }
}

TEST_CASE("story discovery: claims/, a story folder, a claim file; missing story.toml") {
    Fixture f;
    testing::write_text(f.story / "001.toml", source_header);
    testing::write_text(f.dir.path() / "orphaned" / "001.toml", source_header);
    Diagnostics diagnostics;
    const auto all = load::find_stories({f.dir.path().string()}, diagnostics);
    REQUIRE(all.size() == 1);
    CHECK(all[0].filename() == "story");
    const auto problems = diagnostics.sorted();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "story.toml is missing: every story folder needs one");

    Diagnostics one;
    CHECK(load::find_stories({(f.story / "001.toml").string()}, one) == std::vector<fs::path>{f.story});
    CHECK(load::claim_files(f.story) == std::vector<fs::path>{f.story / "001.toml"});
    CHECK_FALSE(one.has_errors());
}

TEST_CASE("claims on one long line keep an excerpt of it each, not the line") {
    // 3,000 claims in one inline array: a copy of the line per claim or per
    // problem would be 3,000 × 200 kB.
    Fixture f;
    // The array comes before [source]: after it, `claim` would be a key of that table.
    std::string claims = "claim = [";
    for (int i = 0; i < 3000; ++i) {
        claims += fmt::format("{}{{ topic = \"undeclared.{}\", quote = \"183 miners perished\", id = \"c{}\" }}",
                              i == 0 ? "" : ", ", i, i);
    }
    claims += "]\n" + source_header;
    const auto [source, problems] = f.load(claims);
    REQUIRE(problems.size() == 3000);  // an undeclared topic and no kind: one error per claim, at its topic
    const std::size_t window = 160 * 4 + 2 * std::string_view("…").size();  // 160 code points, "…" each side
    for (const auto& problem : problems) {
        CHECK(problem.source.text.size() <= window);
        CHECK(problem.source.text.find("undeclared.") != std::string::npos);
    }
    // The last problem is 200 kB into the line: its caret still stands under its value.
    const auto& last = problems.back();
    CHECK(last.where.column > 200000);
    CHECK(last.source.caret > 0);
    CHECK(last.source.caret < 170);

    // Valid claims on one line: each keeps the excerpt around its quote.
    std::string valid = "claim = [";
    for (int i = 0; i < 3000; ++i) {
        valid += fmt::format("{}{{ topic = \"mine.deaths\", quote = \"183 miners perished\", id = \"c{}\" }}",
                             i == 0 ? "" : ", ", i);
    }
    valid += "]\n" + source_header;
    const auto [loaded, none] = f.load(valid, "002.toml");
    CHECK(none.empty());
    REQUIRE(loaded.claims.size() == 3000);
    for (const auto& claim : loaded.claims) {
        CHECK(claim.quote_source.text.size() <= window);
        CHECK(claim.quote_source.text.find(fmt::format("id = \"{}\"", claim.id)) != std::string::npos);
    }
}

TEST_CASE("files already read are loaded from memory, not read again") {
    testing::TempDir dir;
    const fs::path story = dir.path() / "story";
    testing::write_text(story / "story.toml", "[story]\ntitle = \"On disk\"\n");
    testing::write_text(story / "articles" / "a.txt", "The disk says 12.\n");
    testing::write_text(story / "a.toml",
                        "[source]\noutlet = \"W\"\ntext = \"articles/a.txt\"\n\n[[claim]]\ntopic = \"n\"\nkind = "
                        "\"quantity\"\nquote = \"12\"\n");
    load::FileContents read;
    read[(story / "story.toml").native()] = "[story]\ntitle = \"As read\"\n";
    read[(story / "articles" / "a.txt").native()] = "What was read says 12, too.\n";
    Diagnostics diagnostics;
    const auto loaded = load::load_story(story, diagnostics, &read);
    REQUIRE(loaded.has_value());
    CHECK(loaded->title == "As read");
    const Source source = load::load_source(*loaded, story / "a.toml", diagnostics, &read);
    CHECK(source.outlet == "W");  // not in `read`: from the disk
    CHECK(source.article.text == "What was read says 12, too.\n");
    CHECK(messages(diagnostics.sorted()).empty());
}
