// The places of a new article that could become claims: figures and dates
// (the value grammar's scanner), framing cues (src/framing), names (the
// story's entities and the names its sources claimed) and quotations.
#pragma once

#include "grammar/value.hpp"
#include "model/story.hpp"
#include "suggest/context.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::compare::naming {
class Names;
}

namespace claimcheck::suggest {

struct Candidate {
    Kind kind = Kind::quantity;  // the kind of topic it can serve
    std::size_t offset = 0;      // the words it stands on (bytes of the article)
    std::size_t length = 0;
    std::string text;  // as written

    std::optional<grammar::Quantity> quantity;
    std::string noun;  // quantities: the stem of what is counted ("183 miners" -> "miner"), "" when none
    std::optional<grammar::DateValue> date;
    bool dateline = false;                  // dates: the one the article was published on, from its dateline
    std::string spelling;                   // names: the known spelling it was found as
    std::string entity;                     // names: the entity it is a spelling of ("" = none)
    std::string rung;                       // names: how it differs from that spelling ("" = not at all)
    std::optional<framing::ScaleId> scale;  // frames: the scale of the clause's cues; none without cues
    std::string level;                      // frames: the level the cues point at
    std::string speaker;                    // quotations: the name said nearest, if any

    Bag context;  // the words it is said with
};

// A candidate of `kind` on [begin, end) of the text, with its words and
// the words it is said with (context_of).
Candidate candidate_at(const Text& text, Kind kind, std::size_t begin, std::size_t end);

// Every quantity and date the grammar finds, read as `context` says.
std::vector<Candidate> figures_and_dates(const Text& text, const grammar::DateContext& context);

// The clauses holding framing cues, one candidate per clause and scale,
// at the level the clause's cues point at.
std::vector<Candidate> cue_clauses(const Text& text, const Story& story);

// Every clause of five words or more as a frame candidate without a cue:
// what it says of a topic may be worded with no word of the lexicon
// ("yielded concrete agreements on historical issues").
std::vector<Candidate> plain_clauses(const Text& text);

// A spelling a name topic is known by, and the entity it names ("" = none).
struct Spelling {
    std::string name;
    std::string entity;
};

// Every place the article writes one of `spellings`: exactly, folded, or a
// form the naming ladder takes for the same name (another romanisation, a
// generic term, a likely typo). Overlapping finds keep the longest.
std::vector<Candidate> name_mentions(const Text& text, const std::vector<Spelling>& spellings,
                                     compare::naming::Names& names);

// Text between quotation marks (“…”, "…", ‘…’), three words or more or
// named by a claim's quote, with the nearest name of `people` as speaker.
std::vector<Candidate> quotations(const Text& text, const std::vector<Spelling>& people);

}  // namespace claimcheck::suggest
