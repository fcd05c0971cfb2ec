// Strict reading of toml++ tables: known keys, required keys and types, each
// problem reported at its place in the file with the source line.
#pragma once

#include "model/diagnostics.hpp"
#include "util/lines.hpp"

#include <chrono>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <toml++/toml.h>
#include <unordered_map>
#include <vector>

namespace claimcheck::load {

// One TOML file being read: its display path and raw text, for locations
// and caret lines.
class TomlFile {
  public:
    TomlFile(std::string display, std::string text, Diagnostics& diagnostics);

    const std::string& display() const { return display_; }
    const std::string& text() const { return text_; }
    Diagnostics& diagnostics() const { return diagnostics_; }

    // Parses the text; reports a syntax error and returns nullopt on failure.
    std::optional<toml::table> parse();

    Location location(const toml::source_region& region) const;
    Location location(int line, int column) const;
    std::string_view line_text(int line) const;
    // The byte offset where 1-based `line` starts (the text's size past the end).
    std::size_t line_start(int line) const;
    // The byte of code-point `column` of `line` (its end when the line is
    // shorter). A long line is indexed once, every `column_stride` code
    // points, so the claims of a file written as one line cost the line's
    // length, not its length for each claim.
    std::size_t byte_of(int line, int column) const;
    // What a diagnostic at (`line`, `column`) shows of the line.
    SourceExcerpt excerpt(int line, int column) const;

    void error(const toml::source_region& region, std::string message) const;
    void error_at(int line, int column, std::string message) const;
    // At byte `offset` of the text.
    void error_at_offset(std::size_t offset, std::string message) const;
    void warning(const toml::source_region& region, std::string message) const;

    // The [[key]] tables of `table`: nullptr when `key` is absent, and when it
    // is not an array of tables (reported).
    const toml::array* tables(const toml::table& table, std::string_view key) const;

    // Reports every key of `table` not in `known`, suggesting the closest.
    void check_keys(const toml::table& table, std::string_view table_name,
                    std::span<const std::string_view> known) const;

    // Typed getters: absent → nullopt (and an error if `required`); wrong
    // type → nullopt and an error naming the expected type.
    std::optional<std::string> string(const toml::table& table, std::string_view table_name, std::string_view key,
                                      bool required) const;
    // An integer outside [low, high] is an error too (never cut to fit).
    std::optional<std::int64_t> integer(const toml::table& table, std::string_view key, std::int64_t low,
                                        std::int64_t high) const;
    std::optional<bool> boolean(const toml::table& table, std::string_view key) const;
    std::optional<std::chrono::year_month_day> date(const toml::table& table, std::string_view key) const;
    std::optional<std::vector<std::string>> string_array(const toml::table& table, std::string_view key) const;

  private:
    static constexpr int column_stride = 4096;

    std::string display_;
    std::string text_;
    text::Lines lines_;  // "\r\n" ends a line as "\n" does
    Diagnostics& diagnostics_;
    // Long lines: the byte of every column_stride-th code point, made on
    // first use (under the mutex: a file is read by one thread, but the
    // class promises no more than its const methods do).
    mutable std::mutex columns_mutex_;
    mutable std::unordered_map<int, std::vector<std::size_t>> column_bytes_;
};

std::string_view type_name(toml::node_type type);

}  // namespace claimcheck::load
