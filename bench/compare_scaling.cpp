// How the comparison engine's cost grows within one topic: N claims (one
// per source) of which D carry distinct values, for quantity, name and
// quote topics. The cost should follow the number of distinct values per
// topic (D), not the number of claim pairs (N²): claims with equal values
// need not be compared again.
//
//   bench_compare_scaling [--max-claims N] [--max-distinct D] [--kind quantity|name|quote]
//
// Prints a Markdown table: claims, distinct values, milliseconds per
// compare_story call (median of several calls), and the findings made.
#include "compare/compare.hpp"
#include "grammar/value.hpp"
#include "one_topic.hpp"

#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <string>
#include <string_view>
#include <vector>

using namespace claimcheck;

namespace {

struct Case {
    Kind kind;
    std::size_t claims;
    std::size_t distinct;
};

std::string value_text(Kind kind, std::size_t v) {
    switch (kind) {
        case Kind::quantity:
            return fmt::format("{} people", 1000 + 37 * v);
        case Kind::name:
            return fmt::format("Velmora Harbour {}", v);
        case Kind::quote:
            return fmt::format("we will rebuild the harbour wall number {} before the winter storms arrive", v);
        default:
            break;
    }
    return {};
}

Value value_of(Kind kind, const std::string& text) {
    switch (kind) {
        case Kind::quantity:
            return std::get<grammar::Quantity>(grammar::parse_quantity(text));
        case Kind::name:
            return NameValue{text};
        case Kind::quote:
            return QuoteValue{text};
        default:
            break;
    }
    return {};
}

Story make_story(const Case& c) {
    Story story = bench::one_topic_story("scaling", "topic", c.kind, "Topic");
    for (std::size_t i = 0; i < c.claims; ++i) {
        std::string text = value_text(c.kind, i % c.distinct);
        Value value = value_of(c.kind, text);
        bench::add_one_claim_source(story, i, "topic", c.kind, std::move(text), std::move(value));
    }
    return story;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t max_claims = 4000;
    std::size_t max_distinct = 250;
    std::vector<Kind> kinds{Kind::quantity, Kind::name, Kind::quote};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--max-claims" && i + 1 < argc) {
            max_claims = static_cast<std::size_t>(std::strtoul(argv[++i], nullptr, 10));
        } else if (arg == "--max-distinct" && i + 1 < argc) {
            max_distinct = static_cast<std::size_t>(std::strtoul(argv[++i], nullptr, 10));
        } else if (arg == "--kind" && i + 1 < argc) {
            const std::string_view kind = argv[++i];
            kinds = {kind == "name" ? Kind::name : kind == "quote" ? Kind::quote : Kind::quantity};
        } else {
            std::fprintf(
                stderr,
                "usage: bench_compare_scaling [--max-claims N] [--max-distinct D] [--kind quantity|name|quote]\n");
            return 2;
        }
    }
    std::vector<Case> cases;
    for (Kind kind : kinds) {
        for (std::size_t n = 250; n <= max_claims; n *= 4) {
            for (std::size_t d : {std::size_t{1}, std::size_t{2}, std::size_t{10}, n / 10, n}) {
                if (d >= 1 && d <= n && d <= max_distinct &&
                    (cases.empty() || cases.back().claims != n || cases.back().distinct != d ||
                     cases.back().kind != kind)) {
                    cases.push_back({kind, n, d});
                }
            }
        }
    }
    std::printf("| kind | claims | distinct values | ms per compare | µs per claim | findings |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (const auto& c : cases) {
        const Story story = make_story(c);
        const auto [ms, findings] = bench::time_compare(story, c.claims * c.distinct > 1'000'000 ? 1 : 3);
        std::printf("| %s | %zu | %zu | %.2f | %.2f | %zu |\n", std::string(claim_word(c.kind)).c_str(), c.claims,
                    c.distinct, ms, ms * 1000 / static_cast<double>(c.claims), findings);
        std::fflush(stdout);
    }
    return 0;
}
