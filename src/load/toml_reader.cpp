#include "load/toml_reader.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <regex>

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

namespace {

// toml++ 3.3 recurses once per dotted key part and per nested array or
// inline table, and a few ten thousand parts overflow the stack (later
// versions cap them with TOML_MAX_DOTTED_KEYS_DEPTH and
// TOML_MAX_NESTED_VALUES; Debian 12's library has neither). A scan before
// parsing refuses such text, skipping strings and comments as TOML does.
constexpr int max_depth = 64;

struct DepthProblem {
    std::size_t offset = 0;
    std::string message;
};

class DepthScan {
  public:
    explicit DepthScan(std::string_view text) : text_(text) {}

    // Nesting deeper than max_depth takes more opening brackets than that,
    // and a longer dotted key more dots: most files have neither and need
    // no scan.
    static bool needed(std::string_view text) {
        std::size_t opening = 0;
        std::size_t dots = 0;
        for (const char c : text) {
            opening += static_cast<std::size_t>(c == '[' || c == '{');
            dots += static_cast<std::size_t>(c == '.');
        }
        const auto limit = static_cast<std::size_t>(max_depth);
        return opening > limit || dots >= limit;
    }

    std::optional<DepthProblem> run() {
        while (i_ < text_.size() && !problem_) {
            step(text_[i_]);
        }
        end_key();
        return problem_;
    }

  private:
    std::string_view text_;
    std::size_t i_ = 0;
    int nesting_ = 0;
    int parts_ = 0;  // parts of the dotted key being read (0: none)
    bool after_dot_ = false;
    std::size_t key_start_ = 0;
    std::optional<DepthProblem> problem_;

    // The first `quote`, backslash or line feed in [p, end), or end (memchr
    // reads a string's text much faster than a loop over its bytes).
    static const char* first_of_three(const char* p, const char* end, char quote) {
        const char* stop = end;
        for (const char c : {quote, '\\', '\n'}) {
            if (const void* found = std::memchr(p, c, static_cast<std::size_t>(stop - p))) {
                stop = static_cast<const char*>(found);
            }
        }
        return stop;
    }

    static bool is_bare(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    void end_key() {
        if (parts_ > max_depth && !problem_) {
            problem_ = DepthProblem{key_start_, fmt::format("key nested {} deep (at most {})", parts_, max_depth)};
        }
        parts_ = 0;
        after_dot_ = false;
    }

    // A key part starts at i_ (a bare word or a string).
    void part() {
        if (parts_ == 0 || !after_dot_) {
            end_key();
            key_start_ = i_;
        }
        ++parts_;
        after_dot_ = false;
    }

    void step(char c) {
        if (c == '"' || c == '\'') {
            part();
            skip_string(c);
        } else if (is_bare(c)) {
            part();  // a bare word starts here: the whole word is skipped at once
            while (i_ < text_.size() && is_bare(text_[i_])) {
                ++i_;
            }
        } else if (c == '.') {
            after_dot_ = parts_ > 0;
            ++i_;
        } else if (c == ' ' || c == '\t') {
            ++i_;
        } else {
            end_key();
            nest(c);
        }
    }

    void nest(char c) {
        if (c == '#') {
            i_ = std::min(text_.find('\n', i_), text_.size());
            return;
        }
        if (c == '[' || c == '{') {
            if (++nesting_ > max_depth) {
                problem_ =
                    DepthProblem{i_, fmt::format("arrays and tables nested {} deep (at most {})", nesting_, max_depth)};
            }
        } else if ((c == ']' || c == '}') && nesting_ > 0) {
            --nesting_;
        }
        ++i_;
    }

    // Skips the string that starts at i_ (basic or literal, on one line or
    // between three quotes), escapes included.
    void skip_string(char quote) {
        const std::string_view three = quote == '"' ? std::string_view(R"(""")") : std::string_view("'''");
        const bool multi = text_.substr(i_, 3) == three;
        i_ += multi ? 3 : 1;
        const bool escapes = quote == '"';
        while (i_ < text_.size()) {
            // Most of a string: nothing to look at up to the first quote,
            // backslash or line end.
            const char* const p = first_of_three(text_.data() + i_, text_.data() + text_.size(), quote);
            const char* const end = text_.data() + text_.size();
            i_ = static_cast<std::size_t>(p - text_.data());
            if (p == end) {
                return;
            }
            const char c = *p;
            if (c == '\\' && escapes) {
                i_ += 2;
            } else if (c == quote && (!multi || text_.substr(i_, 3) == three)) {
                i_ += multi ? 3 : 1;
                while (multi && i_ < text_.size() && text_[i_] == quote) {
                    ++i_;  // """a"""" ends with a quote inside the string
                }
                return;
            } else if (c == '\n' && !multi) {
                return;
            } else {
                ++i_;
            }
        }
    }
};

// toml++'s words, except where they are wrong: for an hour out of range in
// a time it says "expected hour between 0 to 59".
std::string describe_parse_error(std::string_view description) {
    static const std::regex wrong_hour_bound(R"(expected hour between 0 to 59 \(inclusive\), saw (\d+))");
    const std::string text(description);
    std::smatch match;
    if (std::regex_search(text, match, wrong_hour_bound)) {
        return fmt::format("invalid TOML: hour {} is out of range (an hour is 0 to 23)", match[1].str());
    }
    return fmt::format("invalid TOML: {}", description);
}

}  // namespace

TomlFile::TomlFile(std::string display, std::string text, Diagnostics& diagnostics)
    : display_(std::move(display)),
      text_(std::move(text)),
      lines_(text_, text::Lines::Ending::crlf),
      diagnostics_(diagnostics) {}

std::optional<toml::table> TomlFile::parse() {
    if (const auto bad = text::invalid_utf8_offset(text_)) {
        error_at_offset(*bad, fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02x})", *bad,
                                          static_cast<unsigned char>(text_[*bad])));
        return std::nullopt;
    }
    if (const auto problem = DepthScan::needed(text_) ? DepthScan(text_).run() : std::nullopt) {
        error_at_offset(problem->offset, problem->message);
        return std::nullopt;
    }
    try {
        return toml::parse(text_, display_);
    } catch (const toml::parse_error& err) {
        std::string message = describe_parse_error(err.description());
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
    return lines_.start(line);
}

std::size_t TomlFile::byte_of(int line, int column) const {
    const std::size_t start = lines_.start(line);
    const std::string_view text = line_text(line);
    if (start >= text_.size() || text.size() <= static_cast<std::size_t>(column_stride) || column <= column_stride) {
        return text::byte_of_column(text_, start, column);
    }
    std::lock_guard lock(columns_mutex_);
    auto& bytes = column_bytes_[line];
    if (bytes.empty()) {
        int at = 0;
        text::for_each_code_point(text, [&](char32_t, std::size_t offset, std::size_t) {
            if (at++ % column_stride == 0) {
                bytes.push_back(start + offset);
            }
            return true;
        });
    }
    const std::size_t k = std::min(static_cast<std::size_t>((column - 1) / column_stride), bytes.size() - 1);
    return text::byte_of_column(text_, bytes[k], column - static_cast<int>(k) * column_stride);
}

SourceExcerpt TomlFile::excerpt(int line, int column) const {
    const std::string_view text = line_text(line);
    if (text.size() <= static_cast<std::size_t>(column_stride)) {
        return excerpt_of(text, column);
    }
    const std::size_t start = lines_.start(line);
    const auto [first, last] = excerpt_columns(column);
    return excerpt_between(text, byte_of(line, first) - start, byte_of(line, last) - start, column - first + 1);
}

std::string_view TomlFile::line_text(int line) const {
    return lines_.line_text(text_, line);
}

void TomlFile::error_at_offset(std::size_t offset, std::string message) const {
    error_at(lines_.line_of(offset), lines_.column_of(text_, offset), std::move(message));
}

void TomlFile::error(const toml::source_region& region, std::string message) const {
    error_at(static_cast<int>(region.begin.line), static_cast<int>(region.begin.column), std::move(message));
}

void TomlFile::error_at(int line, int column, std::string message) const {
    diagnostics_.error(location(line, column), std::move(message), excerpt(line, column));
}

void TomlFile::warning(const toml::source_region& region, std::string message) const {
    const Location where = location(region);
    diagnostics_.warning(where, std::move(message), excerpt(where.line, where.column));
}

const toml::array* TomlFile::tables(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return nullptr;
    }
    const auto* array = node->as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
        error(node->source(), fmt::format("'{}' must be an array of tables ([[{}]])", key, key));
        return nullptr;
    }
    return array;
}

void TomlFile::check_keys(const toml::table& table, std::string_view table_name,
                          std::span<const std::string_view> known) const {
    for (auto&& [key, value] : table) {
        if (std::find(known.begin(), known.end(), key.str()) != known.end()) {
            continue;
        }
        std::string message = fmt::format("unknown key '{}' in {}", key.str(), table_name);
        const std::vector<std::string> candidates(known.begin(), known.end());
        if (const auto hint = text::did_you_mean(key.str(), candidates); !hint.empty()) {
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

std::optional<std::int64_t> TomlFile::integer(const toml::table& table, std::string_view key, std::int64_t low,
                                              std::int64_t high) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return std::nullopt;
    }
    if (const auto* i = node->as_integer()) {
        if (i->get() < low || i->get() > high) {
            error(node->source(), fmt::format("'{}' must be {} to {}, not {}", key, low, high, i->get()));
            return std::nullopt;
        }
        return i->get();
    }
    error(node->source(), fmt::format("'{}' must be an integer, not {}", key, type_name(node->type())));
    return std::nullopt;
}

std::optional<bool> TomlFile::boolean(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return std::nullopt;
    }
    if (const auto* b = node->as_boolean()) {
        return b->get();
    }
    error(node->source(), fmt::format("'{}' must be true or false, not {}", key, type_name(node->type())));
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
    if (d->year == 0) {
        // TOML allows 0000-01-01; no news is dated in year 0, and the
        // grammar reads year 0 as "no year given".
        error(node->source(), fmt::format("'{}' is in year 0, which is not a date a source can have", key));
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
