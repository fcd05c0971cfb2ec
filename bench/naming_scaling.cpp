// How naming's cost grows with the distinct spellings of one name topic and
// with the variants registered under [[entity]]: every spelling and every
// variant should be folded through the naming ladder once, so the cost is
// the pairs' comparisons of prepared folds, not a re-fold per pair.
//
//   bench_naming_scaling [SPELLINGS...]     (default: 250 500)
//
// Prints a Markdown table: distinct spellings, registered entities ×
// variants, milliseconds per compare_story call, and the findings made.
#include "compare/compare.hpp"
#include "one_topic.hpp"

#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <string>
#include <vector>

using namespace claimcheck;

namespace {

// A deterministic name of two or three syllables (a small LCG), so that
// spellings are near one another as real names are: some pairs are typos,
// some transliterations, most different names.
std::string spelling(std::size_t i) {
    static const char* syllables[] = {"ka", "sho",  "ryu", "jo",  "sei", "mi", "tsu", "hara", "no", "chi",
                                      "ba", "gawa", "ko",  "shi", "ta",  "da", "yu",  "ri",   "en", "zu"};
    std::uint64_t x = 0x9e3779b97f4a7c15ULL * (i + 1);
    std::string out;
    for (int word = 0; word < 2; ++word) {
        const int n = 2 + static_cast<int>((x >> 7) % 2);
        for (int s = 0; s < n; ++s) {
            out += syllables[x % 20];
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        }
        out += word == 0 ? " " : "";
    }
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return fmt::format("{} {}", out, i);  // the number keeps every spelling distinct
}

Story make_story(std::size_t spellings, std::size_t entities, std::size_t variants) {
    Story story = bench::one_topic_story("naming", "site", Kind::name, "Site");
    for (std::size_t e = 0; e < entities; ++e) {
        Entity entity;
        entity.id = fmt::format("e{:03d}", e);
        entity.name = spelling(100000 + e * 100);
        for (std::size_t v = 1; v <= variants; ++v) {
            entity.variants.push_back(spelling(100000 + e * 100 + v));
        }
        story.entities.push_back(std::move(entity));
    }
    for (std::size_t i = 0; i < spellings; ++i) {
        bench::add_one_claim_source(story, i, "site", Kind::name, spelling(i), NameValue{spelling(i)});
    }
    return story;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes;
    for (int i = 1; i < argc; ++i) {
        char* end = nullptr;
        const unsigned long n = std::strtoul(argv[i], &end, 10);
        if (end == argv[i] || *end != '\0' || n == 0) {
            std::fprintf(stderr, "usage: bench_naming_scaling [SPELLINGS...]\n");
            return 2;
        }
        sizes.push_back(n);
    }
    if (sizes.empty()) {
        sizes = {250, 500};
    }
    std::printf("| distinct spellings | entities × variants | ms per compare | findings |\n");
    std::printf("| ---: | ---: | ---: | ---: |\n");
    for (std::size_t n : sizes) {
        for (auto [entities, variants] : {std::pair<std::size_t, std::size_t>{0, 0}, {10, 5}}) {
            const Story story = make_story(n, entities, variants);
            const auto [ms, findings] = bench::time_compare(story, 1);
            std::printf("| %zu | %zu × %zu | %.0f | %zu |\n", n, entities, variants, ms, findings);
            std::fflush(stdout);
        }
    }
    return 0;
}
