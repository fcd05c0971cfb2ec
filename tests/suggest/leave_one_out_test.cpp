// `suggest --story` left one out (docs/suggest.md): each source's claim
// file set aside, one proposed for its article from the other sources and
// compared with the curated one. The floors are the figures measured when
// the rules were written, rounded down: a change that proposes worse files
// fails here (bench_suggest_leave_one_out prints the figures per source).
#include "suggest/measure.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace claimcheck;

namespace {

struct Floor {
    std::vector<std::string> stories;
    double recall;
    double precision;
    double source_recall;  // the least any one source may have
};

std::vector<suggest::SourceScore> scores_of(const std::vector<std::string>& stories) {
    std::vector<suggest::SourceScore> all;
    for (const auto& story : stories) {
        Diagnostics diagnostics;
        auto scores = suggest::leave_one_out(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + story, diagnostics);
        CHECK_FALSE(diagnostics.has_errors());
        CHECK_FALSE(scores.empty());
        all.insert(all.end(), scores.begin(), scores.end());
    }
    return all;
}

}  // namespace

TEST_CASE("suggest --story recalls most curated claims of a story, one source left out at a time") {
    const std::vector<Floor> floors{
        {{"claims/nara-summit", "claims/seorim-results"}, 0.84, 0.80, 0.55},
        {{"tests/fixtures/honest/kharkiv-strike", "tests/fixtures/honest/cairo-talks"}, 0.90, 0.90, 0.75},
    };
    for (const auto& floor : floors) {
        DYNAMIC_SECTION(floor.stories.front()) {
            const auto scores = scores_of(floor.stories);
            const auto totals = suggest::totals(scores);
            INFO("recalled " << totals.recalled << " of " << totals.curated << ", " << totals.correct << " of "
                             << totals.proposed << " proposals correct");
            CHECK(totals.recall() >= floor.recall);
            CHECK(totals.precision() >= floor.precision);
            for (const auto& source : scores) {
                INFO(source.story << " " << source.source);
                CHECK(static_cast<double>(source.recalled) >=
                      floor.source_recall * static_cast<double>(source.curated));
            }
        }
    }
}
