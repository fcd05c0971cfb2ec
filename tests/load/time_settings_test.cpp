// The time settings of a story and its sources: `timezone`,
// `fiscal_year_start`, and `published` / `as_of` as date-times.
#include "load/load.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <utility>

using namespace claimcheck;
namespace fs = std::filesystem;
namespace chr = std::chrono;

namespace {

const std::string article_text = "The quake struck at 4:10 a.m. local time on April 10, 2025.\n";

struct Loaded {
    std::optional<Story> story;
    Source source;
    std::vector<std::string> problems;
};

// Loads the story in `story` and its claim file 001.toml.
Loaded load_story_dir(const fs::path& story) {
    Diagnostics diagnostics;
    Loaded out;
    out.story = load::load_story(story, diagnostics);
    if (out.story) {
        out.source = load::load_source(*out.story, story / "001.toml", diagnostics);
    }
    for (const auto& d : diagnostics.sorted()) {
        out.problems.push_back(fs::path(d.where.file).filename().string() + ":" + std::to_string(d.where.line) + ":" +
                               std::to_string(d.where.column) + ": " + d.message);
    }
    return out;
}

// Loads a story whose [story] table holds `story_keys` and one claim file
// whose [source] table holds `source_keys` and whose claims are `claims`.
Loaded load_with(const std::string& story_keys, const std::string& source_keys, const std::string& claims = "") {
    testing::TempDir dir;
    const fs::path story = dir.path() / "story";
    testing::write_text(story / "story.toml", "[story]\ntitle = \"Quake\"\n" + story_keys +
                                                  "\n[topic.\"quake.time\"]\nkind = \"date\"\nlabel = \"When\"\n");
    testing::write_text(story / "articles" / "001.txt", article_text);
    testing::write_text(story / "001.toml",
                        "[source]\noutlet = \"Wire\"\ntext = \"articles/001.txt\"\n" + source_keys + "\n" + claims);
    return load_story_dir(story);
}

chr::sys_seconds utc(int y, unsigned m, unsigned d, int h, int min) {
    return chr::sys_days{chr::year{y} / chr::month{m} / chr::day{d}} + chr::hours{h} + chr::minutes{min};
}

const std::string time_claim = "[[claim]]\ntopic = \"quake.time\"\nquote = \"4:10 a.m. local time\"\n";

}  // namespace

TEST_CASE("timezone and fiscal_year_start are read from the story and a source may override them") {
    const auto a = load_with("timezone = \"Asia/Seoul\"\nfiscal_year_start = \"April\"", "published = 2025-04-10");
    CHECK(a.problems.empty());
    REQUIRE(a.story);
    CHECK(a.story->timezone == "Asia/Seoul");
    CHECK(a.story->fiscal_year_start == 4);
    CHECK(a.source.timezone == "Asia/Seoul");
    CHECK(a.source.fiscal_year_start == 4);

    const auto b = load_with("timezone = \"Asia/Seoul\"",
                             "published = 2025-04-10\ntimezone = \"America/New_York\"\n"
                             "fiscal_year_start = 10");
    CHECK(b.problems.empty());
    CHECK(b.source.timezone == "America/New_York");
    CHECK(b.source.fiscal_year_start == 10);

    const auto c = load_with("", "published = 2025-04-10");
    CHECK(c.story->timezone.empty());
    CHECK(c.story->fiscal_year_start == 1);

    // A month's name reads as the value grammar reads it (util/calendar.hpp).
    for (const auto& [written, month] : {std::pair{"july", 7U}, std::pair{"Sep", 9U}, std::pair{"Sept", 9U}}) {
        CAPTURE(written);
        const auto d = load_with(fmt::format("fiscal_year_start = \"{}\"", written), "published = 2025-04-10");
        CHECK(d.problems.empty());
        CHECK(d.story->fiscal_year_start == month);
    }
}

TEST_CASE("hemisphere and zone_abbreviations are read from the story and reach its claims") {
    const auto l =
        load_with("hemisphere = \"south\"\nzone_abbreviations = { IST = \"Asia/Jerusalem\" }", "published = 2025-04-10",
                  "[[claim]]\ntopic = \"quake.time\"\nquote = \"in the winter of 2024\"\n"
                  "[[claim]]\ntopic = \"quake.time\"\nquote = \"4:10 a.m. IST on April 10\"\n");
    CHECK(l.problems.empty());
    REQUIRE(l.story);
    CHECK(l.story->hemisphere == grammar::Hemisphere::south);
    REQUIRE(l.source.claims.size() == 2);
    const auto* winter = std::get_if<grammar::DateValue>(&l.source.claims[0].value);
    REQUIRE(winter);
    CHECK(winter->begin == utc(2024, 6, 1, 0, 0));
    CHECK(winter->end == utc(2024, 9, 1, 0, 0));
    const auto* ist = std::get_if<grammar::DateValue>(&l.source.claims[1].value);
    REQUIRE(ist);
    CHECK(ist->begin == utc(2025, 4, 10, 1, 10));  // Asia/Jerusalem is UTC+3 in April
}

TEST_CASE("published as a date-time is an instant, read in the source's zone when it has no offset") {
    const auto offset = load_with("timezone = \"Asia/Seoul\"", "published = 2025-04-10T09:00:00+09:00");
    CHECK(offset.problems.empty());
    REQUIRE(offset.source.published_at);
    CHECK(*offset.source.published_at == utc(2025, 4, 10, 0, 0));
    CHECK(*offset.source.published == chr::year_month_day{chr::year{2025}, chr::April, chr::day{10}});

    // 08:00 in Seoul on April 10 is 23:00 UTC on April 9: the local date is the 10th.
    const auto local = load_with("timezone = \"Asia/Seoul\"", "published = 2025-04-10T08:00:00");
    REQUIRE(local.source.published_at);
    CHECK(*local.source.published_at == utc(2025, 4, 9, 23, 0));
    CHECK(*local.source.published == chr::year_month_day{chr::year{2025}, chr::April, chr::day{10}});
}

TEST_CASE("a time in a claim is read in the story's zone and against the publication instant") {
    const auto l = load_with("timezone = \"Asia/Seoul\"", "published = 2025-04-10T09:00:00+09:00", time_claim);
    CHECK(l.problems.empty());
    REQUIRE(l.source.claims.size() == 1);
    const auto* d = std::get_if<grammar::DateValue>(&l.source.claims[0].value);
    REQUIRE(d);
    CHECK(d->begin == utc(2025, 4, 9, 19, 10));
    CHECK(d->zone == "Asia/Seoul");
}

TEST_CASE("as_of may be a date-time") {
    const auto l =
        load_with("", "published = 2025-04-10", time_claim + "value = \"4:10 a.m.\"\nas_of = 2025-04-10T12:00:00Z\n");
    CHECK(l.problems.empty());
    REQUIRE(l.source.claims.size() == 1);
    REQUIRE(l.source.claims[0].as_of_time);
    CHECK(*l.source.claims[0].as_of_time == utc(2025, 4, 10, 12, 0));
}

namespace {

struct Bad {
    const char* story_keys;
    const char* source_keys;
    const char* problem;
};

// clang-format off
const std::vector<Bad> bad{
    {"timezone = \"Asia/Seol\"", "published = 2025-04-10",
     "story.toml:3:12: 'timezone': 'Asia/Seol' is not an IANA time zone name (such as \"Asia/Seoul\") (did you mean 'Asia/Seoul'?)"},
    {"timezone = \"KST\"", "published = 2025-04-10",
     "story.toml:3:12: 'timezone': 'KST' is not an IANA time zone name (such as \"Asia/Seoul\"); 'KST' reads as UTC+09:00"},
    {"timezone = 9", "published = 2025-04-10",
     "story.toml:3:12: 'timezone' must be an IANA time zone name such as \"Asia/Seoul\", not an integer"},
    {"fiscal_year_start = \"Apirl\"", "published = 2025-04-10",
     "story.toml:3:21: 'fiscal_year_start' must be a month name such as \"April\", not 'Apirl' (did you mean 'april'?)"},
    {"fiscal_year_start = 13", "published = 2025-04-10",
     "story.toml:3:21: 'fiscal_year_start' must be a month, 1 to 12 or a name such as \"April\""},
    {"", "published = 2025-04-10\ntimezone = \"Europe/Londn\"",
     "001.toml:5:12: 'timezone': 'Europe/Londn' is not an IANA time zone name (such as \"Asia/Seoul\") (did you mean 'Europe/London'?)"},
    {"timezone = \"America/New_York\"", "published = 2025-03-09T02:30:00",
     "001.toml:4:13: 'published': that time does not exist in America/New_York: the clocks went forward then"},
    {"timezone = \"America/New_York\"", "published = 2025-11-02T01:30:00",
     "001.toml:4:13: 'published': that time happened twice in America/New_York (the clocks went back); give the offset"},
    {"hemisphere = \"northern\"", "published = 2025-04-10",
     "story.toml:3:14: 'hemisphere' must be \"north\" or \"south\", not 'northern'"},
    {"hemisphere = 1", "published = 2025-04-10",
     "story.toml:3:14: 'hemisphere' must be \"north\" or \"south\", not an integer"},
    {"zone_abbreviations = { IST = \"Asia/Jerusalm\" }", "published = 2025-04-10",
     "story.toml:3:30: 'zone_abbreviations': IST: 'Asia/Jerusalm' is not an IANA time zone name (such as \"Asia/Seoul\") (did you mean 'Asia/Jerusalem'?)"},
    {"zone_abbreviations = { Ist = \"Asia/Jerusalem\" }", "published = 2025-04-10",
     "story.toml:3:24: 'zone_abbreviations': 'Ist' is not an abbreviation (1 to 5 capital letters, such as IST)"},
    {"zone_abbreviations = { IST = 3 }", "published = 2025-04-10",
     "story.toml:3:30: 'zone_abbreviations': IST must name an IANA time zone such as \"Asia/Jerusalem\", not an integer"},
    {"zone_abbreviations = { GMT = \"Europe/London\" }", "published = 2025-04-10",
     "story.toml:3:24: 'zone_abbreviations': GMT is always UTC+00:00 and cannot be redefined"},
    {"zone_abbreviations = { UTC = \"Asia/Tokyo\" }", "published = 2025-04-10",
     "story.toml:3:24: 'zone_abbreviations': UTC is always UTC+00:00 and cannot be redefined"},
    {"zone_abbreviations = \"IST\"", "published = 2025-04-10",
     "story.toml:3:22: 'zone_abbreviations' must be a table such as { IST = \"Asia/Jerusalem\" }, not a string"},
    {"", "published = 2025-04-10\nhemisphere = \"north\"",
     "001.toml:5:1: unknown key 'hemisphere' in [source]; known keys: outlet, text, published, url, role, timezone, "
     "fiscal_year_start"},
    {"", "published = 0000-01-01T10:00:00Z", "001.toml:4:13: 'published' has year 0; write the year in full"},
};
// clang-format on

}  // namespace

TEST_CASE("a bad timezone, fiscal year start or publication time is an error at its place") {
    for (const auto& c : bad) {
        CAPTURE(c.story_keys, c.source_keys);
        const auto l = load_with(c.story_keys, c.source_keys);
        REQUIRE(l.problems.size() == 1);
        CHECK(l.problems[0] == c.problem);
    }
}

namespace {

// A results story: Seorim's fiscal year starts in April, the story's in January.
// Both claims quote `phrase`.
Loaded load_results(const std::string& topic_entity, const std::string& entity_fiscal = "\"April\"",
                    const std::string& phrase = "fiscal 2026") {
    testing::TempDir dir;
    const fs::path story = dir.path() / "story";
    testing::write_text(story / "story.toml",
                        "[story]\ntitle = \"Results\"\n"
                        "[[entity]]\nid = \"seorim\"\nname = \"Seorim\"\nfiscal_year_start = " +
                            entity_fiscal +
                            "\n"
                            "[topic.\"results.period\"]\nkind = \"date\"\n" +
                            topic_entity + "\n[topic.\"rates.period\"]\nkind = \"date\"\n");
    testing::write_text(story / "articles" / "001.txt",
                        "Seorim's profit for " + phrase + " rose, as did rates in " + phrase + ".\n");
    testing::write_text(story / "001.toml",
                        "[source]\noutlet = \"Wire\"\ntext = \"articles/001.txt\"\npublished = 2026-05-10\n"
                        "[[claim]]\ntopic = \"results.period\"\nquote = \"" +
                            phrase + "\"\n[[claim]]\ntopic = \"rates.period\"\nquote = \"" + phrase + "\"\n");
    return load_story_dir(story);
}

}  // namespace

TEST_CASE("a topic about an entity reads fiscal years from the entity's fiscal_year_start") {
    const auto l = load_results("entity = \"seorim\"");
    CHECK(l.problems.empty());
    REQUIRE(l.source.claims.size() == 2);
    const auto* company = std::get_if<grammar::DateValue>(&l.source.claims[0].value);
    const auto* calendar = std::get_if<grammar::DateValue>(&l.source.claims[1].value);
    REQUIRE(company);
    REQUIRE(calendar);
    CHECK(company->begin == utc(2025, 4, 1, 0, 0));  // the year ending in March 2026
    CHECK(company->end == utc(2026, 4, 1, 0, 0));
    CHECK(calendar->begin == utc(2026, 1, 1, 0, 0));  // the story's: the calendar year
    CHECK(calendar->end == utc(2027, 1, 1, 0, 0));

    // Without the topic's `entity` the company's fiscal year does not apply.
    const auto plain = load_results("");
    REQUIRE(plain.source.claims.size() == 2);
    CHECK(std::get<grammar::DateValue>(plain.source.claims[0].value).begin == utc(2026, 1, 1, 0, 0));
}

TEST_CASE("a fiscal quarter of an entity's topic counts from the entity's fiscal_year_start") {
    struct Row {
        const char* phrase;
        unsigned company_month;  // where the quarter starts on the company's fiscal year (from April)
        int company_year;
        unsigned calendar_month;  // and on the story's, the calendar year
        int calendar_year;
    };
    // Published 2026-05-10: the company's FY2027 (April 2026 to March 2027) is in progress.
    for (const auto& r : {Row{"Q1 FY27", 4, 2026, 1, 2027}, Row{"the fourth quarter of fiscal 2027", 1, 2027, 10, 2027},
                          Row{"fiscal first quarter", 4, 2026, 1, 2026}, Row{"FY2026 Q2", 7, 2025, 4, 2026}}) {
        CAPTURE(r.phrase);
        const auto l = load_results("entity = \"seorim\"", "\"April\"", r.phrase);
        CHECK(l.problems.empty());
        REQUIRE(l.source.claims.size() == 2);
        const auto* company = std::get_if<grammar::DateValue>(&l.source.claims[0].value);
        const auto* calendar = std::get_if<grammar::DateValue>(&l.source.claims[1].value);
        REQUIRE(company);
        REQUIRE(calendar);
        CHECK(company->begin == utc(r.company_year, r.company_month, 1, 0, 0));
        CHECK(calendar->begin == utc(r.calendar_year, r.calendar_month, 1, 0, 0));
    }
}

TEST_CASE("a topic's entity must be declared, and an entity's fiscal_year_start must be a month") {
    const auto unknown = load_results("entity = \"seorm\"");
    REQUIRE(unknown.problems.size() == 1);
    CHECK(unknown.problems[0] == "story.toml:9:10: 'entity': no [[entity]] has id 'seorm' (did you mean 'seorim'?)");

    const auto bad = load_results("entity = \"seorim\"", "\"Apirl\"");
    REQUIRE(!bad.problems.empty());
    CHECK(bad.problems[0] ==
          "story.toml:6:21: 'fiscal_year_start' must be a month name such as \"April\", not 'Apirl' (did you mean "
          "'april'?)");
}

TEST_CASE("a curated date that its own quote contradicts is a warning") {
    const auto claim = [](const std::string& quote, const std::string& value) {
        return "[[claim]]\ntopic = \"quake.time\"\nquote = \"" + quote + "\"\nvalue = \"" + value + "\"\n";
    };
    const auto typo = load_with("", "published = 2025-04-12", claim("both took office in 2025", "2024"));
    REQUIRE(typo.problems.size() == 1);
    CHECK(typo.problems[0] ==
          "001.toml:8:9: the value '2024' contradicts its own quote, which says '2025': a typo in the value?");

    const auto day = load_with("", "published = 2025-04-12", claim("struck on April 10, 2025", "April 11, 2025"));
    REQUIRE(day.problems.size() == 1);
    CHECK(day.problems[0].find("which says 'April 10, 2025'") != std::string::npos);

    // The same day or a period holding it, written another way, agrees; so
    // does a value that is the quote's own words.
    for (const auto& value : {"2025-04-10", "April 2025", "two days ago"}) {
        CAPTURE(value);
        CHECK(load_with("", "published = 2025-04-12", claim("struck on April 10, 2025", value)).problems.empty());
    }
    CHECK(load_with("", "published = 2025-04-12", claim("more than a year before 2025", "2025")).problems.empty());
}

TEST_CASE("'local time' needs a declared timezone, and the error names the key at its place") {
    const std::string local =
        "[[claim]]\ntopic = \"quake.time\"\nquote = \"4:10 a.m. local time\"\n"
        "value = \"4:10 a.m. local time on April 10\"\n";
    const auto none = load_with("", "published = 2025-04-12", local);
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0] ==
          "001.toml:8:20: 'local time' needs the story's time zone: set `timezone` (an IANA name such as "
          "\"Asia/Seoul\") in [story] of story.toml, or in the claim file's [source]");
    // Declared in the story or the source, UTC included, it reads.
    CHECK(load_with("timezone = \"UTC\"", "published = 2025-04-12", local).problems.empty());
    CHECK(load_with("", "published = 2025-04-12\ntimezone = \"Asia/Seoul\"", local).problems.empty());
    // A source's own UTC overrides the story's zone.
    const auto own = load_with("timezone = \"Asia/Seoul\"", "published = 2025-04-12\ntimezone = \"UTC\"", local);
    REQUIRE(own.source.claims.size() == 1);
    CHECK(std::get<grammar::DateValue>(own.source.claims[0].value).begin == utc(2025, 4, 10, 4, 10));
}

TEST_CASE("a quote holding a time and a weekday is that time, and the lint compares it with the value as a time") {
    const auto claim = [](const std::string& quote, const std::string& value) {
        return "[[claim]]\ntopic = \"quake.time\"\nquote = \"" + quote + "\"\nvalue = \"" + value + "\"\n";
    };
    // The value without its day agrees with the quote's time on its day.
    for (const auto& value : {"0350 GMT", "0350 GMT Tuesday", "Tuesday", "3:50 a.m. GMT"}) {
        CAPTURE(value);
        CHECK(load_with("", "published = 2025-04-10", claim("hit at 0350 GMT Tuesday", value)).problems.empty());
    }
    const auto typo = load_with("", "published = 2025-04-10", claim("hit at 0350 GMT Tuesday", "0450 GMT"));
    REQUIRE(typo.problems.size() == 1);
    CHECK(typo.problems[0].find("which says '0350 GMT Tuesday'") != std::string::npos);
    // Read from the quote alone, it is the time, not the whole Tuesday.
    const auto quoted = load_with("", "published = 2025-04-10",
                                  "[[claim]]\ntopic = \"quake.time\"\nquote = \"hit at 0350 GMT Tuesday\"\n");
    REQUIRE(quoted.source.claims.size() == 1);
    const auto& d = std::get<grammar::DateValue>(quoted.source.claims[0].value);
    CHECK(d.begin == utc(2025, 4, 8, 3, 50));
    CHECK(d.end == utc(2025, 4, 8, 3, 51));
}
