// The proposed claim file as TOML: loads as it stands, each claim with a
// comment saying how sure and why, the leftovers as comments at the end.
#include "load/toml_string.hpp"
#include "suggest/suggest.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace claimcheck::suggest {

namespace {

// A comment holds no control character (TOML allows none but tab), so no
// line break of the text it cites.
std::string comment_text(std::string_view s) {
    std::string out;
    for (const char c : s) {
        const bool control = (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f;
        out += control ? ' ' : c;
    }
    return out;
}

std::string source_table(const ClaimFile& file) {
    std::string out =
        "# Proposed by `claimcheck suggest --story`: review each claim, then keep, change or delete it.\n"
        "# The comment above a claim says how sure the proposal is (0 to 1) and why.\n\n[source]\n";
    if (file.outlet.empty()) {
        out += "# The outlet's display name: give it here (or with --outlet).\n";
    }
    out += fmt::format("outlet = {}\n", load::toml_basic_string(file.outlet.empty() ? "Unnamed outlet" : file.outlet));
    out += fmt::format("text = {}\n", load::toml_basic_string(file.text));
    if (file.published.empty()) {
        out +=
            "# The text gives no date it was published: add `published = YYYY-MM-DD` if you know it\n"
            "# (it anchors \"on Tuesday\", \"last year\", \"today\").\n";
    } else if (file.published_guessed) {
        out += fmt::format(
            "# The text gives no date it was published: this is the story's date, which reads\n"
            "# \"on Tuesday\", \"last year\" and \"today\" below. Change it if the text appeared "
            "another day.\npublished = {}\n",
            file.published);
    } else {
        out += fmt::format("# From {}.\npublished = {}\n", comment_text(load::toml_basic_string(file.published_from)),
                           file.published);
    }
    return out;
}

std::string claim_table(const Proposal& p) {
    std::string out = fmt::format("\n[[claim]]\n# {:.2f}: {}\n", p.sureness, comment_text(p.why));
    out += fmt::format("topic = {}\nquote = {}\n", load::toml_basic_string(p.topic), load::toml_basic_string(p.quote));
    if (p.line) {
        out += fmt::format("line = {}\n", *p.line);
    }
    if (!p.value.empty()) {
        out += fmt::format("value = {}\n", load::toml_basic_string(p.value));
    }
    if (!p.speaker.empty()) {
        out += fmt::format("speaker = {}\n", load::toml_basic_string(p.speaker));
    }
    return out;
}

}  // namespace

std::string claim_file_text(const ClaimFile& file) {
    std::string out = source_table(file);
    for (const auto& claim : file.claims) {
        out += claim_table(claim);
    }
    if (!file.unmatched.empty()) {
        out += "\n# Figures, dates and names of the text that fit no topic of the story:\n";
        for (const auto& left : file.unmatched) {
            out += fmt::format("#   line {}: {} ({})\n", left.line, comment_text(load::toml_basic_string(left.text)),
                               comment_text(left.what));
        }
    }
    return out;
}

}  // namespace claimcheck::suggest
