#include "suggest/evidence.hpp"

#include "compare/engine.hpp"
#include "load/value_checks.hpp"
#include "units/units.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fmt/format.h>
#include <utility>

namespace claimcheck::suggest {

namespace {

constexpr double near_share = 0.3;  // figures this far apart (as a share of the larger) fit not at all
constexpr double near_days = 7;     // dates this many days apart fit not at all

using grammar::Dimension;
using grammar::Quantity;

bool overlap(const Quantity& a, const Quantity& b) {
    return a.allows.low <= b.allows.high && b.allows.low <= a.allows.high;
}

// A change's size whatever its sign: "cut by 25 basis points" is a change
// whose direction the figure alone does not hold.
Quantity size_of(Quantity q) {
    if (q.allows.high < 0) {
        q.allows = q.allows.negated();
        q.number = -q.number;
    }
    return q;
}

// Dimensions a figure may have on one topic: equal ones, counts with
// shares of them, durations with ages (as load::unit_contradiction allows).
bool same_kind_of_figure(Dimension a, Dimension b) {
    const auto count_like = [](Dimension d) { return d == Dimension::count || d == Dimension::percent; };
    return a == b || (count_like(a) && count_like(b)) ||
           ((a == Dimension::duration || a == Dimension::age) && (b == Dimension::duration || b == Dimension::age));
}

// How well two figures agree: 1 when their intervals meet, less the
// further apart they are; written digits that are the same in two
// currencies no rate converts count as close.
double figure_fit(const Quantity& candidate, const Quantity& claimed, const Story& story) {
    if (candidate.dimension != claimed.dimension) {
        return 0;
    }
    Quantity storage;
    const Quantity* other = &claimed;
    if (candidate.dimension == Dimension::money && candidate.currency != claimed.currency) {
        other = compare::in_currency(claimed, candidate.currency, &story, storage);
        if (other == nullptr) {
            return candidate.written == claimed.written ? 0.8 : 0;
        }
    }
    const double change = candidate.change == other->change ? 1.0 : 0.5;
    const Quantity a = candidate.change || other->change ? size_of(candidate) : candidate;
    const Quantity b = candidate.change || other->change ? size_of(*other) : *other;
    if (overlap(a, b)) {
        return change;
    }
    const double larger = std::max(std::abs(a.number), std::abs(b.number));
    const double gap = larger > 0 ? std::abs(a.number - b.number) / larger : 1;
    return change * 0.8 * std::max(0.0, 1 - gap / near_share);
}

// How well two dates agree: 1 when they are the same period; when one lies
// within the other, nearly as well within one day (a time and its hour),
// less the more their lengths differ beyond (a day inside a year tells
// little); dates a few days apart a little.
double date_fit(const grammar::DateValue& candidate, const grammar::DateValue& claimed) {
    if (!candidate.bounded || !claimed.bounded) {
        return candidate.weekday && claimed.weekday && *candidate.weekday == *claimed.weekday ? 0.8 : 0;
    }
    if (candidate.begin == claimed.begin && candidate.end == claimed.end) {
        return 1.0;
    }
    if (candidate.begin < claimed.end && claimed.begin < candidate.end) {
        constexpr double day = 86400;
        const double a = static_cast<double>((candidate.end - candidate.begin).count());
        const double b = static_cast<double>((claimed.end - claimed.begin).count());
        return std::max(a, b) <= day ? 0.95 : 0.4 + 0.5 * std::sqrt(std::min(a, b) / std::max(a, b));
    }
    const auto gap =
        std::min(std::chrono::abs(candidate.begin - claimed.end), std::chrono::abs(claimed.begin - candidate.end));
    const double days = std::chrono::duration<double, std::ratio<86400>>(gap).count();
    return 0.5 * std::max(0.0, 1 - days / near_days);
}

// The share of the shorter quotation's words the other holds, each word
// weighed by its rarity, counted in full from three shared words on (one
// shared word is chance).
double words_fit(const Bag& a, const Bag& b, const Rarity& rarity) {
    constexpr double enough = 3;
    std::size_t shared = 0;
    double shared_weight = 0;
    double weight_a = 0;
    double weight_b = 0;
    for (const auto& [stem, weight] : a) {
        weight_a += rarity.weight(stem);
        if (b.count(stem) > 0) {
            ++shared;
            shared_weight += rarity.weight(stem);
        }
    }
    for (const auto& [stem, weight] : b) {
        weight_b += rarity.weight(stem);
    }
    const double fewer = std::min(weight_a, weight_b);
    const double share = fewer > 0 ? shared_weight / fewer : 0;
    return share * std::min(1.0, static_cast<double>(shared) / enough);
}

double name_fit(const Candidate& candidate, const TopicProfile& topic) {
    for (const auto& spelling : topic.spellings) {
        if (spelling.name == candidate.spelling) {
            return candidate.rung.empty() ? 1.0 : 0.85;
        }
    }
    const bool same_entity =
        !candidate.entity.empty() && std::any_of(topic.spellings.begin(), topic.spellings.end(),
                                                 [&](const Spelling& s) { return s.entity == candidate.entity; });
    return same_entity ? 0.8 : 0;
}

// A solo name topic (no other source claimed it) may take an entity that
// no other name topic's claims name.
bool unclaimed_entity(const Candidate& candidate, const TopicProfile& topic, const Knowledge& knowledge) {
    if (candidate.entity.empty() || !topic.known.empty()) {
        return false;
    }
    if (topic.topic != nullptr && !topic.topic->entity.empty()) {
        return topic.topic->entity == candidate.entity;
    }
    return std::none_of(knowledge.topics.begin(), knowledge.topics.end(), [&](const TopicProfile& other) {
        return std::any_of(other.spellings.begin(), other.spellings.end(),
                           [&](const Spelling& s) { return s.entity == candidate.entity; });
    });
}

// The fit of the candidate's value with one known claim's.
double fit_with(const Candidate& candidate, const Known& known, const Knowledge& knowledge) {
    const Story& story = *knowledge.story;
    switch (candidate.kind) {
        case Kind::quantity: {
            const auto* q = std::get_if<Quantity>(&known.claim->value);
            return q != nullptr ? figure_fit(*candidate.quantity, *q, story) : 0;
        }
        case Kind::date: {
            const auto* d = std::get_if<grammar::DateValue>(&known.claim->value);
            return d != nullptr ? date_fit(*candidate.date, *d) : 0;
        }
        case Kind::quote:
            return words_fit(bag_of(candidate.text), known.quote, knowledge.rarity);
        default:
            return 0;
    }
}

// A figure fits a topic's unit when it is of the unit's dimension, a bare
// count (which takes the topic's unit, docs/input.md "Values read in their
// topic"), a count and a percentage together (a share of a count), or an
// age under a time unit.
bool fits_unit(std::string_view topic_unit, Dimension found) {
    const Dimension expected = units::named_unit(topic_unit).dimension;
    const auto count_like = [](Dimension d) { return d == Dimension::count || d == Dimension::percent; };
    return expected == found || found == Dimension::count || (count_like(expected) && count_like(found)) ||
           (expected == Dimension::duration && found == Dimension::age);
}

}  // namespace

bool can_serve(const Candidate& candidate, const TopicProfile& topic, const Knowledge& knowledge) {
    if (candidate.kind != topic.kind) {
        return false;
    }
    switch (candidate.kind) {
        case Kind::quantity: {
            if (topic.topic != nullptr && !topic.topic->unit.empty()) {
                return fits_unit(topic.topic->unit, candidate.quantity->dimension);
            }
            bool any = false;
            for (const auto& known : topic.known) {
                if (const auto* q = std::get_if<Quantity>(&known.claim->value)) {
                    any = true;
                    if (same_kind_of_figure(q->dimension, candidate.quantity->dimension)) {
                        return true;
                    }
                }
            }
            return !any;
        }
        case Kind::frame: {
            const std::string& scale = topic.topic != nullptr ? topic.topic->scale
                                       : topic.known.empty()  ? std::string()
                                                              : topic.known.front().claim->scale;
            return candidate.scale ? scale == framing::builtin_scale(*candidate.scale).name : !topic.known.empty();
        }
        case Kind::name:
            return name_fit(candidate, topic) > 0 || unclaimed_entity(candidate, topic, knowledge);
        default:
            return true;
    }
}

ValueFit value_fit(const Candidate& candidate, const TopicProfile& topic, const Knowledge& knowledge) {
    ValueFit out;
    if (candidate.kind == Kind::name) {
        out.fit = name_fit(candidate, topic);
        out.says = out.fit >= 1  ? "a name the other sources claim"
                   : out.fit > 0 ? fmt::format("a spelling of {} ({})", candidate.spelling,
                                               candidate.rung.empty() ? "as written" : candidate.rung)
                                 : "";
        return out;
    }
    for (const auto& known : topic.known) {
        const double fit = fit_with(candidate, known, knowledge);
        if (fit > out.fit) {
            out.fit = fit;
            out.best = &known;
        }
    }
    if (out.best != nullptr) {
        const Claim& claim = *out.best->claim;
        const std::string& source = out.best->source->id;
        out.says = candidate.kind == Kind::quote ? fmt::format("words of {}'s quotation", source)
                   : out.fit >= 0.9              ? fmt::format("fits {}'s \"{}\"", source, claim.value_text)
                                                 : fmt::format("near {}'s \"{}\"", source, claim.value_text);
    }
    return out;
}

bool counts_the_same(const Candidate& candidate, const TopicProfile& topic) {
    if (candidate.kind != Kind::quantity || candidate.noun.empty()) {
        return false;
    }
    if (topic.topic != nullptr && bag_of(topic.topic->unit).count(candidate.noun) > 0) {
        return true;
    }
    return std::any_of(topic.known.begin(), topic.known.end(),
                       [&](const Known& k) { return k.quote.count(candidate.noun) > 0; });
}

double telling(const Candidate& candidate) {
    constexpr double small = 12;
    constexpr double weak = 0.3;
    constexpr double date = 0.7;  // dates recur: the story's own day, its year
    if (candidate.kind == Kind::date) {
        return candidate.dateline ? weak : date;
    }
    if (candidate.kind != Kind::quantity) {
        return 1;
    }
    const Quantity& q = *candidate.quantity;
    const bool bare = q.dimension == Dimension::count && q.unit.empty() && !q.of && q.vague.empty();
    return (bare && std::abs(q.number) <= small) || !q.vague.empty() ? weak : 1;
}

bool speaker_fits(const Candidate& candidate, const TopicProfile& topic) {
    if (candidate.speaker.empty()) {
        return false;
    }
    const Bag speaker = bag_of(candidate.speaker);
    const auto named = [&](const Bag& bag) {
        return std::any_of(speaker.begin(), speaker.end(), [&](const auto& w) { return bag.count(w.first) > 0; });
    };
    return named(topic.label) || std::any_of(topic.speakers.begin(), topic.speakers.end(),
                                             [&](const std::string& s) { return named(bag_of(s)); });
}

}  // namespace claimcheck::suggest
