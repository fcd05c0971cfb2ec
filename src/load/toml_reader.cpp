#include "load/toml_reader.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace claimcheck::load {

std::string_view type_name(toml::node_type type) {
    switch (type) {
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "an array";
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "an integer";
        case toml::node_type::floating_point:
            return "a float";
        case toml::node_type::boolean:
            return "a boolean";
        case toml::node_type::date:
            return "a date";
        case toml::node_type::time:
            return "a time";
        case toml::node_type::date_time:
            return "a date-time";
        case toml::node_type::none:
            break;
    }
    return "nothing";
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string guess = text::closest(word, candidates);
    return guess.empty() ? std::string() : fmt::format(" (did you mean '{}'?)", guess);
}

TomlFile::TomlFile(std::string display, std::string text, Diagnostics& diagnostics)
    : display_(std::move(display)),
      text_(std::move(text)),
      line_starts_(text::line_starts(text_)),
      diagnostics_(diagnostics) {}

std::optional<toml::table> TomlFile::parse() {
    if (const auto bad = text::invalid_utf8_offset(text_)) {
        const auto line =
            static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), *bad) - line_starts_.begin());
        const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
        error_at(line, text::column_of(std::string_view(text_).substr(start), *bad - start),
                 fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02x})", *bad,
                             static_cast<unsigned char>(text_[*bad])));
        return std::nullopt;
    }
    try {
        return toml::parse(text_, display_);
    } catch (const toml::parse_error& err) {
        std::string message = fmt::format("invalid TOML: {}", err.description());
        // toml++ calls the end of a line inside a "…" string a control
        // character: say what happened instead.
        const int line = static_cast<int>(err.source().begin.line);
        const auto column = static_cast<std::size_t>(err.source().begin.column);
        if (err.description().find("control characters") != std::string_view::npos &&
            text::code_points(line_text(line)) < column) {
            message =
                "invalid TOML: the string is not closed at the end of the line (a \"…\" string must "
                "close on its own line; use \"\"\"…\"\"\" for text over several lines)";
        }
        error(err.source(), std::move(message));
        return std::nullopt;
    }
}

Location TomlFile::location(const toml::source_region& region) const {
    return location(static_cast<int>(region.begin.line), static_cast<int>(region.begin.column));
}

Location TomlFile::location(int line, int column) const {
    return {display_, line, column};
}

std::size_t TomlFile::line_start(int line) const {
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) {
        return text_.size();
    }
    return line_starts_[static_cast<std::size_t>(line - 1)];
}

std::string TomlFile::line_text(int line) const {
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) {
        return {};
    }
    const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
    std::size_t end = text_.find('\n', start);
    if (end == std::string::npos) {
        end = text_.size();
    }
    if (end > start && text_[end - 1] == '\r') {
        --end;
    }
    return text_.substr(start, end - start);
}

void TomlFile::error(const toml::source_region& region, std::string message) const {
    error_at(static_cast<int>(region.begin.line), static_cast<int>(region.begin.column), std::move(message));
}

void TomlFile::error_at(int line, int column, std::string message) const {
    diagnostics_.error(location(line, column), std::move(message), line_text(line));
}

void TomlFile::warning(const toml::source_region& region, std::string message) const {
    const int line = static_cast<int>(region.begin.line);
    diagnostics_.warning(location(region), std::move(message), line_text(line));
}

void TomlFile::check_keys(const toml::table& table, std::string_view table_name,
                          std::span<const std::string_view> known) const {
    const std::vector<std::string> candidates(known.begin(), known.end());
    for (auto&& [key, value] : table) {
        bool found = false;
        for (auto k : known) {
            found = found || key.str() == k;
        }
        if (found) {
            continue;
        }
        std::string message = fmt::format("unknown key '{}' in {}", key.str(), table_name);
        if (const auto hint = did_you_mean(key.str(), candidates); !hint.empty()) {
            message += hint;
        } else {
            std::string list;
            for (auto k : known) {
                list += list.empty() ? "" : ", ";
                list += k;
            }
            message += fmt::format("; known keys: {}", list);
        }
        error(key.source(), std::move(message));
    }
}

std::optional<std::string> TomlFile::string(const toml::table& table, std::string_view table_name, std::string_view key,
                                            bool required) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        if (required) {
            error(table.source(), fmt::format("{} is missing the required key '{}'", table_name, key));
        }
        return std::nullopt;
    }
    if (const auto* s = node->as_string()) {
        return s->get();
    }
    error(node->source(), fmt::format("'{}' must be a string, not {}", key, type_name(node->type())));
    return std::nullopt;
}

std::optional<std::int64_t> TomlFile::integer(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return std::nullopt;
    }
    if (const auto* i = node->as_integer()) {
        return i->get();
    }
    error(node->source(), fmt::format("'{}' must be an integer, not {}", key, type_name(node->type())));
    return std::nullopt;
}

std::optional<std::chrono::year_month_day> TomlFile::date(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return std::nullopt;
    }
    std::optional<toml::date> d;
    if (const auto* v = node->as_date()) {
        d = v->get();
    } else if (const auto* dt = node->as_date_time()) {
        d = dt->get().date;
    }
    if (!d) {
        error(node->source(), fmt::format("'{}' must be a TOML date such as 2026-01-19 (unquoted), not {}", key,
                                          type_name(node->type())));
        return std::nullopt;
    }
    return std::chrono::year_month_day{std::chrono::year{d->year}, std::chrono::month{d->month},
                                       std::chrono::day{d->day}};
}

std::optional<std::vector<std::string>> TomlFile::string_array(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return std::nullopt;
    }
    const auto* array = node->as_array();
    if (array == nullptr) {
        error(node->source(), fmt::format("'{}' must be an array of strings, not {}", key, type_name(node->type())));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (const auto& element : *array) {
        if (const auto* s = element.as_string()) {
            out.push_back(s->get());
        } else {
            error(element.source(), fmt::format("'{}' must hold only strings, not {}", key, type_name(element.type())));
            ok = false;
        }
    }
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

}  // namespace claimcheck::load
