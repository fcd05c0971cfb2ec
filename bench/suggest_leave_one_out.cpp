// Leave-one-out figures of `claimcheck suggest --story` (docs/suggest.md):
// for each source of each story, its claim file is set aside, one is
// proposed for its article from the other sources, and the proposal is
// compared with the curated file.
//
//   bench_suggest_leave_one_out [--verbose] [STORY_DIR...]
//                 (default: claims/nara-summit claims/seorim-results)
//
// Prints a Markdown table: per source the curated claims, those recalled,
// the proposals, those correct, recall, precision and the milliseconds the
// proposal took; then the total. --verbose lists every claim missed and
// every proposal that recalls none.
#include "suggest/measure.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <string>
#include <vector>

using namespace claimcheck;

namespace {

std::string percent(std::size_t part, std::size_t whole) {
    return whole == 0 ? "-" : fmt::format("{:.0f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

void print_row(const suggest::SourceScore& s) {
    fmt::print("| {} | {} | {} | {} | {} | {} | {} | {} | {:.1f} |\n", s.story, s.source, s.curated, s.recalled,
               s.proposed, s.correct, percent(s.recalled, s.curated), percent(s.correct, s.proposed), s.seconds * 1000);
}

void print_details(const suggest::SourceScore& s) {
    for (const auto& missed : s.missed) {
        fmt::print("  {} {} missed: {}\n", s.story, s.source, missed);
    }
    for (const auto& wrong : s.wrong) {
        fmt::print("  {} {} wrong: {}\n", s.story, s.source, wrong);
    }
}

}  // namespace

int main(int argc, char** argv) {
    bool verbose = false;
    std::vector<std::string> stories;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--verbose") {
            verbose = true;
        } else {
            stories.push_back(arg);
        }
    }
    if (stories.empty()) {
        stories = {"claims/nara-summit", "claims/seorim-results"};
    }
    std::vector<suggest::SourceScore> all;
    fmt::print("| story | source | curated | recalled | proposed | correct | recall | precision | ms |\n");
    fmt::print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (const auto& story : stories) {
        Diagnostics diagnostics;
        auto scores = suggest::leave_one_out(story, diagnostics);
        if (diagnostics.has_errors()) {
            fmt::print(stderr, "{}: the story has errors; run claimcheck lint\n", story);
        }
        for (const auto& s : scores) {
            print_row(s);
        }
        all.insert(all.end(), scores.begin(), scores.end());
    }
    const auto t = suggest::totals(all);
    fmt::print("| total | | {} | {} | {} | {} | {} | {} | |\n", t.curated, t.recalled, t.proposed, t.correct,
               percent(t.recalled, t.curated), percent(t.correct, t.proposed));
    if (verbose) {
        for (const auto& s : all) {
            print_details(s);
        }
    }
    return 0;
}
