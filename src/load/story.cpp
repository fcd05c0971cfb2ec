// The story schema: story.toml's [story], [scale.*], [[entity]] and [topic.*].
#include "load/load.hpp"
#include "load/time_settings.hpp"
#include "load/paths.hpp"
#include "load/rates.hpp"
#include "load/schema.hpp"
#include "load/toml_reader.hpp"
#include "load/values.hpp"
#include "model/io.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <limits>
#include <set>

namespace claimcheck::load {

namespace fs = std::filesystem;

namespace {

std::optional<double> parse_tolerance(std::string_view text) {
    if (text.empty() || text.back() != '%') {
        return std::nullopt;
    }
    text.remove_suffix(1);
    double value = 0;
    try {
        std::size_t used = 0;
        value = std::stod(std::string(text), &used);
        if (used != text.size() || value < 0 || value > 100) {
            return std::nullopt;
        }
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return value / 100.0;
}

// A topic's `whole` (spec §11): a plain count ("12 missiles") its claims'
// shares and counts are parts of.
void read_topic_whole(const TomlFile& file, const toml::table& table, const std::string& where, Topic& topic) {
    const auto text = file.string(table, where, "whole", false);
    if (!text) {
        return;
    }
    const toml::node& node = *table.get("whole");
    auto read = grammar::parse_quantity(*text);
    if (const auto* error = std::get_if<grammar::ParseError>(&read)) {
        file.error(node.source(), fmt::format("'whole': {}", error->message));
        return;
    }
    const auto& whole = std::get<grammar::Quantity>(read);
    if (whole.dimension != grammar::Dimension::count || whole.qualifier != grammar::Qualifier::none || whole.of ||
        whole.percent || !whole.vague.empty() || whole.change || !(whole.number > 0)) {
        file.error(node.source(),
                   fmt::format("'whole' must be a plain count such as \"12 missiles\", not '{}'", *text));
        return;
    }
    topic.whole = whole;
}

void load_scales(const TomlFile& file, const toml::table& root, Story& story) {
    for (const auto& builtin : framing::builtin_scales()) {
        story.scales[builtin.name] =
            Scale{builtin.name, builtin.levels, builtin.warn, builtin.error, true, builtin.progresses};
    }
    const toml::node* node = root.get("scale");
    if (node == nullptr) {
        return;
    }
    const auto* scales = node->as_table();
    if (scales == nullptr) {
        file.error(node->source(),
                   fmt::format("'scale' must be a table of scales ([scale.NAME]), not {}", type_name(node->type())));
        return;
    }
    for (auto&& [name, value] : *scales) {
        const auto* table = value.as_table();
        const std::string where = fmt::format("[scale.{}]", name.str());
        if (table == nullptr) {
            file.error(value.source(), fmt::format("{} must be a table", where));
            continue;
        }
        file.check_keys(*table, where, schema::scale_table);
        Scale scale{std::string(name.str()), {}, 2, 3, false, false};
        if (auto levels = file.string_array(*table, "levels")) {
            scale.levels = std::move(*levels);
        } else if (table->get("levels") == nullptr) {
            file.error(table->source(), fmt::format("{} is missing the required key 'levels'", where));
        }
        if (scale.levels.size() < 2 && table->get("levels") != nullptr) {
            file.error(table->get("levels")->source(), "a scale needs at least two levels");
        }
        std::set<std::string> seen;
        const auto* level_nodes = table->get("levels") != nullptr ? table->get("levels")->as_array() : nullptr;
        for (std::size_t i = 0; i < scale.levels.size(); ++i) {
            const auto& level = scale.levels[i];
            if (!seen.insert(text::fold_case(level)).second) {
                // At the repeated level itself (levels hold only strings here, one per element).
                file.error(
                    level_nodes != nullptr && i < level_nodes->size() ? (*level_nodes)[i].source() : table->source(),
                    fmt::format("level '{}' appears twice", level));
            }
        }
        constexpr std::int64_t most = std::numeric_limits<int>::max();
        scale.warn = static_cast<int>(file.integer(*table, "warn", 1, most).value_or(2));
        scale.error = static_cast<int>(file.integer(*table, "error", 1, most).value_or(3));
        if (scale.warn < 1 || scale.error < scale.warn) {
            file.error(table->source(), fmt::format("{}: need 1 <= warn <= error (warn = {}, error = {})", where,
                                                    scale.warn, scale.error));
        }
        // A story's own scale progresses only if it says so; one that replaces
        // a built-in keeps the built-in's answer unless it says otherwise.
        const auto builtin = story.scales.find(scale.name);  // the built-ins are already in
        const bool builtin_progresses =
            builtin != story.scales.end() && builtin->second.builtin && builtin->second.progresses;
        scale.progresses = file.boolean(*table, "progresses").value_or(builtin_progresses);
        story.scales[scale.name] = std::move(scale);
    }
}

void load_entities(const TomlFile& file, const toml::table& root, Story& story) {
    const toml::array* array = file.tables(root, "entity");
    if (array == nullptr) {
        return;
    }
    std::set<std::string> ids;
    for (const auto& element : *array) {
        const auto& table = *element.as_table();
        file.check_keys(table, "[[entity]]", schema::entity_table);
        Entity entity;
        entity.where = file.location(table.source());
        entity.id = file.string(table, "[[entity]]", "id", true).value_or("");
        entity.name = file.string(table, "[[entity]]", "name", true).value_or("");
        entity.variants = file.string_array(table, "variants").value_or(std::vector<std::string>{});
        entity.fiscal_year_start = read_time_settings(file, table).fiscal_year_start;
        if (!entity.id.empty() && !ids.insert(entity.id).second) {
            file.error(table.get("id")->source(), fmt::format("duplicate entity id '{}'", entity.id));
        }
        story.entities.push_back(std::move(entity));
    }
}

std::string unknown_entity_message(const Story& story, const std::string& id) {
    std::vector<std::string> ids;
    for (const auto& entity : story.entities) {
        ids.push_back(entity.id);
    }
    return fmt::format("'entity': no [[entity]] has id '{}'{}", id, text::did_you_mean(id, ids));
}

// A frame topic needs a scale the story knows; no other topic takes one.
void check_topic_scale(const TomlFile& file, const toml::table& table, const std::string& where, const Story& story,
                       const Topic& topic) {
    if (topic.kind == Kind::frame) {
        if (topic.scale.empty()) {
            if (table.get("scale") == nullptr) {
                file.error(table.source(), fmt::format("{} is a frame topic and needs 'scale'", where));
            }
        } else if (story.scales.count(topic.scale) == 0) {
            file.error(table.get("scale")->source(), unknown_scale_message(story, topic.scale));
        }
    } else if (!topic.scale.empty() && topic.kind) {
        file.error(
            table.get("scale")->source(),
            fmt::format("'scale' only applies to frame topics, and this one is a {} topic", claim_word(*topic.kind)));
    }
}

// A topic's `event` names another declared date topic that counts from none
// itself; the topic is a date topic. An event that cannot anchor is cleared.
void check_topic_event(const TomlFile& file, const toml::node& node, const Story& story, Topic& topic) {
    const auto found = story.topics.find(topic.event);
    std::string problem;
    if (topic.kind != Kind::date) {
        problem = "'event' only applies to date topics";
    } else if (found == story.topics.end()) {
        problem = fmt::format("'event': no topic '{}' is declared{}", topic.event, topic_hint(story, topic.event));
    } else if (found->second.kind != Kind::date) {
        problem = fmt::format("'event' names '{}', which is not a date topic", topic.event);
    } else if (found->first == topic.id || !found->second.event.empty()) {
        problem = fmt::format("'event' names '{}', which counts from an event itself: name a topic dated on its own",
                              topic.event);
    }
    if (!problem.empty()) {
        file.error(node.source(), problem);
        topic.event.clear();
    }
}

void load_topics(const TomlFile& file, const toml::table& root, Story& story) {
    const toml::node* node = root.get("topic");
    if (node == nullptr) {
        return;
    }
    const auto* topics = node->as_table();
    if (topics == nullptr) {
        file.error(node->source(), "'topic' must be a table of topics ([topic.\"id\"])");
        return;
    }
    std::vector<std::pair<std::string, const toml::node*>> events;  // checked once every topic is read
    for (auto&& [id, value] : *topics) {
        const std::string where = fmt::format("[topic.\"{}\"]", id.str());
        const auto* table = value.as_table();
        if (table == nullptr) {
            file.error(value.source(), fmt::format("{} must be a table", where));
            continue;
        }
        file.check_keys(*table, where, schema::topic_table);
        Topic topic;
        topic.id = std::string(id.str());
        topic.declared = true;
        topic.where = file.location(table->source());
        if (auto kind = file.string(*table, where, "kind", true)) {
            topic.kind = kind_from_claim_word(*kind);
            if (!topic.kind) {
                file.error(table->get("kind")->source(),
                           fmt::format("unknown kind '{}' (expected quantity, date, name, frame or quote)", *kind));
            }
        }
        topic.label = file.string(*table, where, "label", false).value_or(topic.id);
        topic.unit = file.string(*table, where, "unit", false).value_or("");
        topic.scope = file.string(*table, where, "scope", false).value_or("");
        read_topic_whole(file, *table, where, topic);
        if (auto tolerance = file.string(*table, where, "tolerance", false)) {
            if (auto t = parse_tolerance(*tolerance)) {
                topic.tolerance = *t;
            } else {
                file.error(table->get("tolerance")->source(),
                           fmt::format("tolerance '{}' must be a percentage such as \"5%\"", *tolerance));
            }
        }
        topic.scale = file.string(*table, where, "scale", false).value_or("");
        topic.entity = file.string(*table, where, "entity", false).value_or("");
        if (!topic.entity.empty() && find_entity(story, topic.entity) == nullptr) {
            file.error(table->get("entity")->source(), unknown_entity_message(story, topic.entity));
        }
        check_topic_scale(file, *table, where, story, topic);
        topic.event = file.string(*table, where, "event", false).value_or("");
        if (!topic.event.empty()) {
            events.emplace_back(topic.id, table->get("event"));
        }
        story.topics[topic.id] = std::move(topic);
    }
    for (const auto& [id, event_node] : events) {
        check_topic_event(file, *event_node, story, story.topics.at(id));
    }
}

void load_story_table(const TomlFile& file, const toml::table& root, Story& story) {
    const toml::node* header = root.get("story");
    if (header == nullptr) {
        file.error_at(1, 1, "story.toml is missing the [story] table (with at least a title)");
        return;
    }
    if (!header->is_table()) {
        file.error(header->source(), "'story' must be a table ([story])");
        return;
    }
    const auto& table = *header->as_table();
    file.check_keys(table, "[story]", schema::story_table);
    story.title = file.string(table, "[story]", "title", true).value_or("");
    story.date = file.date(table, "date");
    const TimeSettings time = read_time_settings(file, table);
    story.timezone = time.timezone;
    story.timezone_declared = time.timezone_given;
    story.fiscal_year_start = time.fiscal_year_start == 0 ? 1 : time.fiscal_year_start;
    story.hemisphere = time.hemisphere;
    story.zone_abbreviations =
        std::make_shared<const std::map<std::string, std::string, std::less<>>>(time.zone_abbreviations);
}

}  // namespace

std::optional<Story> load_story(const fs::path& story_dir, Diagnostics& diagnostics, const FileContents* read) {
    auto text = read_toml(story_dir / story_file_name, diagnostics, read);
    if (!text) {
        return std::nullopt;
    }
    return load_story_text(story_dir, std::move(*text), diagnostics);
}

std::optional<Story> load_story_text(const fs::path& story_dir, std::string text, Diagnostics& diagnostics) {
    TomlFile file(io::display_path(story_dir / story_file_name), std::move(text), diagnostics);
    auto root = file.parse();
    if (!root) {
        return std::nullopt;
    }
    Story story;
    story.dir = story_dir;
    story.id = fs::absolute(story_dir).lexically_normal().filename().string();
    if (story.id.empty()) {
        story.id = fs::absolute(story_dir).lexically_normal().parent_path().filename().string();
    }
    story.display_dir = io::display_path(story_dir);
    file.check_keys(*root, "story.toml", schema::story_file);
    load_story_table(file, *root, story);
    load_scales(file, *root, story);
    load_entities(file, *root, story);
    load_topics(file, *root, story);
    load_rates(file, *root, story);
    return story;
}

}  // namespace claimcheck::load
