#include "load/values.hpp"
#include "load/time_settings.hpp"

#include "load/value_checks.hpp"
#include "load/schema.hpp"
#include "load/toml_string.hpp"
#include "model/cues.hpp"
#include "units/units.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <set>
#include <span>

namespace claimcheck::load {

namespace {

constexpr std::string_view claim_table = "[[claim]]";

// Where a string value's character at `offset` (bytes of the decoded
// string) stands in the file.
Location string_location(const TomlFile& file, const toml::node& node, std::size_t offset) {
    const auto& begin = node.source().begin;
    const int line = static_cast<int>(begin.line);
    const int column = static_cast<int>(begin.column);
    const FilePos pos = position_in_string_literal(file.text(), file.byte_of(line, column), line, column, offset);
    return file.location(pos.line, pos.column);
}

void value_error(const TomlFile& file, const toml::node& node, std::size_t offset, std::string message) {
    const Location where = string_location(file, node, offset);
    file.error_at(where.line, where.column, std::move(message));
}

std::string levels_list(const Scale& scale) {
    std::string out;
    for (const auto& level : scale.levels) {
        out += out.empty() ? "" : ", ";
        out += level;
    }
    return out;
}

class ClaimReader {
  public:
    ClaimReader(const Story& story, const TomlFile& file, Source& source)
        : story_(story), file_(file), source_(source) {}

    // Reads `table` into `claim` (a new claim, filled in place); false when
    // the claim has an error that leaves nothing to compare.
    bool read(const toml::table& table, Claim& claim) {
        file_.check_keys(table, claim_table, schema::claim_table);
        claim.where = file_.location(table.source());
        auto topic = file_.string(table, claim_table, "topic", true);
        auto quote = file_.string(table, claim_table, "quote", true);
        if (!topic || !quote) {
            return false;
        }
        claim.topic = *topic;
        claim.quote = *quote;
        if (claim.quote.empty()) {
            file_.error(table.get("quote")->source(), "'quote' is empty: give the article's exact words");
            return false;
        }
        if (auto line = file_.integer(table, "line", 1, std::numeric_limits<int>::max())) {
            claim.line_hint = static_cast<int>(*line);
        }
        claim.id = file_.string(table, claim_table, "id", false).value_or("");
        claim.speaker = file_.string(table, claim_table, "speaker", false).value_or("");
        claim.scope = file_.string(table, claim_table, "scope", false).value_or("");
        claim.note = file_.string(table, claim_table, "note", false).value_or("");
        const DateTime as_of = read_date_time(file_, table, "as_of", source_.timezone);
        claim.as_of = as_of.day;
        claim.as_of_time = as_of.at;
        claim.scale = file_.string(table, claim_table, "scale", false).value_or("");
        auto value = file_.string(table, claim_table, "value", false);

        if (!resolve_kind(table, claim)) {
            return false;
        }
        if (claim.kind == Kind::frame) {
            // Only framing reads cues (to infer or to check the level):
            // scanning every quote would cost more than parsing its value.
            claim.cues = framing::find_cues(claim.quote);
        }
        const toml::node& quote_node = *table.get("quote");
        claim.quote_where = file_.location(quote_node.source());
        claim.quote_source = file_.excerpt(claim.quote_where.line, claim.quote_where.column);
        if (value) {
            claim.value_text = *value;
            claim.value_given = true;
            claim.value_where = string_location(file_, *table.get("value"), 0);
            parse_value(claim, *value, *table.get("value"), false);
        } else {
            claim.value_where = string_location(file_, quote_node, 0);
            parse_value(claim, claim.quote, quote_node, true);
        }
        return true;
    }

  private:
    bool resolve_kind(const toml::table& table, Claim& claim) {
        const auto topic = story_.topics.find(claim.topic);
        const Topic* declared = topic == story_.topics.end() ? nullptr : &topic->second;
        if (auto kind_text = file_.string(table, claim_table, "kind", false)) {
            const auto kind = kind_from_claim_word(*kind_text);
            if (!kind) {
                const std::string hint = text::did_you_mean(*kind_text, {"quantity", "date", "name", "frame", "quote"});
                file_.error(table.get("kind")->source(),
                            fmt::format("unknown kind '{}'{}", *kind_text,
                                        hint.empty() ? " (expected quantity, date, name, frame or quote)" : hint));
                return false;
            }
            if (declared != nullptr && declared->kind && *declared->kind != *kind) {
                file_.error(table.get("kind")->source(),
                            fmt::format("kind '{}' contradicts topic '{}', declared as {} in story.toml", *kind_text,
                                        claim.topic, claim_word(*declared->kind)));
                return false;
            }
            claim.kind = *kind;
        } else if (declared != nullptr && declared->kind) {
            claim.kind = *declared->kind;
        } else if (declared == nullptr) {
            file_.error(table.get("topic")->source(),
                        fmt::format("topic '{}' is not declared in story.toml and the claim has no 'kind'{}",
                                    claim.topic, topic_hint(story_, claim.topic)));
            return false;
        } else {
            return false;  // the topic's own kind error is reported in story.toml
        }
        return check_keys_of_kind(table, declared, claim);
    }

    // The keys that apply to one kind only: a frame claim's scale, a quote's
    // speaker, a quantity's scope.
    bool check_keys_of_kind(const toml::table& table, const Topic* declared, Claim& claim) {
        if (claim.kind == Kind::frame) {
            if (claim.scale.empty() && declared != nullptr) {
                claim.scale = declared->scale;
            }
            if (claim.scale.empty()) {
                file_.error(table.source(),
                            "frame claim on an undeclared topic needs 'scale' (certainty, significance, "
                            "novelty, status or a [scale.NAME] of story.toml)");
                return false;
            }
            if (story_.scales.count(claim.scale) == 0) {
                const toml::node* scale_node = table.get("scale");
                file_.error(scale_node != nullptr ? scale_node->source() : table.source(),
                            unknown_scale_message(story_, claim.scale));
                return false;
            }
        } else if (table.get("scale") != nullptr) {
            file_.error(table.get("scale")->source(),
                        fmt::format("'scale' only applies to frame claims, and this one is a {} claim",
                                    claim_word(claim.kind)));
        }
        if (!claim.speaker.empty() && claim.kind != Kind::quote) {
            file_.error(table.get("speaker")->source(),
                        fmt::format("'speaker' only applies to quote claims, and this one is a {} claim",
                                    claim_word(claim.kind)));
        }
        if (!claim.scope.empty() && claim.kind != Kind::quantity) {
            file_.error(table.get("scope")->source(),
                        fmt::format("'scope' only applies to quantity claims, and this one is a {} claim",
                                    claim_word(claim.kind)));
        }
        return true;
    }

    void parse_value(Claim& claim, const std::string& text, const toml::node& node, bool from_quote) {
        switch (claim.kind) {
            case Kind::quantity:
                parse_quantity(claim, text, node, from_quote);
                break;
            case Kind::date:
                if (!deferred_for_event(claim, text, node, from_quote)) {
                    parse_date(claim, text, node, from_quote);
                }
                break;
            case Kind::name:
                if (!text::has_letter_or_number(text)) {
                    value_error(file_, node, 0,
                                from_quote ? "a name needs a letter: the quote has none; give 'value'"
                                           : "a name needs a letter: 'value' has none (only spaces or punctuation)");
                    break;
                }
                claim.value = NameValue{text};
                break;
            case Kind::quote:
                claim.value = QuoteValue{text};
                break;
            case Kind::frame:
                parse_frame(claim, text, node, from_quote);
                break;
        }
    }

  public:
    // The claims deferred for their topic's event, read against this source's
    // claim on it: the first that dates it as one day.
    void read_deferred() {
        if (deferred_.empty()) {
            return;
        }
        // Each event topic's day, found in one pass over the file's claims.
        std::map<std::string, grammar::DateEvent, std::less<>> events;
        for (const auto& d : deferred_) {
            const std::string& id = topic_of(source_.claims[d.index])->event;
            events.try_emplace(id, grammar::DateEvent{id, story_.topics.at(id).label, {}, false});
        }
        for (const Claim& other : source_.claims) {
            const auto found = events.find(other.topic);
            const auto* day = std::get_if<grammar::DateValue>(&other.value);
            if (found != events.end() && !found->second.dated && day != nullptr && day->bounded &&
                day->first == day->last) {
                found->second.day = day->first;
                found->second.dated = true;
            }
        }
        for (const auto& d : deferred_) {
            Claim& claim = source_.claims[d.index];
            parse_date(claim, d.text, *d.node, d.from_quote, &events.at(topic_of(claim)->event));
        }
    }

  private:
    struct Deferred {
        std::size_t index;  // in source_.claims
        std::string text;
        const toml::node* node;
        bool from_quote;
    };
    std::vector<Deferred> deferred_;

    // The claim's topic, when the story declares or a claim has named it.
    const Topic* topic_of(const Claim& claim) const {
        const auto topic = story_.topics.find(claim.topic);
        return topic == story_.topics.end() ? nullptr : &topic->second;
    }

    // The topic's tolerance, its temperature unit for a degree written
    // without a scale ("86 degrees" under a topic in °F), and its currency
    // for an amount in a subunit alone ("10 cents" under `unit = "USD"` is $0.10).
    static grammar::QuantityOptions options_of(const Topic* topic) {
        return topic == nullptr ? grammar::options_under({}) : grammar::options_under(topic->unit, topic->tolerance);
    }

    void parse_quantity(Claim& claim, const std::string& text, const toml::node& node, bool from_quote) {
        const Topic* topic = topic_of(claim);
        const grammar::QuantityOptions options = options_of(topic);
        if (!from_quote) {
            auto result = grammar::parse_quantity(text, options);
            if (auto* error = std::get_if<grammar::ParseError>(&result)) {
                value_error(file_, node, error->offset, error->message);
            } else {
                auto& value = claim.value.emplace<grammar::Quantity>(std::get<grammar::Quantity>(std::move(result)));
                if (auto message = quote_contradiction(claim, value, options)) {
                    file_.warning(node.source(), *message);
                }
                read_in_topic(topic, claim, value, options);
            }
            return;
        }
        auto found = grammar::find_quantities(text, options);
        if (found.size() == 1) {
            claim.value_text = found.front().text;
            claim.value_where = string_location(file_, node, found.front().offset);
            read_in_topic(topic, claim, claim.value.emplace<grammar::Quantity>(std::move(found.front().value)),
                          options);
        } else if (found.empty()) {
            value_error(file_, node, 0, "the quote holds no quantity; give 'value'");
        } else {
            value_error(file_, node, found[1].offset,
                        fmt::format("the quote holds {} quantities ('{}', '{}'…); give 'value' to say which "
                                    "one the claim is about",
                                    found.size(), found[0].text, found[1].text));
        }
    }

    // A quantity as its topic reads it: its unit and its whole (value_checks.cpp).
    static void read_in_topic(const Topic* topic, const Claim& claim, grammar::Quantity& value,
                              const grammar::QuantityOptions& options) {
        if (topic != nullptr) {
            load::read_in_topic(*topic, claim.value_text, value, options);
        }
    }

    // A date claim whose topic counts from an event ("two weeks after" the
    // verdict) is read once the file's other claims are: the event's day is
    // this source's own claim on the event topic.
    bool deferred_for_event(const Claim& claim, const std::string& text, const toml::node& node, bool from_quote) {
        const Topic* topic = topic_of(claim);
        if (topic == nullptr || topic->event.empty()) {
            return false;
        }
        deferred_.push_back({static_cast<std::size_t>(&claim - source_.claims.data()), text, &node, from_quote});
        return true;
    }

    void parse_date(Claim& claim, const std::string& text, const toml::node& node, bool from_quote,
                    const grammar::DateEvent* event = nullptr) {
        const grammar::DateContext context{source_.published,
                                           source_.published_at,
                                           source_.timezone,
                                           source_.timezone_declared,
                                           fiscal_year_start(story_, source_, claim.topic),
                                           source_.hemisphere,
                                           source_.zone_abbreviations.get(),
                                           event,
                                           false};
        if (!from_quote) {
            auto result = grammar::parse_date(text, context);
            if (auto* error = std::get_if<grammar::ParseError>(&result)) {
                value_error(file_, node, error->offset, error->message);
            } else {
                claim.value = std::get<grammar::DateValue>(std::move(result));
                if (auto message = quote_contradiction(claim, std::get<grammar::DateValue>(claim.value), context)) {
                    file_.warning(node.source(), *message);
                }
            }
            return;
        }
        auto found = grammar::find_dates(text, context);
        if (found.size() == 1) {
            claim.value_text = found.front().text;
            claim.value_where = string_location(file_, node, found.front().offset);
            claim.value = std::move(found.front().value);
        } else if (found.empty()) {
            value_error(file_, node, 0, "the quote holds no date; give 'value'");
        } else {
            value_error(file_, node, found[1].offset,
                        fmt::format("the quote holds {} dates ('{}', '{}'…); give 'value' to say which one "
                                    "the claim is about",
                                    found.size(), found[0].text, found[1].text));
        }
    }

    void parse_frame(Claim& claim, const std::string& text, const toml::node& node, bool from_quote) {
        const Scale& scale = story_.scales.at(claim.scale);
        if (from_quote) {
            if (auto cued = level_from_cues(claim.cues, scale)) {
                claim.value_text = scale.levels[static_cast<std::size_t>(cued->level)];
                claim.value = FrameValue{cued->level, claim.value_text, scale.name, true};
            } else {
                value_error(file_, node, 0,
                            fmt::format("no {} cue in the quote to infer a level from; give 'value' (one of: "
                                        "{})",
                                        scale.name, levels_list(scale)));
            }
            return;
        }
        auto result = framing::parse_level(text, scale.levels);
        if (auto* error = std::get_if<grammar::ParseError>(&result)) {
            // The grammar's message may list the levels already: name the scale only then.
            const std::string levels = levels_list(scale);
            value_error(file_, node, error->offset,
                        error->message.find(levels) != std::string::npos
                            ? fmt::format("{} (scale '{}')", error->message, scale.name)
                            : fmt::format("{} (scale '{}': {})", error->message, scale.name, levels));
            return;
        }
        const int level = std::get<int>(result);
        claim.value = FrameValue{level, scale.levels[static_cast<std::size_t>(level)], scale.name, false};
    }

    const Story& story_;
    const TomlFile& file_;
    Source& source_;
};

// text::did_you_mean among the keys of a story's map (its topics, its scales).
template <typename Map>
std::string hint_among_keys(std::string_view word, const Map& map) {
    std::vector<std::string> keys;
    keys.reserve(map.size());
    for (const auto& entry : map) {
        keys.push_back(entry.first);
    }
    return text::did_you_mean(word, keys);
}

}  // namespace

std::string unknown_scale_message(const Story& story, const std::string& name) {
    return fmt::format("unknown scale '{}'{}", name, hint_among_keys(name, story.scales));
}

std::string topic_hint(const Story& story, std::string_view id) {
    return hint_among_keys(id, story.topics);
}

void read_claims(const Story& story, const TomlFile& file, const toml::array& claims, Source& source) {
    ClaimReader reader(story, file, source);
    // Claims are read in place at the end of source.claims, each beside its table.
    const std::size_t first = source.claims.size();
    source.claims.reserve(first + claims.size());
    std::vector<const toml::table*> tables;
    tables.reserve(claims.size());
    for (const auto& element : claims) {
        const auto& table = *element.as_table();
        if (reader.read(table, source.claims.emplace_back())) {
            tables.push_back(&table);
        } else {
            source.claims.pop_back();
        }
    }
    reader.read_deferred();
    // Ids: explicit ones must be unique; the others default to the topic,
    // then topic#2, topic#3… skipping ids already taken.
    const std::span<Claim> read(source.claims.data() + first, tables.size());
    std::set<std::string> taken;
    for (std::size_t i = 0; i < read.size(); ++i) {
        if (!read[i].id.empty() && !taken.insert(read[i].id).second) {
            file.error(tables[i]->get("id")->source(), fmt::format("duplicate claim id '{}' in this file", read[i].id));
        }
    }
    std::map<std::string, int> per_topic;
    for (Claim& claim : read) {
        if (!claim.id.empty()) {
            continue;
        }
        int& n = per_topic[claim.topic];
        std::string id;
        do {
            ++n;
            id = n == 1 ? claim.topic : fmt::format("{}#{}", claim.topic, n);
        } while (taken.count(id) != 0);
        taken.insert(id);
        claim.id = id;
    }
}

}  // namespace claimcheck::load
