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

#include <algorithm>
#include <chrono>
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

Story make_story(const Case& c) {
    Story story;
    story.id = "scaling";
    story.display_dir = "claims/scaling";
    Topic topic;
    topic.id = "topic";
    topic.kind = c.kind;
    topic.label = "Topic";
    topic.declared = true;
    story.topics[topic.id] = topic;
    for (std::size_t i = 0; i < c.claims; ++i) {
        Source source;
        source.id = fmt::format("{:05d}", i);
        source.outlet = fmt::format("Outlet {}", i);
        source.display_file = fmt::format("claims/scaling/{}.toml", source.id);
        source.article.display_path = fmt::format("claims/scaling/articles/{}.txt", source.id);
        source.article_loaded = true;
        Claim claim;
        claim.id = "topic";
        claim.topic = "topic";
        claim.kind = c.kind;
        const std::size_t v = i % c.distinct;
        claim.value_text = value_text(c.kind, v);
        claim.quote = claim.value_text;
        claim.value_given = true;
        claim.where = {source.display_file, 5, 1};
        claim.value_where = claim.where;
        claim.quote_where = claim.where;
        claim.anchor.state = AnchorState::exact;
        claim.anchor.line = 3;
        claim.anchor.column = 1;
        switch (c.kind) {
            case Kind::quantity:
                claim.value = std::get<grammar::Quantity>(grammar::parse_quantity(claim.value_text));
                break;
            case Kind::name:
                claim.value = NameValue{claim.value_text};
                break;
            case Kind::quote:
                claim.value = QuoteValue{claim.value_text};
                break;
            default:
                break;
        }
        source.claims.push_back(std::move(claim));
        source.claim_count = 1;
        story.sources.push_back(std::move(source));
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
        std::vector<double> times;
        std::size_t findings = 0;
        const int repeats = c.claims * c.distinct > 1'000'000 ? 1 : 3;
        for (int r = 0; r < repeats; ++r) {
            const auto start = std::chrono::steady_clock::now();
            const auto comparison = compare::compare_story(story);
            const auto end = std::chrono::steady_clock::now();
            findings = comparison.findings.size();
            times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        std::sort(times.begin(), times.end());
        const double ms = times[times.size() / 2];
        std::printf("| %s | %zu | %zu | %.2f | %.2f | %zu |\n", std::string(to_string(c.kind)).c_str(), c.claims,
                    c.distinct, ms, ms * 1000 / static_cast<double>(c.claims), findings);
        std::fflush(stdout);
    }
    return 0;
}
