// [[rate]] in story.toml.
#include "load/rates.hpp"
#include "load/schema.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

#include "grammar/value.hpp"
#include "util/text.hpp"

namespace claimcheck::load {

namespace {

// A currency code the grammar reads ("USD"), else an error naming the closest.
bool check_code(const TomlFile& file, const toml::table& table, std::string_view key, const std::string& code) {
    const auto known = grammar::currency_codes();
    if (std::find(known.begin(), known.end(), code) != known.end()) {
        return true;
    }
    file.error(table.get(key)->source(),
               fmt::format("unknown currency code '{}' in [[rate]] {}{}", code, key, text::did_you_mean(code, known)));
    return false;
}

// The rates a newsroom can mean: no two currencies are further apart than
// this (the extremes of hyperinflation stay within it), and a figure outside
// it is a typo such as a missing decimal point, or a number a double cannot
// hold (`1e300` would turn amounts into infinity, `5e-324` into 0).
constexpr double rate_at_least = 1e-12;
constexpr double rate_at_most = 1e12;

// The number as written in the file (toml++ keeps only its value), found
// through the file's column index: rates written on one long line cost the
// line once.
std::string written_number(const TomlFile& file, const toml::node& node) {
    const auto& at = node.source().begin;
    const std::string_view text = file.text();
    const std::size_t begin = file.byte_of(static_cast<int>(at.line), static_cast<int>(at.column));
    std::size_t end = begin;
    while (end < text.size() && std::string_view(" \t\r\n#,}]").find(text[end]) == std::string_view::npos) {
        ++end;
    }
    return std::string(text.substr(begin, end - begin));
}

// Half a unit of the last digit written, relative to the value: how far the
// true rate may be from a rate written `1385` (0.036%), `0.00072` (0.7%) or
// `1.4e3` (3.6%). Hexadecimal, octal and binary integers are exact.
double rounding_of(std::string_view written, double value) {
    if (written.size() > 1 && written[0] == '0' && std::string_view("xob").find(written[1]) != std::string_view::npos) {
        return 0.5 / value;
    }
    const std::size_t e = written.find_first_of("eE");
    const std::string_view mantissa = written.substr(0, e);
    const std::size_t point = mantissa.find('.');
    const auto decimals = point == std::string_view::npos
                              ? 0
                              : std::count_if(mantissa.begin() + static_cast<std::ptrdiff_t>(point), mantissa.end(),
                                              [](char c) { return c >= '0' && c <= '9'; });
    const int exponent = e == std::string_view::npos ? 0 : std::atoi(std::string(written.substr(e + 1)).c_str());
    return 0.5 * std::pow(10.0, exponent - static_cast<int>(decimals)) / value;
}

struct ReadRate {
    double value = 0;
    double rounding = 0;  // relative
};

std::optional<ReadRate> positive_number(const TomlFile& file, const toml::table& table) {
    const toml::node* node = table.get("rate");
    if (node == nullptr) {
        file.error(table.source(), "[[rate]] needs 'rate' (how many units of 'to' one unit of 'from' buys)");
        return std::nullopt;
    }
    std::optional<double> value;
    if (const auto* f = node->as_floating_point()) {
        value = f->get();
    } else if (const auto* i = node->as_integer()) {
        value = static_cast<double>(i->get());
    }
    if (!value || !std::isfinite(*value) || *value <= 0) {
        file.error(node->source(), "[[rate]] rate must be a positive number");
        return std::nullopt;
    }
    const std::string written = written_number(file, *node);
    if (*value < rate_at_least || *value > rate_at_most) {
        file.error(node->source(), fmt::format("[[rate]] rate must be between 1e-12 and 1e12 (no two currencies "
                                               "are further apart), not {}",
                                               written));
        return std::nullopt;
    }
    return ReadRate{*value, std::max(rounding_of(written, *value), 1e-12)};
}

// The rates read so far, as one currency's worth in another: each currency
// joined by rates has a logarithm of its units per unit of its group's first
// currency, and how far rounding of the rates on the way may move it.
class RateGraph {
  public:
    // What the rates before imply for 1 `from` in `to`, with its relative
    // rounding; nullopt when no rates join them.
    std::optional<ReadRate> implied(const std::string& from, const std::string& to) const {
        const auto a = nodes_.find(from);
        const auto b = nodes_.find(to);
        if (a == nodes_.end() || b == nodes_.end() || a->second.group != b->second.group) {
            return std::nullopt;
        }
        return ReadRate{std::exp(b->second.log - a->second.log), a->second.rounding + b->second.rounding};
    }

    void add(const std::string& from, const std::string& to, const ReadRate& rate) {
        if (!nodes_.contains(from)) {
            nodes_[from] = {groups_++, 0, 0};
        }
        const Node base = nodes_[from];
        const Node joined{base.group, base.log + std::log(rate.value), base.rounding + rate.rounding};
        const auto it = nodes_.find(to);
        if (it == nodes_.end()) {
            nodes_[to] = joined;
            return;
        }
        const Node old = it->second;
        if (old.group == joined.group) {
            return;  // already joined, and agreeing (agrees())
        }
        for (auto& [code, node] : nodes_) {
            if (node.group == old.group) {  // the other group joins this one through the new rate
                node = {joined.group, node.log - old.log + joined.log, node.rounding + old.rounding + joined.rounding};
            }
        }
    }

  private:
    struct Node {
        int group = 0;
        double log = 0;
        double rounding = 0;
    };
    std::map<std::string, Node, std::less<>> nodes_;
    int groups_ = 0;
};

std::string one_rate(const Rate& rate, double value) {
    return fmt::format("1 {} = {:.6g} {}", rate.from, value, rate.to);
}

// The line of the first rate for each pair of currencies, either way round.
using PairLines = std::map<std::pair<std::string, std::string>, int>;

std::pair<std::string, std::string> pair_of(const Rate& rate) {
    return std::minmax(rate.from, rate.to);
}

// A rate for a pair the rates before it already join must agree with them
// within the rounding of the figures written: a second rate for the same
// pair, or one that closes a cycle, would otherwise make a verdict depend on
// which rate converts (the topic's display currency).
bool agrees(const TomlFile& file, const toml::table& table, const Rate& rate, const ReadRate& value,
            const RateGraph& graph, const PairLines& first_lines) {
    const auto implied = graph.implied(rate.from, rate.to);
    if (!implied || std::abs(std::log(value.value / implied->value)) <= value.rounding + implied->rounding + 1e-9) {
        return true;
    }
    const auto same_pair = first_lines.find(pair_of(rate));
    const std::string message =
        same_pair != first_lines.end()
            ? fmt::format("[[rate]] {} disagrees with the [[rate]] for {} and {} at line {}, which gives {}",
                          one_rate(rate, value.value), rate.from, rate.to, same_pair->second,
                          one_rate(rate, implied->value))
            : fmt::format(
                  "[[rate]] {} disagrees with the rates before it, which give {} through other currencies; "
                  "rates that close a cycle must agree within their rounding",
                  one_rate(rate, value.value), one_rate(rate, implied->value));
    file.error(table.get("rate")->source(), message);
    return false;
}

}  // namespace

void load_rates(const TomlFile& file, const toml::table& root, Story& story) {
    const toml::array* array = file.tables(root, "rate");
    if (array == nullptr) {
        return;
    }
    RateGraph graph;
    PairLines first_lines;
    for (const auto& element : *array) {
        const auto& table = *element.as_table();
        file.check_keys(table, "[[rate]]", schema::rate_table);
        Rate rate;
        rate.where = file.location(table.source());
        rate.from = file.string(table, "[[rate]]", "from", true).value_or("");
        rate.to = file.string(table, "[[rate]]", "to", true).value_or("");
        rate.as_of = file.date(table, "as_of");
        const auto value = positive_number(file, table);
        bool ok = value.has_value() && !rate.from.empty() && !rate.to.empty();
        ok = ok && check_code(file, table, "from", rate.from) && check_code(file, table, "to", rate.to);
        if (ok && rate.from == rate.to) {
            file.error(table.get("to")->source(), "[[rate]] converts a currency into itself");
            ok = false;
        }
        if (ok && agrees(file, table, rate, *value, graph, first_lines)) {
            rate.rate = value->value;
            graph.add(rate.from, rate.to, *value);
            first_lines.emplace(pair_of(rate), rate.where.line);
            story.rates.push_back(std::move(rate));
        }
    }
}

}  // namespace claimcheck::load
