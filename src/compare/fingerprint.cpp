// §9: fingerprints that survive edits which move text.
//
// The hash covers the story id, the topic, the finding kind, an optional
// discriminator (claim-level checks such as house style, so they never share a
// fingerprint with the topic's own finding) and the sorted set of distinct
// normalised values. Lines, columns, claim order and which sources agree are
// deliberately not part of it.
#include "compare/engine.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <xxhash.h>

namespace claimcheck::compare {

namespace {

// Length-prefixed fields, so that ("ab", "c") and ("a", "bc") hash apart.
void append_field(std::string& buffer, std::string_view field) {
    buffer += std::to_string(field.size());
    buffer += ':';
    buffer += field;
    buffer += ';';
}

}  // namespace

std::string fingerprint(std::string_view story_id, std::string_view topic, Kind kind,
                        const std::vector<std::string>& values, std::string_view discriminator) {
    std::vector<std::string> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    std::string buffer;
    append_field(buffer, "claimcheck-fingerprint-v1");
    append_field(buffer, story_id);
    append_field(buffer, topic);
    append_field(buffer, family_name(kind));
    append_field(buffer, discriminator);
    for (const auto& value : sorted) {
        append_field(buffer, value);
    }
    const XXH64_hash_t hash = XXH64(buffer.data(), buffer.size(), 0);
    return fmt::format("{}:{}:{:016x}", family_name(kind), topic, static_cast<unsigned long long>(hash));
}

}  // namespace claimcheck::compare
