#include "load/load.hpp"
#include "load/rates.hpp"

#include "load/toml_reader.hpp"
#include "load/values.hpp"
#include "model/io.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace claimcheck::load {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view story_file_name = "story.toml";
constexpr std::string_view baseline_file_name = "baseline.toml";

bool is_story_dir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / story_file_name, ec);
}

bool has_toml_files(const fs::path& dir) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".toml") {
            return true;
        }
    }
    return false;
}

// Reads a file of a story folder. Only regular files: opening a FIFO would
// wait for a writer forever, and a device could never end.
std::optional<std::string> read_story_file(const fs::path& file, std::string& why) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status)) {
        why = "is not a regular file";
        return std::nullopt;
    }
    auto content = io::read_file(file, why);
    if (!content && !why.empty() && why[0] >= 'A' && why[0] <= 'Z') {
        why[0] = static_cast<char>(why[0] - 'A' + 'a');  // "Permission denied" reads as the other reasons
    }
    return content;
}

// Reads a TOML file's text, reporting unreadable files.
std::optional<std::string> read_toml(const fs::path& file, Diagnostics& diagnostics) {
    std::string why;
    auto content = read_story_file(file, why);
    if (!content) {
        diagnostics.error({io::display_path(file), 0, 0}, fmt::format("cannot read file: {}", why));
    }
    return content;
}

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

void load_scales(const TomlFile& file, const toml::table& root, Story& story) {
    for (const auto& builtin : grammar::builtin_scales()) {
        story.scales[builtin.name] = Scale{builtin.name, builtin.levels, builtin.warn, builtin.error, true};
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
        file.check_keys(*table, where, {"levels", "warn", "error"});
        Scale scale{std::string(name.str()), {}, 2, 3, false};
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
        scale.warn = static_cast<int>(file.integer(*table, "warn").value_or(2));
        scale.error = static_cast<int>(file.integer(*table, "error").value_or(3));
        if (scale.warn < 1 || scale.error < scale.warn) {
            file.error(table->source(), fmt::format("{}: need 1 <= warn <= error (warn = {}, error = {})", where,
                                                    scale.warn, scale.error));
        }
        story.scales[scale.name] = std::move(scale);
    }
}

void load_entities(const TomlFile& file, const toml::table& root, Story& story) {
    const toml::node* node = root.get("entity");
    if (node == nullptr) {
        return;
    }
    const auto* array = node->as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
        file.error(node->source(), "'entity' must be an array of tables ([[entity]])");
        return;
    }
    std::set<std::string> ids;
    for (const auto& element : *array) {
        const auto& table = *element.as_table();
        file.check_keys(table, "[[entity]]", {"id", "name", "variants"});
        Entity entity;
        entity.where = file.location(table.source());
        entity.id = file.string(table, "[[entity]]", "id", true).value_or("");
        entity.name = file.string(table, "[[entity]]", "name", true).value_or("");
        entity.variants = file.string_array(table, "variants").value_or(std::vector<std::string>{});
        if (!entity.id.empty() && !ids.insert(entity.id).second) {
            file.error(table.get("id")->source(), fmt::format("duplicate entity id '{}'", entity.id));
        }
        story.entities.push_back(std::move(entity));
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
    for (auto&& [id, value] : *topics) {
        const std::string where = fmt::format("[topic.\"{}\"]", id.str());
        const auto* table = value.as_table();
        if (table == nullptr) {
            file.error(value.source(), fmt::format("{} must be a table", where));
            continue;
        }
        file.check_keys(*table, where, {"kind", "label", "unit", "scope", "tolerance", "scale"});
        Topic topic;
        topic.id = std::string(id.str());
        topic.declared = true;
        topic.where = file.location(table->source());
        if (auto kind = file.string(*table, where, "kind", true)) {
            topic.kind = kind_from_string(*kind);
            if (!topic.kind) {
                file.error(table->get("kind")->source(),
                           fmt::format("unknown kind '{}' (expected quantity, date, name, frame or quote)", *kind));
            }
        }
        topic.label = file.string(*table, where, "label", false).value_or(topic.id);
        topic.unit = file.string(*table, where, "unit", false).value_or("");
        topic.scope = file.string(*table, where, "scope", false).value_or("");
        if (auto tolerance = file.string(*table, where, "tolerance", false)) {
            if (auto t = parse_tolerance(*tolerance)) {
                topic.tolerance = *t;
            } else {
                file.error(table->get("tolerance")->source(),
                           fmt::format("tolerance '{}' must be a percentage such as \"5%\"", *tolerance));
            }
        }
        topic.scale = file.string(*table, where, "scale", false).value_or("");
        if (topic.kind == Kind::frame) {
            if (topic.scale.empty()) {
                if (table->get("scale") == nullptr) {
                    file.error(table->source(), fmt::format("{} is a frame topic and needs 'scale'", where));
                }
            } else if (story.scales.count(topic.scale) == 0) {
                file.error(table->get("scale")->source(), unknown_scale_message(story, topic.scale));
            }
        } else if (!topic.scale.empty() && topic.kind) {
            file.error(table->get("scale")->source(),
                       fmt::format("'scale' only applies to frame topics, and this one is a {} topic",
                                   to_string(*topic.kind)));
        }
        story.topics[topic.id] = std::move(topic);
    }
}

// Resolves `text` against the story folder; refuses paths that leave it.
std::optional<fs::path> article_path(const Story& story, const std::string& text_value, std::string& why) {
    const fs::path relative(text_value);
    if (text_value.empty()) {
        why = "'text' is empty";
        return std::nullopt;
    }
    if (relative.is_absolute()) {
        why = fmt::format("article path '{}' is absolute; give it relative to the story folder", text_value);
        return std::nullopt;
    }
    const fs::path normal = relative.lexically_normal();
    if (!normal.empty() && *normal.begin() == "..") {
        why = fmt::format("article path '{}' leaves the story folder", text_value);
        return std::nullopt;
    }
    const fs::path full = story.dir / normal;
    std::error_code ec;
    // Only a symbolic link below the story folder can lead outside it. One
    // lstat per component finds out; resolving both paths (realpath, a
    // readlink per component of the absolute paths) is left for when there
    // is a link.
    bool link = false;
    fs::path walk = story.dir;
    for (const auto& part : normal) {
        walk /= part;
        const auto status = fs::symlink_status(walk, ec);
        if (ec || !fs::exists(status)) {
            break;  // missing: reported when the article is read
        }
        if (fs::is_symlink(status)) {
            link = true;
            break;
        }
    }
    if (link && fs::exists(full, ec)) {
        const fs::path real = fs::canonical(full, ec);
        const fs::path root = fs::canonical(story.dir, ec);
        const fs::path inside = real.lexically_relative(root);
        if (ec || inside.empty() || *inside.begin() == "..") {
            why = fmt::format("article path '{}' leads outside the story folder (through a symbolic link)", text_value);
            return std::nullopt;
        }
    }
    return full;
}

}  // namespace

std::vector<fs::path> find_stories(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
    std::set<fs::path> stories;
    for (const auto& given : paths) {
        const fs::path path(given);
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (!fs::exists(status)) {
            diagnostics.error({given, 0, 0}, "no such file or folder");
            continue;
        }
        if (fs::is_regular_file(status)) {
            if (path.extension() != ".toml") {
                diagnostics.error({given, 0, 0},
                                  "not a claim file (expected claims/, a story folder or a .toml claim file)");
                continue;
            }
            const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
            if (!is_story_dir(dir)) {
                diagnostics.error({io::display_path(dir / story_file_name), 0, 0},
                                  "story.toml is missing: every story folder needs one");
                continue;
            }
            stories.insert(dir.lexically_normal());
            continue;
        }
        if (is_story_dir(path)) {
            stories.insert(path.lexically_normal());
            continue;
        }
        bool any = false;
        std::vector<fs::path> children;
        for (const auto& entry : fs::directory_iterator(path, ec)) {
            if (entry.is_directory(ec)) {
                children.push_back(entry.path());
            }
        }
        std::sort(children.begin(), children.end());
        for (const auto& child : children) {
            if (is_story_dir(child)) {
                stories.insert(child.lexically_normal());
                any = true;
            } else if (has_toml_files(child)) {
                diagnostics.error({io::display_path(child / story_file_name), 0, 0},
                                  "story.toml is missing: every story folder needs one");
                any = true;
            }
        }
        if (!any) {
            if (has_toml_files(path)) {
                diagnostics.error({io::display_path(path / story_file_name), 0, 0},
                                  "story.toml is missing: every story folder needs one");
            } else {
                diagnostics.error({io::display_path(path), 0, 0},
                                  "no stories here (a story is a folder with a story.toml)");
            }
        }
    }
    return {stories.begin(), stories.end()};
}

std::vector<fs::path> claim_files(const fs::path& story_dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(story_dir, ec)) {
        const auto name = entry.path().filename().string();
        if (entry.path().extension() == ".toml" && name != story_file_name && name != baseline_file_name &&
            !name.starts_with(".")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<Story> load_story(const fs::path& story_dir, Diagnostics& diagnostics) {
    auto text = read_toml(story_dir / story_file_name, diagnostics);
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
    file.check_keys(*root, "story.toml", {"story", "entity", "topic", "scale", "rate"});
    const toml::node* header = root->get("story");
    if (header == nullptr || !header->is_table()) {
        if (header == nullptr) {
            file.error_at(1, 1, "story.toml is missing the [story] table (with at least a title)");
        } else {
            file.error(header->source(), "'story' must be a table ([story])");
        }
    } else {
        const auto& table = *header->as_table();
        file.check_keys(table, "[story]", {"title", "date"});
        story.title = file.string(table, "[story]", "title", true).value_or("");
        story.date = file.date(table, "date");
    }
    load_scales(file, *root, story);
    load_entities(file, *root, story);
    load_topics(file, *root, story);
    load_rates(file, *root, story);
    return story;
}

std::optional<Article> load_article(const fs::path& file, const std::string& display, Diagnostics& diagnostics) {
    std::string why;
    auto content = io::read_file(file, why);
    if (!content) {
        diagnostics.error({display, 0, 0}, fmt::format("cannot read article: {}", why));
        return std::nullopt;
    }
    return article_from_text(std::move(*content), file, display, diagnostics);
}

std::optional<Article> article_from_text(std::string text, const fs::path& file, const std::string& display,
                                         Diagnostics& diagnostics) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.erase(0, 3);
    }
    if (text.find('\r') != std::string::npos) {
        std::string normal;
        normal.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                continue;
            }
            normal += text[i];
        }
        text = std::move(normal);
    }
    Article article;
    article.path = file;
    article.display_path = display;
    article.line_starts = text::line_starts(text);
    if (const auto bad = text::invalid_utf8_offset(text)) {
        const auto line =
            static_cast<int>(std::upper_bound(article.line_starts.begin(), article.line_starts.end(), *bad) -
                             article.line_starts.begin());
        const std::size_t start = article.line_starts[static_cast<std::size_t>(line - 1)];
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line_text = std::string_view(text).substr(start, end - start);
        diagnostics.error({display, line, text::column_of(line_text, *bad - start)},
                          fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02x}): articles must be UTF-8 text",
                                      *bad, static_cast<unsigned char>(text[*bad])),
                          std::string(line_text));
        return std::nullopt;
    }
    article.text = std::move(text);
    return article;
}

Source load_source(const Story& story, const fs::path& path, Diagnostics& diagnostics) {
    auto text = read_toml(path, diagnostics);
    if (!text) {
        Source source;
        source.id = path.stem().string();
        source.file = path;
        source.display_file = io::display_path(path);
        return source;
    }
    return load_source_text(story, path, std::move(*text), diagnostics);
}

Source load_source_text(const Story& story, const fs::path& path, std::string text, Diagnostics& diagnostics) {
    Source source;
    source.id = path.stem().string();
    source.file = path;
    source.display_file = io::display_path(path);
    TomlFile file(source.display_file, std::move(text), diagnostics);
    auto root = file.parse();
    if (!root) {
        return source;
    }
    file.check_keys(*root, "a claim file", {"source", "claim"});
    const toml::node* header = root->get("source");
    if (header == nullptr) {
        file.error_at(1, 1, "claim file is missing the [source] table (outlet and text)");
    } else if (!header->is_table()) {
        file.error(header->source(), "'source' must be a table ([source])");
    } else {
        const auto& table = *header->as_table();
        file.check_keys(table, "[source]", {"outlet", "text", "published", "url", "role"});
        source.outlet = file.string(table, "[source]", "outlet", true).value_or("");
        source.text = file.string(table, "[source]", "text", true).value_or("");
        source.published = file.date(table, "published");
        source.url = file.string(table, "[source]", "url", false).value_or("");
        if (auto role = file.string(table, "[source]", "role", false)) {
            if (*role == "draft") {
                source.role = Role::draft;
            } else if (*role != "reference") {
                file.error(table.get("role")->source(),
                           fmt::format("unknown role '{}' (expected \"draft\" or \"reference\")", *role));
            }
        }
        if (table.get("text") != nullptr && table.get("text")->is_string()) {
            // Problems finding or reading the article are reported at `text`,
            // where the path is written; problems inside it, in the article.
            std::string why;
            std::optional<std::string> content;
            const auto article_file = article_path(story, source.text, why);
            if (article_file) {
                content = read_story_file(*article_file, why);
                why = content ? "" : fmt::format("cannot read article: {}", why);
            }
            if (!content) {
                file.error(table.get("text")->source(), why);
            } else if (auto article = article_from_text(std::move(*content), *article_file,
                                                        io::display_path(*article_file), diagnostics)) {
                source.article = std::move(*article);
                source.article_loaded = true;
            }
        }
    }
    const toml::node* claims = root->get("claim");
    if (claims == nullptr) {
        return source;  // a source without claims yet: shown with 0 claims in the report
    }
    const auto* array = claims->as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
        file.error(claims->source(), "'claim' must be an array of tables ([[claim]])");
        return source;
    }
    read_claims(story, file, *array, source);
    return source;
}

}  // namespace claimcheck::load
