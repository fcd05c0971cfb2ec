// libFuzzer target: the story and claim-file loader (spec §3–§5) on arbitrary
// TOML, followed by anchoring and diagnostic formatting, as a run does.
//
// Input: STORY_TOML '\0' CLAIM_TOML, or, without a NUL, a claim file checked
// against the sample story's story.toml (so claim files make good seeds). The
// articles are the sample story's, copied once into a temporary story folder.
#include "support.hpp"
#include "anchor/anchor.hpp"
#include "load/load.hpp"
#include "model/diagnostics.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

using claimcheck::fuzz::require;

namespace fs = std::filesystem;
using namespace claimcheck;

fs::path story_dir;
std::string sample_story_toml;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    const fs::path sample = fs::path(CLAIMCHECK_SOURCE_DIR) / "claims" / "nara-summit";
    story_dir = claimcheck::fuzz::scratch_story_dir("claimcheck-fuzz");
    fs::copy(sample / "articles", story_dir / "articles", fs::copy_options::recursive);
    std::ifstream in(sample / "story.toml", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    sample_story_toml = text.str();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string story_text = sample_story_toml;
    std::string_view claim_text = input;
    if (const auto nul = input.find('\0'); nul != std::string_view::npos) {
        story_text = std::string(input.substr(0, nul));
        claim_text = input.substr(nul + 1);
    }
    Diagnostics diagnostics;
    auto story = load::load_story_text(story_dir, std::move(story_text), diagnostics);
    if (!story) {
        require(diagnostics.has_errors());
        story = load::load_story_text(story_dir, sample_story_toml, diagnostics);
        require(story.has_value());
    }
    Source source = load::load_source_text(*story, story_dir / "001.toml", std::string(claim_text), diagnostics);
    anchor::anchor_source(source, diagnostics);
    for (const auto& claim : source.claims) {
        require(!claim.id.empty());
    }
    std::size_t length = 0;
    for (const auto& diagnostic : diagnostics.sorted()) {
        require(!diagnostic.message.empty());
        length += format_diagnostic(diagnostic, false).size();
    }
    require(length < (1u << 30));
    return 0;
}
