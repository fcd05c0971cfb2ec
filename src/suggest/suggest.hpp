// `claimcheck suggest ARTICLE --story DIR`: a whole claim file proposed for a
// new article from what the story already knows (docs/suggest.md). The
// story's topics say what is claimed; the other sources' claims say which
// words, figures, dates, names and speakers speak to each topic; the value
// grammar, the framing lexicon and the entity names find the places in the
// new text. Nothing is downloaded and nothing is learnt beyond the story.
#pragma once

#include "model/story.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::suggest {

// One proposed [[claim]].
struct Proposal {
    std::string topic;
    Kind kind = Kind::name;
    std::string quote;             // the article's exact words
    std::size_t quote_offset = 0;  // where the quote stands in the article (bytes)
    std::optional<int> line;       // when the quote occurs more than once
    std::string value;             // "" when the quote alone says it
    std::string speaker;           // quote claims, when the text names one
    double sureness = 0;           // 0 to 1
    std::string why;               // one line: the evidence
};

// A figure, date or name of the article that no topic took.
struct Leftover {
    std::size_t offset = 0;
    int line = 0;
    std::string text;  // as written
    std::string what;  // "a count", "a date", "entity chosei-mine"
};

struct ClaimFile {
    std::string outlet;               // "" when not given
    std::string text;                 // the article, relative to the story folder
    std::string published;            // a TOML date or date-time, "" when nothing gives one
    std::string published_from;       // the words it was read from
    bool published_guessed = false;   // the text gives none: the story's date stands in
    std::vector<Proposal> claims;     // as the article reads
    std::vector<Leftover> unmatched;  // as the article reads
};

struct Request {
    const Story* story = nullptr;
    std::vector<const Source*> others;  // the story's sources, claims anchored (anchor::anchor_source)
    const Article* article = nullptr;   // the new text
    std::string text;                   // its `text` key: relative to the story folder
    std::string outlet;                 // "" for a placeholder
};

// Proposes the claim file. Deterministic: the same request gives the same file.
ClaimFile propose(const Request& request);

// The claim file as TOML, with a comment before each claim saying how sure
// and why, and the leftovers as comments at its end.
std::string claim_file_text(const ClaimFile& file);

}  // namespace claimcheck::suggest
