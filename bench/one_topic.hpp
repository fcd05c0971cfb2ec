// What the engine benchmarks share (compare_scaling.cpp, naming_scaling.cpp):
// a story of one declared topic built in memory, sources of one exactly
// anchored claim each, and the timing of compare_story over it.
#pragma once

#include "compare/compare.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <fmt/format.h>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck::bench {

// A story `id` ("claims/<id>") that declares one topic.
inline Story one_topic_story(const std::string& id, const std::string& topic_id, Kind kind, const std::string& label) {
    Story story;
    story.id = id;
    story.display_dir = "claims/" + id;
    Topic topic;
    topic.id = topic_id;
    topic.kind = kind;
    topic.label = label;
    topic.declared = true;
    story.topics[topic.id] = topic;
    return story;
}

// Adds source number `i`, whose one claim on `topic` has the value `value`
// written `text` (its quote too), found exactly in the article.
inline void add_one_claim_source(Story& story, std::size_t i, const std::string& topic, Kind kind, std::string text,
                                 Value value) {
    Source source;
    source.id = fmt::format("{:05d}", i);
    source.outlet = fmt::format("Outlet {}", i);
    source.display_file = fmt::format("{}/{}.toml", story.display_dir, source.id);
    source.article.display_path = fmt::format("{}/articles/{}.txt", story.display_dir, source.id);
    source.article_loaded = true;
    Claim claim;
    claim.id = topic;
    claim.topic = topic;
    claim.kind = kind;
    claim.value_text = std::move(text);
    claim.quote = claim.value_text;
    claim.value_given = true;
    claim.where = {source.display_file, 5, 1};
    claim.value_where = claim.where;
    claim.quote_where = claim.where;
    claim.anchor.state = AnchorState::exact;
    claim.anchor.line = 3;
    claim.anchor.column = 1;
    claim.value = std::move(value);
    source.claims.push_back(std::move(claim));
    source.claim_count = 1;
    story.sources.push_back(std::move(source));
}

struct Timing {
    double ms = 0;             // the median of the runs
    std::size_t findings = 0;  // the findings compare_story made
};

// Runs compare_story on `story` `runs` times.
inline Timing time_compare(const Story& story, int runs) {
    std::vector<double> times;
    std::size_t findings = 0;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const auto comparison = compare::compare_story(story);
        const auto end = std::chrono::steady_clock::now();
        findings = comparison.findings.size();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], findings};
}

}  // namespace claimcheck::bench
