// Hand-built results for the renderer tests: one ordinary story and one whose
// every text field is hostile.
#pragma once

#include "model/finding.hpp"

#include <chrono>
#include <sstream>
#include <string>
#include <vector>

namespace claimcheck::test {

using namespace std::chrono;

inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

inline Claim make_claim(std::string id, std::string topic, std::string quote, int line, int column,
                        AnchorState state = AnchorState::exact) {
    Claim claim;
    claim.id = std::move(id);
    claim.topic = std::move(topic);
    claim.quote = std::move(quote);
    claim.anchor.state = state;
    claim.anchor.line = line;
    claim.anchor.column = column;
    return claim;
}

inline Source make_source(std::string id, std::string outlet, Role role, std::vector<Claim> claims) {
    Source source;
    source.id = id;
    source.outlet = std::move(outlet);
    source.role = role;
    source.text = "articles/" + id + ".txt";
    source.display_file = "claims/nara-summit/" + id + ".toml";
    source.article.display_path = "claims/nara-summit/articles/" + id + ".txt";
    source.article_loaded = true;
    source.claims = std::move(claims);
    return source;
}

inline FindingClaim at(std::string source, std::string outlet, std::string claim, std::string value, std::string quote,
                       int line, int column) {
    FindingClaim out;
    out.source = source;
    out.outlet = std::move(outlet);
    out.claim = std::move(claim);
    out.value = std::move(value);
    out.quote = std::move(quote);
    out.file = "claims/nara-summit/articles/" + source + ".txt";
    out.line = line;
    out.column = column;
    return out;
}

// Three sources (one a draft), three findings (one accepted), a timeline, an
// input problem and a stale baseline entry.
inline StoryResult sample_result() {
    StoryResult result;
    Story& story = result.story;
    story.id = "nara-summit";
    story.title = "Lee–Takaichi summit in Nara";
    story.date = year_month_day{year{2026}, month{1}, day{13}};
    story.display_dir = "claims/nara-summit";
    Topic deaths;
    deaths.id = "mine.deaths";
    deaths.label = "Miners killed in the 1942 flood";
    deaths.declared = true;
    story.topics["mine.deaths"] = deaths;
    Topic uncovered;
    uncovered.id = "summit.venue";
    uncovered.label = "Where the summit was held";
    uncovered.declared = true;
    story.topics["summit.venue"] = uncovered;

    story.sources.push_back(
        make_source("001", "Archyde", Role::reference,
                    {make_claim("deaths", "mine.deaths", "183 miners perished", 13, 5),
                     make_claim("temple", "temple.name", "Horyuji Temple", 20, 1, AnchorState::folded),
                     make_claim("significance", "summit.significance", "a landmark meeting", 3, 10)}));
    story.sources.back().url = "https://example.com/archyde/nara";
    story.sources.back().published = year_month_day{year{2026}, month{1}, day{19}};
    story.sources.push_back(make_source("002", "Kyodo", Role::reference,
                                        {make_claim("deaths", "mine.deaths", "180 people died", 7, 1),
                                         make_claim("date", "summit.date", "on January 13", 2, 4)}));
    story.sources.push_back(
        make_source("003", "Our draft", Role::draft,
                    {make_claim("date", "summit.date", "on Tuesday", 1, 1),
                     make_claim("temple", "temple.name", "Horyu-ji Temple", 4, 2, AnchorState::relocated),
                     make_claim("deaths", "mine.deaths", "183 miners", 9, 9)}));

    Finding rounding;
    rounding.kind = Kind::quantity;
    rounding.verdict = Verdict::compatible_rounding;
    rounding.severity = Severity::warning;
    rounding.topic = "mine.deaths";
    rounding.topic_label = "Miners killed in the 1942 flood";
    rounding.explanation = "180 is 183 rounded to tens (rounding rule)";
    rounding.assumption = "equal if 183 was rounded to tens";
    rounding.values = {"180 people", "183 people"};
    rounding.fingerprint = "numeric:mine.deaths:9f1c2a7e40b3d615";
    rounding.claims = {at("001", "Archyde", "deaths", "183 people", "183 miners perished", 13, 5),
                       at("002", "Kyodo", "deaths", "180 people", "180 people died", 7, 1)};

    Finding date;
    date.kind = Kind::date;
    date.verdict = Verdict::temporal_conflict;
    date.severity = Severity::error;
    date.topic = "summit.date";
    date.explanation = "2026-01-13 is a Monday, not a Tuesday (weekday rule)";
    date.values = {"2026-01-13", "Tuesday"};
    date.fingerprint = "temporal:summit.date:0a1b2c3d4e5f6071";
    date.is_new = false;
    date.accepted_reason = "the draft is corrected before publication";
    date.claims = {at("002", "Kyodo", "date", "2026-01-13", "on January 13", 2, 4),
                   at("003", "Our draft", "date", "Tuesday", "on Tuesday", 1, 1)};

    Finding temple;
    temple.kind = Kind::name;
    temple.verdict = Verdict::style;
    temple.severity = Severity::note;
    temple.topic = "temple.name";
    temple.explanation = "the names differ only in a hyphen (style rule)";
    temple.assumption = "equal if hyphens are ignored";
    temple.values = {"Horyu-ji Temple", "Horyuji Temple"};
    temple.fingerprint = "naming:temple.name:1122334455667788";
    temple.claims = {at("001", "Archyde", "temple", "Horyuji Temple", "Horyuji Temple", 20, 1),
                     at("003", "Our draft", "temple", "Horyu-ji Temple", "Horyu-ji Temple", 4, 2)};
    temple.claims[0].anchor = AnchorState::folded;
    temple.claims[1].anchor = AnchorState::relocated;

    result.findings = {rounding, date, temple};

    Timeline toll;
    toll.topic = "mine.toll";
    toll.topic_label = "Confirmed toll";
    toll.entries = {{"2005-10-19", "2005-10-19", at("001", "Archyde", "toll", "136 people", "136 bodies", 30, 1)},
                    {"2026-01-13", "2026-01-13", at("002", "Kyodo", "toll", "183 people", "183 in all", 31, 2)}};
    result.timelines = {toll};

    result.problems = {{Severity::error,
                        {"claims/nara-summit/003.toml", 14, 9},
                        "unknown key 'vaule' (did you mean 'value'?)",
                        "vaule = \"183\""}};
    result.stale_baseline = {{"numeric:mine.injured:00000000deadbeef", "the old injury count"}};
    result.report_path = "reports/nara-summit.md";
    return result;
}

// Text that tries to become markup, a link, HTML, a table cell, a new line or
// a new command in some output.
inline const std::vector<std::string>& hostile_strings() {
    static const std::vector<std::string> strings = {
        "a | b | c",
        "line one\nline two\r\nline three\rfour",
        "<script>alert(1)</script> & <b>bold</b> &lt;",
        "[click](https://evil.example/) ![img](x.png) [ref]: https://evil.example",
        "**bold** _em_ *em* __strong__ ~~strike~~ `code` ``two``",
        "# heading",
        "- item",
        "1. ordered",
        "> quote",
        "=====",
        "    indented code",
        "https://evil.example/path www.evil.example user@evil.example",
        "$x^2$ and \\*escaped\\* and trailing backslash\\",
        "::error file=x,line=1::injected",
        "%0A::warning::encoded",
        "escape \x1b[31mred\x1b[0m and bell \x07",
        "bidi \u202egnp.exe",
        "[^note] <!-- comment --> <https://autolink.example>",
        "a\n::error::second command\n| x | y |\n# heading",
        "] } ) \" ' \\ ` ```",
    };
    return strings;
}

// A story whose titles, outlets, ids, values, quotes, explanations, reasons
// and messages are all hostile. Fingerprints stay ordinary.
inline StoryResult hostile_result() {
    StoryResult result = sample_result();
    const auto& bad = hostile_strings();
    std::size_t next = 0;
    const auto take = [&]() -> const std::string& { return bad[next++ % bad.size()]; };
    result.story.title = take();
    for (auto& source : result.story.sources) {
        source.outlet = take();
        source.url = "javascript:alert(1)";
    }
    for (auto& finding : result.findings) {
        finding.explanation = take();
        finding.assumption = take();
        finding.topic_label = take();
        finding.accepted_reason = take();
        for (auto& claim : finding.claims) {
            claim.outlet = take();
            claim.value = take();
            claim.quote = take();
        }
    }
    result.findings[0].diff = bad[1] + "\n```\nfenced?\n```";
    for (auto& timeline : result.timelines) {
        for (auto& entry : timeline.entries) {
            entry.claim.value = take();
            entry.claim.quote = take();
        }
    }
    result.problems[0].message = take();
    result.stale_baseline[0].reason = take();
    return result;
}

}  // namespace claimcheck::test
