// Builds stories for the comparison engine's tests: sources with claims
// whose values are constructed the way the grammar (spec §5) fills them.
#pragma once

#include "compare/compare.hpp"

#include <catch2/catch.hpp>
#include "model/story.hpp"
#include "support/verdict_names.hpp"

#include <chrono>
#include <stdexcept>
#include <string_view>
#include <variant>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck::compare::testing {

using grammar::Qualifier;
using grammar::Quantity;

// ------------------------------------------------------------------ quantities
//
// Quantities are built by the grammar from their text, as a run builds them:
// a test can only pin what a real claim can produce.

inline Quantity quantity(std::string_view text, double tolerance = 0.10) {
    auto parsed = grammar::parse_quantity(text, grammar::QuantityOptions{tolerance, {}, {}});
    if (const auto* error = std::get_if<grammar::ParseError>(&parsed)) {
        throw std::invalid_argument("test quantity '" + std::string(text) + "': " + error->message);
    }
    return std::get<Quantity>(std::move(parsed));
}

inline std::string number_text(double n) {
    if (n == std::floor(n)) {
        return std::to_string(static_cast<long long>(n));
    }
    std::string s = std::to_string(n);
    while (!s.empty() && s.back() == '0') {
        s.pop_back();
    }
    return s;
}

inline std::string with_unit(std::string text, const std::string& unit) {
    return unit.empty() ? text : text + " " + unit;
}

// "183 people", "180 people" (a round number stands for its rounding window).
inline Quantity number(double n, const std::string& unit = "people") {
    return quantity(with_unit(number_text(n), unit));
}

inline Quantity about(double n, double tolerance = 0.10, const std::string& unit = "people") {
    return quantity(with_unit("about " + number_text(n), unit), tolerance);
}

inline Quantity more_than(double n, const std::string& unit = "people") {
    return quantity(with_unit("more than " + number_text(n), unit));
}

inline Quantity at_least(double n, const std::string& unit = "people") {
    return quantity(with_unit("at least " + number_text(n), unit));
}

inline Quantity fewer_than(double n, const std::string& unit = "people") {
    return quantity(with_unit("fewer than " + number_text(n), unit));
}

inline Quantity range(double low, double high, const std::string& unit = "people") {
    return quantity(with_unit(number_text(low) + "-" + number_text(high), unit));
}

// "136 of 183"
inline Quantity share(double n, double of, const std::string& unit = "people") {
    return quantity(with_unit(number_text(n) + " of " + number_text(of), unit));
}

// "74%"
inline Quantity percent(double p) {
    return quantity(number_text(p) + "%");
}

// "most", "majority", "predominantly": more than half.
inline Quantity vague(const std::string& word) {
    return quantity(word);
}

// ------------------------------------------------------------------ dates

inline grammar::Day day(int y, unsigned m, unsigned d) {
    return grammar::Day{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

inline std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
    return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

inline grammar::DateValue date(int y, unsigned m, unsigned d) {
    grammar::DateValue v;
    v.first = v.last = day(y, m, d);
    v.canonical = std::to_string(y) + "-" + (m < 10 ? "0" : "") + std::to_string(m) + "-" + (d < 10 ? "0" : "") +
                  std::to_string(d);
    return v;
}

inline grammar::DateValue dates(grammar::Day first, grammar::Day last, std::string canonical) {
    grammar::DateValue v;
    v.first = first;
    v.last = last;
    v.canonical = std::move(canonical);
    return v;
}

// "Tuesday" resolved within [first, last] (the week before publication).
inline grammar::DateValue weekday_in(std::chrono::weekday wd, grammar::Day first, grammar::Day last,
                                     std::string canonical) {
    grammar::DateValue v = dates(first, last, std::move(canonical));
    v.weekday = wd;
    return v;
}

// ------------------------------------------------------------------ story

inline FrameValue frame(std::string scale, const std::vector<std::string>& levels, std::string level,
                        bool inferred = false) {
    FrameValue f;
    f.scale = std::move(scale);
    f.level_name = level;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (levels[i] == level) {
            f.level = static_cast<int>(i);
        }
    }
    f.inferred = inferred;
    return f;
}

inline const std::vector<std::string>& certainty_levels() {
    return framing::builtin_scale(framing::ScaleId::certainty).levels;
}

inline Kind kind_of(const Value& value) {
    switch (value.index()) {
        case 1:
            return Kind::quantity;
        case 2:
            return Kind::date;
        case 3:
            return Kind::name;
        case 4:
            return Kind::frame;
        case 5:
            return Kind::quote;
        default:
            return Kind::name;
    }
}

inline Claim make_claim(std::string topic, Value value, std::string id = "", int line = 1) {
    Claim c;
    c.id = id.empty() ? topic : std::move(id);
    c.topic = std::move(topic);
    c.kind = kind_of(value);
    c.value = std::move(value);
    c.quote = "quote of " + c.id;
    c.anchor.state = AnchorState::exact;
    c.anchor.line = line;
    c.anchor.column = 1;
    if (const auto* frame_value = std::get_if<FrameValue>(&c.value)) {
        c.scale = frame_value->scale;
    }
    return c;
}

inline Claim name_claim(std::string topic, std::string name, std::string id = "") {
    return make_claim(std::move(topic), NameValue{std::move(name)}, std::move(id));
}

inline Claim quote_claim(std::string topic, std::string words, std::string id = "") {
    return make_claim(std::move(topic), QuoteValue{std::move(words)}, std::move(id));
}

inline Source make_source(std::string id, std::vector<Claim> claims, Role role = Role::reference,
                          std::optional<std::chrono::year_month_day> published = std::nullopt) {
    Source s;
    s.id = id;
    s.outlet = "Outlet " + id;
    s.role = role;
    s.published = published;
    s.article.display_path = "claims/test/articles/" + id + ".txt";
    s.claims = std::move(claims);
    return s;
}

inline Story make_story(std::vector<Source> sources) {
    Story story;
    story.id = "test-story";
    story.title = "Test story";
    // The built-in scales of spec §3.
    for (const framing::BuiltinScale& scale : framing::builtin_scales()) {
        story.scales[scale.name] = Scale{scale.name, scale.levels, scale.warn, scale.error, true, scale.progresses};
    }
    story.sources = std::move(sources);
    return story;
}

// Two sources, one claim each, on one topic: the common shape of a pair test.
inline Story pair_story(Value a, Value b, std::string topic = "topic") {
    return make_story(
        {make_source("001", {make_claim(topic, std::move(a))}), make_source("002", {make_claim(topic, std::move(b))})});
}

// A pair story whose topic declares `unit` (no topic when it is empty) and
// whose money converts at one declared rate, 1 USD = 1,385 KRW.
inline Story pair_story_in_unit(Value a, Value b, const std::string& unit) {
    Story story = pair_story(std::move(a), std::move(b));
    Rate rate;
    rate.from = "USD";
    rate.to = "KRW";
    rate.rate = 1385;
    story.rates = {rate};
    if (!unit.empty()) {
        Topic topic;
        topic.id = "topic";
        topic.kind = Kind::quantity;
        topic.unit = unit;
        topic.declared = true;
        story.topics["topic"] = topic;
    }
    return story;
}

inline std::vector<Finding> findings_of(const Story& story) {
    return compare_story(story).findings;
}

// The one finding of `kind` a story yields: the test fails unless there is
// exactly one finding and it is of that kind.
inline Finding only_finding(const Story& story, Kind kind) {
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == kind);
    return findings[0];
}

}  // namespace claimcheck::compare::testing
