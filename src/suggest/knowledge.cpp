#include "suggest/knowledge.hpp"

#include "suggest/place.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace claimcheck::suggest {

namespace {

// "mine.korean_deaths" -> "mine korean deaths".
std::string id_words(std::string id) {
    std::replace_if(
        id.begin(), id.end(), [](char c) { return c == '.' || c == '_' || c == '-'; }, ' ');
    return id;
}

TopicProfile profile_of(const std::string& id, Kind kind, const Topic* topic) {
    TopicProfile p;
    p.id = id;
    p.kind = kind;
    p.topic = topic;
    p.label = bag_of((topic != nullptr ? topic->label : std::string()) + " " + id_words(id));
    return p;
}

// Every topic: the declared ones, then those only claims name.
std::vector<TopicProfile> topics_of(const Request& request) {
    std::map<std::string, TopicProfile> by_id;
    for (const auto& [id, topic] : request.story->topics) {
        if (topic.kind) {
            by_id.emplace(id, profile_of(id, *topic.kind, &topic));
        }
    }
    for (const Source* source : request.others) {
        for (const auto& claim : source->claims) {
            by_id.try_emplace(claim.topic, profile_of(claim.topic, claim.kind, nullptr));
        }
    }
    std::vector<TopicProfile> out;
    for (auto& [id, profile] : by_id) {
        out.push_back(std::move(profile));
    }
    return out;
}

void add_spelling(std::vector<Spelling>& spellings, const std::string& name, const std::string& entity) {
    const bool known =
        std::any_of(spellings.begin(), spellings.end(), [&](const Spelling& s) { return s.name == name; });
    if (!name.empty() && !known) {
        spellings.push_back({name, entity});
    }
}

void add_entity_spellings(std::vector<Spelling>& spellings, const Entity& entity) {
    add_spelling(spellings, entity.name, entity.id);
    for (const auto& variant : entity.variants) {
        add_spelling(spellings, variant, entity.id);
    }
}

// A known claim's names: its value, and its entity's spellings.
void learn_names(Knowledge& k, TopicProfile& profile, const Claim& claim) {
    const auto* value = std::get_if<NameValue>(&claim.value);
    const std::string name = value != nullptr ? value->text : claim.quote;
    const Entity* entity = k.names->entity_for(name);
    add_spelling(profile.spellings, name, entity != nullptr ? entity->id : "");
    if (entity != nullptr) {
        add_entity_spellings(profile.spellings, *entity);
    }
}

void learn_claims(Knowledge& k, const Request& request, const std::map<const Source*, Text>& texts) {
    std::map<std::string, TopicProfile*> by_id;
    for (auto& profile : k.topics) {
        by_id[profile.id] = &profile;
    }
    for (const Source* source : request.others) {
        for (const auto& claim : source->claims) {
            TopicProfile& profile = *by_id.at(claim.topic);
            Known known{source, &claim, bag_of(claim.quote), bag_of(claim.quote)};
            if (const auto place = claim_span(*source, claim)) {
                known.context = context_of(texts.at(source), place->first, place->second);
            }
            for (const auto& [stem, weight] : known.context) {
                profile.merged[stem] += weight;  // words many sources say it with weigh most
            }
            if (claim.kind == Kind::name) {
                learn_names(k, profile, claim);
            }
            if (!claim.speaker.empty()) {
                profile.speakers.push_back(claim.speaker);
            }
            profile.known.push_back(std::move(known));
        }
    }
}

// Whether a speaker is named as a person is: capitalised words, short
// particles aside ("Benoit Hardy-Chartrand", "Abd al-Fattah"), not a
// description ("Japanese and South Korean governments").
bool person_like(const std::string& name) {
    constexpr std::size_t particle = 3;
    const auto words = words_of(name);
    return !words.empty() && std::all_of(words.begin(), words.end(), [&](const Word& w) {
        return w.capital || w.length <= particle || (w.offset > 0 && name[w.offset - 1] == '-');
    });
}

// The people quotations may be said by: the speakers of the other
// sources' quote claims ("A and B" is two people) named as people are, and
// the entities that share a name word with one; every entity when no
// claim names a speaker.
std::vector<Spelling> people_of(const Knowledge& k) {
    std::vector<Spelling> people;
    const auto add_person = [&](const std::string& name) {
        if (person_like(name)) {
            add_spelling(people, name, "");
        }
    };
    for (const auto& profile : k.topics) {
        for (const auto& speaker : profile.speakers) {
            std::string rest = speaker;
            for (std::size_t at = rest.find(" and "); at != std::string::npos; at = rest.find(" and ")) {
                add_person(rest.substr(0, at));
                rest = rest.substr(at + 5);
            }
            add_person(rest);
        }
    }
    Bag speaker_words;
    for (const auto& person : people) {
        speaker_words.merge(bag_of(person.name));
    }
    for (const auto& entity : k.story->entities) {
        const Bag words = bag_of(entity.name);
        const bool speaks =
            std::any_of(words.begin(), words.end(), [&](const auto& w) { return speaker_words.count(w.first) > 0; });
        if (speaks || speaker_words.empty()) {
            add_entity_spellings(people, entity);
        }
    }
    return people;
}

// Each sentence of a text is a document of the story's rarity.
void add_sentences(Rarity& rarity, const Text& text) {
    for (const auto& sentence : text.sentences) {
        rarity.add_document(
            bag_of(std::string_view(text.article->text).substr(sentence.begin, sentence.end - sentence.begin)));
    }
}

}  // namespace

Knowledge learn(const Request& request, const Text& article) {
    Knowledge k;
    k.story = request.story;
    k.names = std::make_unique<compare::naming::Names>(request.story->entities);
    std::map<const Source*, Text> texts;
    for (const Source* source : request.others) {
        if (source->article_loaded) {
            texts.emplace(source, read_text(source->article));
        }
    }
    add_sentences(k.rarity, article);
    for (const auto& [source, text] : texts) {
        add_sentences(k.rarity, text);
    }
    k.topics = topics_of(request);
    learn_claims(k, request, texts);

    for (const auto& entity : k.story->entities) {
        add_entity_spellings(k.spellings, entity);
    }
    for (const auto& profile : k.topics) {
        for (const auto& spelling : profile.spellings) {
            add_spelling(k.spellings, spelling.name, spelling.entity);
        }
    }
    k.people = people_of(k);
    return k;
}

}  // namespace claimcheck::suggest
