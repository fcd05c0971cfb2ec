// [[rate]] in story.toml.
#include "load/rates.hpp"
#include "load/schema.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

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

std::optional<double> positive_number(const TomlFile& file, const toml::table& table) {
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
    return value;
}

}  // namespace

void load_rates(const TomlFile& file, const toml::table& root, Story& story) {
    const toml::array* array = file.tables(root, "rate");
    if (array == nullptr) {
        return;
    }
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
        if (ok) {
            rate.rate = *value;
            story.rates.push_back(std::move(rate));
        }
    }
}

}  // namespace claimcheck::load
