// Spec §11: claims read in their topic (unit, whole) and compared; a
// dimension the copy got wrong is a finding, and refused claims take no part.
#include "pipeline/pipeline.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

struct Outcome {
    std::vector<std::string> verdicts;  // "topic verdict", one per finding
    bool input_errors = false;
};

// A story with `topics` in story.toml and one source per quote, each claim
// on topic `topic` reading its value from its quote.
Outcome check(const std::string& topics, const std::string& topic, const std::vector<std::string>& quotes) {
    testing::TempDir dir;
    const fs::path story = dir.path() / "story";
    testing::write_text(story / "story.toml", "[story]\ntitle = \"T\"\n" + topics);
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        const std::string id = std::to_string(i + 1);
        testing::write_text(story / "articles" / (id + ".txt"), "Officials said " + quotes[i] + " on Monday.\n");
        testing::write_text(story / (id + ".toml"), "[source]\noutlet = \"Outlet " + id + "\"\ntext = \"articles/" +
                                                        id + ".txt\"\n\n[[claim]]\ntopic = \"" + topic +
                                                        "\"\nquote = \"" + quotes[i] + "\"\n");
    }
    pipeline::Options options;
    options.write_reports = false;
    options.use_baseline = false;
    options.jobs = 1;
    Diagnostics diagnostics;
    const auto run = pipeline::run({story.string()}, options, diagnostics);
    Outcome out;
    out.input_errors = run.input_errors;
    REQUIRE(run.results.size() == 1);
    for (const auto& finding : run.results[0].findings) {
        out.verdicts.push_back(finding.topic + " " + std::string(to_string(finding.verdict)));
    }
    return out;
}

struct Case {
    const char* topics;
    std::vector<std::string> quotes;
    std::vector<std::string> verdicts;
};

const std::vector<Case> cases{
    // A bare figure takes the topic's unit and compares with the unit written out.
    {"[topic.t]\nkind = \"quantity\"\nunit = \"years\"\n", {"58", "58 years"}, {}},
    {"[topic.t]\nkind = \"quantity\"\nunit = \"years\"\n", {"58", "59 years"}, {"t conflict"}},
    {"[topic.t]\nkind = \"quantity\"\nunit = \"years\"\n", {"Smith, 58,", "58", "a 58-year-old"}, {}},
    {"[topic.t]\nkind = \"quantity\"\nunit = \"millibars\"\n", {"940", "940 millibars", "940 hPa"}, {}},
    // The copy's dimension differs from the topic's: a finding, not an input error.
    {"[topic.t]\nkind = \"quantity\"\nunit = \"percentage points\"\n",
     {"3%", "3 percentage points"},
     {"t unit-mismatch"}},
    {"[topic.t]\nkind = \"quantity\"\nunit = \"missiles\"\n", {"$12", "12 missiles"}, {"t unit-mismatch"}},
    {"[topic.t]\nkind = \"quantity\"\nunit = \"%\"\n", {"up 3 percent", "3%"}, {"t unit-mismatch"}},
    // Shares and counts of the topic's whole compare.
    {"[topic.t]\nkind = \"quantity\"\nwhole = \"12 missiles\"\n", {"three-quarters", "9 of 12", "9 missiles"}, {}},
    {"[topic.t]\nkind = \"quantity\"\nwhole = \"12 missiles\"\n", {"two-thirds", "9 missiles"}, {"t conflict"}},
};

}  // namespace

TEST_CASE("claims are read in their topic and compared, a wrong dimension being a finding") {
    for (const auto& c : cases) {
        CAPTURE(c.topics, c.quotes);
        const Outcome out = check(c.topics, "t", c.quotes);
        CHECK_FALSE(out.input_errors);
        CHECK(out.verdicts == c.verdicts);
    }
}

TEST_CASE("a claim whose value is refused takes no part in the comparison") {
    // The second claim's quote holds no quantity: an input error, and no finding.
    const Outcome out = check("[topic.t]\nkind = \"quantity\"\n", "t", {"183 people", "many people", "183 people"});
    CHECK(out.input_errors);
    CHECK(out.verdicts.empty());
}
