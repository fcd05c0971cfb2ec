// Writes SARIF logs of the sample and the hostile story, for
// validate_sarif.sh to check against the SARIF 2.1.0 schema.
//   render_write_sarif OUT_DIR
#include "model/io.hpp"
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: render_write_sarif OUT_DIR\n";
        return 2;
    }
    using namespace claimcheck;
    const std::filesystem::path dir = argv[1];
    StoryResult orphan = test::sample_result();
    orphan.findings[0].claims[0].line = 0;  // an unanchored claim: no region
    orphan.findings[0].claims[0].column = 0;
    orphan.problems.push_back({Severity::warning, {"claims/nara-summit/story.toml", 0, 0}, "whole-file problem", ""});
    orphan.problems.push_back({Severity::note, {}, "a problem without a file", ""});
    const struct {
        const char* name;
        std::vector<StoryResult> results;
    } logs[] = {
        {"sample.sarif", {test::sample_result()}},
        {"hostile.sarif", {test::hostile_result()}},
        {"orphan.sarif", {orphan}},
        {"two-stories.sarif", {test::sample_result(), test::hostile_result()}},
        {"empty.sarif", {}},
    };
    for (const auto& log : logs) {
        if (const std::string error = io::write_file_atomically(dir / log.name, render::sarif(log.results, "0.1.0"));
            !error.empty()) {
            std::cerr << error << "\n";
            return 1;
        }
    }
    return 0;
}
