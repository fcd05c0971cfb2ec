// `--format github`: one workflow command per line, new findings first, at
// most max_annotations, and nothing from the input can start a command.
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

using test::lines_of;

namespace {

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

}  // namespace

TEST_CASE("problems first, then new findings, then accepted ones") {
    const auto lines = lines_of(render::github({test::sample_result()}, {}));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] ==
          "::error file=claims/nara-summit/003.toml,line=14,col=9,title=claimcheck input/error::"
          "unknown key 'vaule' (did you mean 'value'?)");
    CHECK(starts_with(lines[1],
                      "::warning file=claims/nara-summit/articles/001.txt,line=13,col=5,"
                      "title=numeric/compatible-rounding mine.deaths::183 people vs 180 people — "));
    CHECK(starts_with(lines[2],
                      "::notice file=claims/nara-summit/articles/003.txt,line=4,col=2,"
                      "title=naming/style temple.name::"));
    CHECK(starts_with(lines[3],
                      "::error file=claims/nara-summit/articles/003.txt,line=1,col=1,"
                      "title=temporal/conflict summit.date (accepted)::"));
}

TEST_CASE("multi-line messages are encoded on one line") {
    const auto lines = lines_of(render::github({test::sample_result()}, {}));
    CHECK(lines[1].find("%0AArchyde: 183 people “183 miners perished” "
                        "(claims/nara-summit/articles/001.txt:13:5)%0A") != std::string::npos);
    CHECK(lines[1].find("%0Afingerprint: numeric:mine.deaths:9f1c2a7e40b3d615") != std::string::npos);
}

TEST_CASE("annotations beyond the limit are summarised in one notice") {
    render::GithubOptions options;
    options.max_annotations = 2;
    const auto lines = lines_of(render::github({test::sample_result()}, options));
    REQUIRE(lines.size() == 3);
    CHECK(starts_with(lines[0], "::error file=claims/nara-summit/003.toml"));
    CHECK(starts_with(lines[1], "::warning "));
    CHECK(lines[2] ==
          "::notice title=claimcheck::2 more findings and problems not annotated (limit 2); "
          "see reports/nara-summit.md");
}

TEST_CASE("min_level leaves out lower severities") {
    render::GithubOptions options;
    options.min_level = Severity::error;
    const auto lines = lines_of(render::github({test::sample_result()}, options));
    REQUIRE(lines.size() == 2);
    CHECK(starts_with(lines[0], "::error file=claims/nara-summit/003.toml"));
    CHECK(starts_with(lines[1], "::error file=claims/nara-summit/articles/003.txt"));
}

TEST_CASE("new errors come before new warnings") {
    StoryResult result = test::sample_result();
    result.findings[1].is_new = true;
    result.problems.clear();
    const auto lines = lines_of(render::github({result}, {}));
    REQUIRE(lines.size() == 3);
    CHECK(starts_with(lines[0], "::error "));
    CHECK(starts_with(lines[1], "::warning "));
    CHECK(starts_with(lines[2], "::notice "));
}

TEST_CASE("properties encode ':' and ',' as well as '%' and line breaks") {
    StoryResult result = test::sample_result();
    result.problems.clear();
    result.findings.resize(1);
    result.findings[0].claims[0].file = "claims/a,b:c%d.txt";
    result.findings[0].topic = "x,line=99::boom\nnext";
    const auto lines = lines_of(render::github({result}, {}));
    REQUIRE(lines.size() == 1);
    CHECK(starts_with(lines[0],
                      "::warning file=claims/a%2Cb%3Ac%25d.txt,line=13,col=5,"
                      "title=numeric/compatible-rounding x%2Cline=99%3A%3Aboom next::"));
}

TEST_CASE("hostile text never starts a command or a line") {
    const StoryResult hostile = test::hostile_result();
    const std::string out = render::github({hostile}, {});
    const auto lines = lines_of(out);
    CHECK(lines.size() == 4);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find('\x1b') == std::string::npos);
    for (const auto& line : lines) {
        CHECK(starts_with(line, "::"));
        // The command's own "::" separator is the only one outside the message
        const auto properties_end = line.find("::", 2);
        REQUIRE(properties_end != std::string::npos);
        const std::string properties = line.substr(2, properties_end - 2);
        CHECK(properties.find(':') == std::string::npos);
    }
}

// Annotations are ordered over the whole run, not story by story: a new
// error in the last story comes before new warnings of the first, and the
// count of those left out covers every story.
TEST_CASE("the limit and the order hold across stories") {
    StoryResult last = test::sample_result();
    last.story.id = "last-story";
    for (auto& finding : last.findings) {
        if (finding.is_new && finding.severity == Severity::warning) {
            finding.severity = Severity::error;
            finding.topic = "last.topic";
        }
    }
    const std::vector<StoryResult> results{test::sample_result(), test::sample_result(), last};
    render::GithubOptions options;
    options.max_annotations = 4;
    const auto lines = lines_of(render::github(results, options));
    REQUIRE(lines.size() == 5);
    for (int i = 0; i < 3; ++i) {
        CHECK(starts_with(lines[static_cast<std::size_t>(i)], "::error file=claims/nara-summit/003.toml"));
    }
    CHECK(starts_with(lines[3], "::error "));
    CHECK(lines[3].find("title=numeric/compatible-rounding last.topic::") != std::string::npos);
    CHECK(lines[4] ==
          "::notice title=claimcheck::8 more findings and problems not annotated (limit 4); see the reports");

    options.max_annotations = 100;
    const auto all = lines_of(render::github(results, options));
    REQUIRE(all.size() == 12);
    CHECK(std::equal(lines.begin(), lines.begin() + 4, all.begin()));
}
