// What a story already knows of each of its topics: its label, and each
// other source's claim on it with the words it was said with, its value,
// its names and its speaker.
#pragma once

#include "compare/naming.hpp"
#include "suggest/candidates.hpp"
#include "suggest/context.hpp"
#include "suggest/suggest.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimcheck::suggest {

// One other source's claim on a topic.
struct Known {
    const Source* source = nullptr;
    const Claim* claim = nullptr;
    Bag context;  // its quote (weight 1) and the rest of its sentence
    Bag quote;    // its quote's words alone
};

struct TopicProfile {
    std::string id;
    Kind kind = Kind::name;
    const Topic* topic = nullptr;  // nullptr for a topic only claims name
    Bag label;                     // the label's and the id's words
    std::vector<Known> known;
    Bag merged;                       // the known contexts summed: words many say it with weigh most
    std::vector<Spelling> spellings;  // name topics: the names claimed and their entities' spellings
    std::vector<std::string> speakers;
};

struct Knowledge {
    const Story* story = nullptr;
    Rarity rarity;  // over the sentences of every article, the new one included
    std::vector<TopicProfile> topics;
    std::vector<Spelling> spellings;  // every name the story knows
    std::vector<Spelling> people;     // entities and the speakers of quote claims
    std::unique_ptr<compare::naming::Names> names;
};

// Learns the profiles from the request's other sources; `article` is the
// new text, read once by the caller.
Knowledge learn(const Request& request, const Text& article);

}  // namespace claimcheck::suggest
