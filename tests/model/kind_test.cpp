// One enum for what a claim, a topic and a finding are about: the word claim
// files write for it and the rule family findings are filed under.
#include "model/kind.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

TEST_CASE("kinds: a claim file's word and the rule family's name", "[kind]") {
    struct Row {
        Kind kind;
        const char* claim_word;
        const char* family;
    };
    for (const Row& row : {Row{Kind::quantity, "quantity", "numeric"}, Row{Kind::date, "date", "temporal"},
                           Row{Kind::name, "name", "naming"}, Row{Kind::frame, "frame", "framing"},
                           Row{Kind::quote, "quote", "quote"}}) {
        CAPTURE(row.claim_word);
        CHECK(claim_word(row.kind) == row.claim_word);
        CHECK(family_name(row.kind) == row.family);
        CHECK(kind_from_claim_word(row.claim_word) == row.kind);
    }
}

TEST_CASE("kinds: a family's name is not a claim file's word", "[kind]") {
    CHECK_FALSE(kind_from_claim_word("numeric").has_value());
    CHECK_FALSE(kind_from_claim_word("Quantity").has_value());
    CHECK_FALSE(kind_from_claim_word("").has_value());
}
