// A story written to a temporary folder and loaded, as the loader's tests
// use one: story.toml, one article and, when given, one claim file.
#pragma once

#include "load/load.hpp"
#include "support/messages.hpp"
#include "support/process.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::testing {

struct Loaded {
    std::optional<Story> story;
    std::vector<std::string> problems;  // "line:col: severity: message"
};

// Writes `story_toml` as story.toml and `article` as articles/a.txt, and
// `claim_file` as a.toml unless it is empty; loads the story and that file.
inline Loaded load_written(const std::string& story_toml, const std::string& article, const std::string& claim_file) {
    TempDir dir;
    const std::filesystem::path story = dir.path() / "story";
    write_text(story / "story.toml", story_toml);
    write_text(story / "articles" / "a.txt", article);
    Diagnostics diagnostics;
    Loaded out;
    out.story = load::load_story(story, diagnostics);
    if (out.story && !claim_file.empty()) {
        write_text(story / "a.toml", claim_file);
        out.story->sources.push_back(load::load_source(*out.story, story / "a.toml", diagnostics));
    }
    out.problems = messages(diagnostics.sorted());
    return out;
}

}  // namespace claimcheck::testing
