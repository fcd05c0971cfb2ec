// libFuzzer target: the whole check of a small generated story, as
// `claimcheck check` runs it: load, anchor, compare, baseline, and every
// output format.
//
// Input: up to four articles separated by NUL bytes. Each becomes a source
// (the first a draft); each line of an article becomes a claim quoting that
// line, on a topic of each kind in turn (quantity, date, name, frame,
// quote), so the grammar, the comparison rules and the renderers all see
// the fuzzer's text.
#include "support.hpp"
#include "anchor/anchor.hpp"
#include "compare/compare.hpp"
#include "gate/baseline.hpp"
#include "gate/gate.hpp"
#include "load/load.hpp"
#include "load/toml_string.hpp"
#include "render/render.hpp"
#include "util/lines.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

using claimcheck::fuzz::require;

namespace fs = std::filesystem;
using namespace claimcheck;

fs::path story_dir;

constexpr std::string_view story_toml = R"([story]
title = "Fuzzed story"
date = 2026-01-19

[[entity]]
id = "p"
name = "Lee Jae-myung"
variants = ["Lee Jae Myung"]

[topic."n"]
kind = "quantity"
tolerance = "5%"

[topic."d"]
kind = "date"

[topic."e"]
kind = "name"

[topic."f"]
kind = "frame"
scale = "certainty"

[topic."q"]
kind = "quote"
)";

constexpr std::string_view topics[] = {"n", "d", "e", "f", "q"};

void write(const fs::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

// The claim file of one article: a claim per non-empty line.
std::string claim_file(std::string_view article, std::size_t index) {
    std::string out = "[source]\noutlet = \"Outlet " + std::to_string(index) + "\"\ntext = \"articles/" +
                      std::to_string(index) + ".txt\"\n" + (index == 0 ? "role = \"draft\"\n" : "");
    const text::Lines lines(article);
    for (int line = 1; line <= std::min(lines.count(), 40); ++line) {
        const std::string_view words = lines.line_text(article, line);
        if (!words.empty()) {
            out += "\n[[claim]]\ntopic = \"" + std::string(topics[(line - 1) % std::size(topics)]) +
                   "\"\nquote = " + load::toml_basic_string(words) + "\nline = " + std::to_string(line) + "\n";
        }
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    story_dir = claimcheck::fuzz::scratch_story_dir("claimcheck-fuzz-check");
    fs::create_directories(story_dir / "articles");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    Diagnostics diagnostics;
    auto story = load::load_story_text(story_dir, std::string(story_toml), diagnostics);
    require(story.has_value());
    std::size_t start = 0;
    for (std::size_t index = 0; index < 4 && start <= input.size(); ++index) {
        const std::size_t end = std::min(input.find('\0', start), input.size());
        const std::string_view article = input.substr(start, end - start);
        write(story_dir / "articles" / (std::to_string(index) + ".txt"), article);
        const fs::path file = story_dir / (std::to_string(index) + ".toml");
        story->sources.push_back(load::load_source_text(*story, file, claim_file(article, index), diagnostics));
        anchor::anchor_source(story->sources.back(), diagnostics);
        story->sources.back().claim_count = story->sources.back().claims.size();
        start = end + 1;
    }
    StoryResult result;
    result.story = std::move(*story);
    result.report_path = "reports/story.md";
    auto comparison = compare::compare_story(result.story);
    result.findings = std::move(comparison.findings);
    result.timelines = std::move(comparison.timelines);
    result.problems = diagnostics.sorted();
    gate::apply_baseline(result, gate::updated_baseline(result, {}));
    std::vector<StoryResult> results{std::move(result)};
    require(gate::exit_code(results, gate::FailOn::note) == gate::exit_ok);  // everything was just accepted
    require(!render::markdown_report(results.front(), "..").empty());
    require(!render::json(results).empty());
    require(!render::sarif(results, "0").empty());
    render::github(results, {10, Severity::note});
    render::terminal(results, {false, false, Severity::note});
    return 0;
}
