// Reading claims/<story>/baseline.toml (spec §9): a missing file is an empty
// baseline; anything malformed is an error at its line and column.
#include "gate/baseline.hpp"
#include "gate/baseline_fixture.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

struct Read {
    std::optional<gate::Baseline> baseline;
    std::vector<Diagnostic> diagnostics;
};

Read read(const std::string& content) {
    test::ScratchDir dir;
    Diagnostics diagnostics;
    const auto file = dir.write("baseline.toml", content);
    Read out;
    out.baseline = gate::read_baseline(file, "claims/x/baseline.toml", diagnostics);
    out.diagnostics = diagnostics.sorted();
    return out;
}

// "file:line:col: severity: message", the way a user sees the first line.
std::string first_line(const Diagnostic& d) {
    return format_diagnostic(d, false).substr(0, format_diagnostic(d, false).find('\n'));
}

}  // namespace

TEST_CASE("a good baseline lists fingerprints with reasons, in file order") {
    const Read r = read(R"(# accepted
[[accepted]]
fingerprint = "numeric:mine.deaths:9f1c2a7e40b3d615"
reason = "180 is the rounded figure used by the wire"

[[accepted]]
fingerprint = "naming:temple:0011223344556677"
)");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.baseline);
    REQUIRE(r.baseline->accepted.size() == 2);
    CHECK(r.baseline->accepted[0].fingerprint == "numeric:mine.deaths:9f1c2a7e40b3d615");
    CHECK(r.baseline->accepted[0].reason == "180 is the rounded figure used by the wire");
    CHECK(r.baseline->accepted[0].where.file == "claims/x/baseline.toml");
    CHECK(r.baseline->accepted[0].where.line == 2);  // its [[accepted]] header
    CHECK(r.baseline->accepted[1].reason.empty());
}

TEST_CASE("a missing baseline is empty, without diagnostics") {
    test::ScratchDir dir;
    Diagnostics diagnostics;
    const auto baseline = gate::read_baseline(dir.path() / "baseline.toml", "baseline.toml", diagnostics);
    REQUIRE(baseline);
    CHECK(baseline->accepted.empty());
    CHECK(diagnostics.sorted().empty());
}

TEST_CASE("an empty file is an empty baseline") {
    const Read r = read("# nothing accepted yet\n");
    REQUIRE(r.baseline);
    CHECK(r.baseline->accepted.empty());
    CHECK(r.diagnostics.empty());
}

TEST_CASE("a corrupt baseline is an error at the bad character") {
    const Read r = read("[[accepted]]\nfingerprint = \"numeric:x:1\nreason = \"oops\"\n");
    //                                  ^ line 2: the string is never closed
    CHECK_FALSE(r.baseline);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::error);
    CHECK(r.diagnostics[0].where.file == "claims/x/baseline.toml");
    CHECK(r.diagnostics[0].where.line == 2);
    CHECK(r.diagnostics[0].where.column > 0);
    CHECK(r.diagnostics[0].message.rfind("invalid TOML: ", 0) == 0);
    CHECK(r.diagnostics[0].source.text == "fingerprint = \"numeric:x:1");
}

TEST_CASE("an unknown key is an error at the key, with a suggestion") {
    const Read r = read("[[accepted]]\nfingerprint = \"numeric:x:1\"\nreasn = \"typo\"\n");
    CHECK_FALSE(r.baseline);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(first_line(r.diagnostics[0]) ==
          "claims/x/baseline.toml:3:1: error: unknown key 'reasn' in [[accepted]] (did you mean 'reason'?)");
    CHECK(r.diagnostics[0].source.text == "reasn = \"typo\"");
}

TEST_CASE("an unknown top-level key is an error") {
    const Read r = read("version = 2\n[[accepted]]\nfingerprint = \"numeric:x:1\"\n");
    CHECK_FALSE(r.baseline);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(first_line(r.diagnostics[0]) ==
          "claims/x/baseline.toml:1:1: error: unknown key 'version' in a baseline; known keys: accepted");
}

TEST_CASE("an entry without a fingerprint is an error") {
    const Read r = read("[[accepted]]\nreason = \"why\"\n\n[[accepted]]\nfingerprint = \"\"\n");
    CHECK_FALSE(r.baseline);
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].where.line == 1);  // the entry's [[accepted]] header
    CHECK(r.diagnostics[0].message == "[[accepted]] entry without a 'fingerprint'");
    CHECK(r.diagnostics[1].where.line == 5);
    CHECK(r.diagnostics[1].message == "'fingerprint' must be a non-empty string");
}

TEST_CASE("values of the wrong type are errors") {
    const Read r = read("accepted = 3\n");
    CHECK_FALSE(r.baseline);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "'accepted' must be a list of [[accepted]] tables");

    const Read reason = read("[[accepted]]\nfingerprint = \"numeric:x:1\"\nreason = 42\n");
    CHECK_FALSE(reason.baseline);
    REQUIRE(reason.diagnostics.size() == 1);
    CHECK(first_line(reason.diagnostics[0]) == "claims/x/baseline.toml:3:10: error: 'reason' must be a string");
}

TEST_CASE("every problem is reported, not just the first") {
    const Read r = read("[[accepted]]\nfingerprnt = \"a\"\n\n[[accepted]]\nfingerprint = \"b\"\nnote = \"c\"\n");
    CHECK_FALSE(r.baseline);
    CHECK(r.diagnostics.size() == 3);  // the typo, its entry without a fingerprint, 'note'
}

TEST_CASE("a fingerprint accepted twice is a warning; the first reason counts") {
    const Read r = read(
        "[[accepted]]\nfingerprint = \"a\"\nreason = \"first\"\n\n"
        "[[accepted]]\nfingerprint = \"a\"\nreason = \"second\"\n");
    REQUIRE(r.baseline);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::warning);
    CHECK(r.diagnostics[0].where.line == 5);  // the second entry's header
    StoryResult result;
    result.findings.push_back(test::finding("a", Severity::warning));
    gate::apply_baseline(result, *r.baseline);
    CHECK(result.findings[0].accepted_reason == "first");
}

TEST_CASE("a baseline that is a folder cannot be read") {
    test::ScratchDir dir;
    std::filesystem::create_directory(dir.path() / "baseline.toml");
    Diagnostics diagnostics;
    CHECK_FALSE(gate::read_baseline(dir.path() / "baseline.toml", "baseline.toml", diagnostics));
    REQUIRE(diagnostics.sorted().size() == 1);
    CHECK(diagnostics.sorted()[0].message.rfind("cannot read the baseline: ", 0) == 0);
}
