// A generated story of many sources and claims, large enough that a run has
// work to split between threads and takes long enough to be interrupted.
#pragma once

#include "support/process.hpp"

#include <filesystem>
#include <string>

namespace claimcheck::testing {

// Writes claims/<id>/ under `root`: `sources` claim files of `topics` quantity
// claims each (one topic per article line); a third of the topics disagree
// between sources. Files are written in reverse order when `reverse`, so that
// a folder's listing order differs between copies.
inline void write_generated_story(const std::filesystem::path& root, const std::string& id, int sources, int topics,
                                  bool reverse = false) {
    const std::filesystem::path story = root / "claims" / id;
    std::string story_toml = "[story]\ntitle = \"Generated story " + id + "\"\n";
    for (int t = 0; t < topics; ++t) {
        story_toml += "\n[topic.\"t" + std::to_string(t) + "\"]\nkind = \"quantity\"\nlabel = \"Count " +
                      std::to_string(t) + "\"\n";
    }
    write_text(story / "story.toml", story_toml);
    for (int i = 0; i < sources; ++i) {
        const int s = reverse ? sources - 1 - i : i;
        const std::string name = "s" + std::to_string(s);
        std::string article;
        std::string claims =
            "[source]\noutlet = \"Outlet " + std::to_string(s) + "\"\ntext = \"articles/" + name + ".txt\"\n";
        for (int t = 0; t < topics; ++t) {
            const int value = (t + s) % 3 == 0 ? 100 + t + 7 * s : 100 + t;
            const std::string words =
                "Item " + std::to_string(t) + ": officials counted " + std::to_string(value) + " people";
            article += words + " on the day.\n";
            claims += "\n[[claim]]\ntopic = \"t" + std::to_string(t) + "\"\nquote = \"" + words + "\"\nvalue = \"" +
                      std::to_string(value) + " people\"\nline = " + std::to_string(t + 1) + "\n";
        }
        write_text(story / "articles" / (name + ".txt"), article);
        write_text(story / (name + ".toml"), claims);
    }
}

}  // namespace claimcheck::testing
