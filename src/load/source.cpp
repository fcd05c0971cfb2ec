// The source schema: a claim file's [source] (and its article) and its
// [[claim]] tables (read in values.cpp).
#include "load/load.hpp"
#include "load/time_settings.hpp"
#include "load/paths.hpp"
#include "load/schema.hpp"
#include "load/toml_reader.hpp"
#include "load/values.hpp"
#include "model/io.hpp"

#include <fmt/format.h>

namespace claimcheck::load {

namespace fs = std::filesystem;

namespace {

Source empty_source(const fs::path& path) {
    Source source;
    source.id = path.stem().string();
    source.file = path;
    source.display_file = io::display_path(path);
    return source;
}

// The article `text` names. Problems finding or reading it are reported at
// `text`, where the path is written; problems inside it, in the article.
void read_source_article(const Story& story, const TomlFile& file, const toml::node& text, Source& source,
                         const FileContents* read) {
    std::string why;
    std::optional<std::string> content;
    const auto article_file = article_path(story.dir, source.text, why);
    if (article_file) {
        content = read_story_file(*article_file, why, read);
        why = content ? "" : fmt::format("cannot read article: {}", why);
    }
    if (!content) {
        file.error(text.source(), why);
    } else if (auto article = article_from_text(std::move(*content), *article_file, io::display_path(*article_file),
                                                file.diagnostics())) {
        source.article = std::move(*article);
        source.article_loaded = true;
    }
}

void read_source_table(const Story& story, const TomlFile& file, const toml::table& table, Source& source,
                       const FileContents* read) {
    file.check_keys(table, "[source]", schema::source_table);
    source.outlet = file.string(table, "[source]", "outlet", true).value_or("");
    source.text = file.string(table, "[source]", "text", true).value_or("");
    const TimeSettings time = read_time_settings(file, table);
    source.timezone = time.timezone_given ? time.timezone : story.timezone;
    source.timezone_declared = time.timezone_given || story.timezone_declared;
    source.fiscal_year_start = time.fiscal_year_start == 0 ? story.fiscal_year_start : time.fiscal_year_start;
    source.hemisphere = story.hemisphere;
    source.zone_abbreviations = story.zone_abbreviations;
    const DateTime published = read_date_time(file, table, "published", source.timezone);
    source.published = published.day;
    source.published_at = published.at;
    source.url = file.string(table, "[source]", "url", false).value_or("");
    if (auto role = file.string(table, "[source]", "role", false)) {
        if (*role == "draft") {
            source.role = Role::draft;
        } else if (*role != "reference") {
            file.error(table.get("role")->source(),
                       fmt::format("unknown role '{}' (expected \"draft\" or \"reference\")", *role));
        }
    }
    if (const toml::node* text = table.get("text"); text != nullptr && text->is_string()) {
        read_source_article(story, file, *text, source, read);
    }
}

}  // namespace

Source load_source(const Story& story, const fs::path& path, Diagnostics& diagnostics, const FileContents* read) {
    auto text = read_toml(path, diagnostics, read);
    if (!text) {
        return empty_source(path);
    }
    return load_source_text(story, path, std::move(*text), diagnostics, read);
}

Source load_source_text(const Story& story, const fs::path& path, std::string text, Diagnostics& diagnostics,
                        const FileContents* read) {
    Source source = empty_source(path);
    TomlFile file(source.display_file, std::move(text), diagnostics);
    auto root = file.parse();
    if (!root) {
        return source;
    }
    file.check_keys(*root, "a claim file", schema::claim_file);
    const toml::node* header = root->get("source");
    if (header == nullptr) {
        file.error_at(1, 1, "claim file is missing the [source] table (outlet and text)");
    } else if (!header->is_table()) {
        file.error(header->source(), "'source' must be a table ([source])");
    } else {
        read_source_table(story, file, *header->as_table(), source, read);
    }
    // A source without claims yet is shown with 0 claims in the report.
    if (const toml::array* claims = file.tables(*root, "claim")) {
        read_claims(story, file, *claims, source);
    }
    return source;
}

}  // namespace claimcheck::load
