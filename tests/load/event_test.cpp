// A date topic that counts from an event (`event` in story.toml): "two weeks
// after" and "the day before the verdict" count from the source's own claim
// on the event topic; a topic's `event` must name a date topic dated on its own.
#include "load/load.hpp"
#include "support/load_written.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using testing::messages;

namespace {

const std::string story_toml = R"([story]
title = "T"

[topic."verdict.date"]
kind = "date"
label = "Date of the verdict"

[topic."sentencing.date"]
kind = "date"
event = "verdict.date"
)";

using testing::Loaded;

// Loads the story above with one source whose claims are `claims`.
Loaded load_claims(const std::string& claims, const std::string& toml = story_toml) {
    return testing::load_written(toml, "The verdict came on March 2. Sentencing follows.\n",
                                 claims.empty() ? ""
                                                : "[source]\noutlet = \"W\"\ntext = \"articles/a.txt\"\npublished = "
                                                  "2026-03-05\n\n" +
                                                      claims);
}

const std::string verdict = "[[claim]]\ntopic = \"verdict.date\"\nquote = \"March 2\"\n\n";

std::string sentencing(const std::string& value) {
    return "[[claim]]\ntopic = \"sentencing.date\"\nquote = \"Sentencing\"\nvalue = \"" + value + "\"\n\n";
}

std::string day_of(const Loaded& loaded, const std::string& topic) {
    for (const auto& claim : loaded.story->sources.at(0).claims) {
        if (claim.topic == topic) {
            const auto& d = std::get<grammar::DateValue>(claim.value);
            return d.canonical;
        }
    }
    return "(none)";
}

}  // namespace

TEST_CASE("event: relative dates count from the source's own claim on the event topic, in any order") {
    struct Case {
        std::string claims;
        const char* day;
    };
    const std::vector<Case> cases{
        {verdict + sentencing("two weeks after"), "2026-03-16"},
        {sentencing("two weeks after") + verdict, "2026-03-16"},  // the event's claim may come later in the file
        {verdict + sentencing("the day before the verdict"), "2026-03-01"},
        {verdict + sentencing("3 days after the verdict"), "2026-03-05"},
        // A date the words name is the anchor, whatever the topic's event.
        {verdict + sentencing("the day after March 10"), "2026-03-11"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.claims);
        const Loaded loaded = load_claims(c.claims);
        CHECK(loaded.problems.empty());
        REQUIRE(loaded.story.has_value());
        CHECK(day_of(loaded, "sentencing.date") == c.day);
    }
}

TEST_CASE("event: another event, or an event the source does not date, is an error at the value") {
    const Loaded other = load_claims(verdict + sentencing("the day before the election"));
    REQUIRE(other.problems.size() == 1);
    CHECK(other.problems[0] ==
          "13:10: error: 'the day before the election' counts from the election, and this topic counts from "
          "'verdict.date' (its `event`): write the date it means");
    const Loaded undated = load_claims(sentencing("two weeks after"));
    REQUIRE(undated.problems.size() == 1);
    CHECK(undated.problems[0] ==
          "9:10: error: '2 weeks after' counts from 'verdict.date' (the topic's `event`), which this source does "
          "not date as one day: give it a claim on 'verdict.date', or write the date it means");
}

TEST_CASE("event: a topic's event names a date topic dated on its own") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"[story]\ntitle = \"T\"\n[topic.a]\nkind = \"date\"\nevent = \"b\"\n",
         "5:9: error: 'event': no topic 'b' is declared (did you mean 'a'?)"},
        {"[story]\ntitle = \"T\"\n[topic.a]\nkind = \"quantity\"\nevent = \"b\"\n[topic.b]\nkind = \"date\"\n",
         "5:9: error: 'event' only applies to date topics"},
        {"[story]\ntitle = \"T\"\n[topic.a]\nkind = \"date\"\nevent = \"b\"\n[topic.b]\nkind = \"name\"\n",
         "5:9: error: 'event' names 'b', which is not a date topic"},
        {"[story]\ntitle = \"T\"\n[topic.a]\nkind = \"date\"\nevent = \"a\"\n",
         "5:9: error: 'event' names 'a', which counts from an event itself: name a topic dated on its own"},
    };
    for (const auto& [toml, problem] : cases) {
        CAPTURE(toml);
        const Loaded loaded = load_claims("", toml);
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems[0] == problem);
    }
}
