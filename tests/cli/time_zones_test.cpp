// End to end: a story in a zone east of UTC whose sources write one instant
// in local time and in GMT, and a draft that applied the offset twice.
#include "support/process.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

void write_quake_story(const std::filesystem::path& root) {
    const auto story = root / "claims" / "quake";
    testing::write_text(story / "story.toml",
                        "[story]\ntitle = \"Quake\"\ndate = 2025-04-10\ntimezone = \"Asia/Seoul\"\n\n"
                        "[topic.\"quake.time\"]\nkind = \"date\"\nlabel = \"When the quake struck\"\n");
    const char* const quotes[] = {"4:10 a.m. local time on Thursday", "19:10 GMT on Wednesday",
                                  "4:10 a.m. GMT on Thursday"};
    const char* const published[] = {"2025-04-10T09:00:00+09:00", "2025-04-10T00:30:00Z", "2025-04-10T10:00:00"};
    for (int i = 0; i < 3; ++i) {
        const std::string id = "00" + std::to_string(i + 1);
        testing::write_text(story / "articles" / (id + ".txt"),
                            std::string("The quake struck at ") + quotes[i] + ".\n");
        testing::write_text(story / (id + ".toml"),
                            "[source]\noutlet = \"Outlet " + id + "\"\ntext = \"articles/" + id +
                                ".txt\"\npublished = " + published[i] + (i == 2 ? "\nrole = \"draft\"" : "") +
                                "\n\n[[claim]]\ntopic = \"quake.time\"\nquote = \"" + quotes[i] + "\"\n");
    }
}

}  // namespace

TEST_CASE("an offset applied twice is an error that names the offset, shown in the story's zone and in UTC") {
    testing::TempDir dir;
    write_quake_story(dir.path());
    const auto result = testing::run_claimcheck({"check", "claims/quake"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("[temporal/offset-twice] quake.time"));
    CHECK_THAT(result.out, Catch::Contains("9 hours apart: the offset of Asia/Seoul from UTC (+9) — was it applied "
                                           "twice?"));
    const std::string report = testing::read_text(dir.path() / "reports" / "quake.md");
    // The two references write one instant: local time and GMT the day before.
    CHECK_THAT(report,
               Catch::Contains("| Outlet 001 (`001`) | 2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before) |"));
    CHECK_THAT(report,
               Catch::Contains("| Outlet 002 (`002`) | 2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before) |"));
    CHECK_THAT(report, Catch::Contains("| Outlet 003 (`003`) | 2025-04-10 13:10 Asia/Seoul (04:10 UTC) |"));
}
