// Builds stories for the comparison engine's tests: sources with claims
// whose values are constructed the way the grammar (spec §5) fills them.
#pragma once

#include "compare/compare.hpp"
#include "model/story.hpp"
#include "support/verdict_names.hpp"

#include <chrono>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck::compare::testing {

using grammar::Qualifier;
using grammar::Quantity;

// ------------------------------------------------------------------ quantities

// The place value of the last significant digit of a round number (180 -> 10).
inline double step_of(double n) {
    if (n != std::floor(n) || n == 0) {
        return 0;
    }
    double step = 1;
    auto rest = static_cast<long long>(std::fabs(n));
    while (rest % 10 == 0) {
        rest /= 10;
        step *= 10;
    }
    return step > 1 ? step : 0;
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

// "183", "180" (round: step and rounding window filled in).
inline Quantity number(double n, std::string unit = "people") {
    Quantity q;
    q.number = q.number_high = n;
    q.step = step_of(n);
    if (q.step > 0) {
        q.round_low = n - q.step / 2;
        q.round_high = n + q.step / 2;
        q.low = q.round_low;
        q.high = q.round_high;
        q.high_closed = false;
    } else {
        q.low = q.high = q.round_low = q.round_high = n;
    }
    q.unit = std::move(unit);
    q.canonical = number_text(n) + (q.unit.empty() ? "" : " " + q.unit);
    return q;
}

inline Quantity qualified(Qualifier qualifier, std::string word, double n, double low, double high, bool low_closed,
                          bool high_closed, std::string unit = "people") {
    Quantity q = number(n, std::move(unit));
    q.qualifier = qualifier;
    q.qualifier_word = word;
    q.low = low;
    q.high = high;
    q.low_closed = low_closed;
    q.high_closed = high_closed;
    q.canonical = word + " " + q.canonical;
    return q;
}

inline Quantity about(double n, double tolerance = 0.10, std::string unit = "people") {
    Quantity q =
        qualified(Qualifier::approx, "about", n, n * (1 - tolerance), n * (1 + tolerance), true, true, std::move(unit));
    q.tolerance = tolerance;
    return q;
}

inline Quantity more_than(double n, std::string unit = "people") {
    return qualified(Qualifier::more_than, "more than", n, n, INFINITY, false, true, std::move(unit));
}

inline Quantity at_least(double n, std::string unit = "people") {
    return qualified(Qualifier::at_least, "at least", n, n, INFINITY, true, true, std::move(unit));
}

inline Quantity fewer_than(double n, std::string unit = "people") {
    return qualified(Qualifier::fewer_than, "fewer than", n, -INFINITY, n, true, false, std::move(unit));
}

inline Quantity range(double low, double high, std::string unit = "people") {
    Quantity q = number(low, std::move(unit));
    q.qualifier = Qualifier::range;
    q.number_high = high;
    q.low = low;
    q.high = high;
    q.low_closed = q.high_closed = true;
    q.step = 0;
    q.canonical = number_text(low) + "-" + number_text(high) + (q.unit.empty() ? "" : " " + q.unit);
    return q;
}

// Durations are in days.
inline Quantity years(Quantity q) {
    const double factor = 365.25;
    q.number *= factor;
    q.number_high *= factor;
    q.low *= factor;
    q.high *= factor;
    q.round_low *= factor;
    q.round_high *= factor;
    q.step *= factor;
    q.duration = true;
    q.unit = "years";
    return q;
}

// "136 of 183"
inline Quantity share(double n, double of, std::string unit = "people") {
    Quantity q = number(n, std::move(unit));
    q.of = of;
    q.canonical = number_text(n) + " of " + number_text(of) + (q.unit.empty() ? "" : " " + q.unit);
    return q;
}

// "74%"
inline Quantity percent(double p) {
    Quantity q = number(p, "");
    q.percent = true;
    q.canonical = number_text(p) + "%";
    return q;
}

// "most", "majority", "predominantly": more than half.
inline Quantity vague(std::string word) {
    Quantity q;
    q.vague = word;
    q.low = 50;
    q.high = 100;
    q.low_closed = false;
    q.high_closed = true;
    q.canonical = word;
    return q;
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
    static const std::vector<std::string> levels = {"ruled-out", "doubtful", "possible", "probable",
                                                    "planned",   "agreed",   "done"};
    return levels;
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
    story.scales["certainty"] = Scale{"certainty", certainty_levels(), 2, 3, true};
    story.scales["significance"] =
        Scale{"significance", {"setback", "none", "modest", "meaningful", "major", "historic"}, 2, 3, true};
    story.scales["novelty"] = Scale{"novelty", {"first", "resumed", "continued", "consolidated"}, 2, 3, true};
    story.scales["status"] = Scale{"status", {"absent", "mentioned", "discussed", "addressed", "resolved"}, 2, 3, true};
    story.sources = std::move(sources);
    return story;
}

// Two sources, one claim each, on one topic: the common shape of a pair test.
inline Story pair_story(Value a, Value b, std::string topic = "topic") {
    return make_story(
        {make_source("001", {make_claim(topic, std::move(a))}), make_source("002", {make_claim(topic, std::move(b))})});
}

inline std::vector<Finding> findings_of(const Story& story) {
    return compare_story(story).findings;
}

}  // namespace claimcheck::compare::testing
