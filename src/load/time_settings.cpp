// Time settings and date-times in story.toml and claim files (time_settings.hpp).
#include "load/time_settings.hpp"

#include "grammar/value.hpp"
#include "util/calendar.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace claimcheck::load {

namespace chr = std::chrono;

namespace {

unsigned read_month(const TomlFile& file, const toml::node& node) {
    if (const auto* i = node.as_integer()) {
        if (i->get() >= 1 && i->get() <= 12) {
            return static_cast<unsigned>(i->get());
        }
        file.error(node.source(), "'fiscal_year_start' must be a month, 1 to 12 or a name such as \"April\"");
        return 0;
    }
    if (const auto* s = node.as_string()) {
        if (const auto month = calendar::month_of(s->get())) {
            return *month;
        }
        const std::string word = text::ascii_lower(s->get());
        std::vector<std::string> full_names;
        for (std::size_t m = 0; m < calendar::month_count; ++m) {
            full_names.push_back(text::ascii_lower(calendar::month_names[m].word));
        }
        const std::string hint = text::did_you_mean(word, full_names);
        file.error(node.source(), fmt::format("'fiscal_year_start' must be a month name such as \"April\", not '{}'{}",
                                              s->get(), hint));
        return 0;
    }
    file.error(node.source(), fmt::format("'fiscal_year_start' must be a month name such as \"April\", not {}",
                                          type_name(node.type())));
    return 0;
}

grammar::Hemisphere read_hemisphere(const TomlFile& file, const toml::node& node) {
    const auto* s = node.as_string();
    if (s != nullptr && s->get() == "north") {
        return grammar::Hemisphere::north;
    }
    if (s != nullptr && s->get() == "south") {
        return grammar::Hemisphere::south;
    }
    file.error(node.source(), fmt::format("'hemisphere' must be \"north\" or \"south\", not {}",
                                          s != nullptr ? "'" + s->get() + "'" : std::string(type_name(node.type()))));
    return grammar::Hemisphere::none;
}

bool is_abbreviation(std::string_view word) {
    return !word.empty() && word.size() <= 5 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// `zone_abbreviations = { IST = "Asia/Jerusalem" }`: read before data/zone_abbreviations.tsv.
std::map<std::string, std::string, std::less<>> read_abbreviations(const TomlFile& file, const toml::node& node) {
    std::map<std::string, std::string, std::less<>> out;
    const auto* table = node.as_table();
    if (table == nullptr) {
        file.error(node.source(), fmt::format("'zone_abbreviations' must be a table such as "
                                              "{{ IST = \"Asia/Jerusalem\" }}, not {}",
                                              type_name(node.type())));
        return out;
    }
    for (const auto& [key, value] : *table) {
        const std::string name(key.str());
        const auto* zone = value.as_string();
        if (!is_abbreviation(name)) {
            file.error(key.source(), fmt::format("'zone_abbreviations': '{}' is not an abbreviation "
                                                 "(1 to 5 capital letters, such as IST)",
                                                 name));
        } else if (name == "GMT" || name == "UTC") {
            // A story cannot move the zero every offset is written from.
            file.error(key.source(), fmt::format("'zone_abbreviations': {} is always UTC+00:00 and cannot be "
                                                 "redefined",
                                                 name));
        } else if (zone == nullptr) {
            file.error(value.source(), fmt::format("'zone_abbreviations': {} must name an IANA time zone such as "
                                                   "\"Asia/Jerusalem\", not {}",
                                                   name, type_name(value.type())));
        } else if (auto error = grammar::timezone_error(zone->get())) {
            file.error(value.source(), fmt::format("'zone_abbreviations': {}: {}", name, *error));
        } else {
            out.emplace(name, zone->get());
        }
    }
    return out;
}

}  // namespace

TimeSettings read_time_settings(const TomlFile& file, const toml::table& table) {
    TimeSettings out;
    if (const toml::node* node = table.get("timezone")) {
        if (const auto* s = node->as_string()) {
            if (auto error = grammar::timezone_error(s->get())) {
                file.error(node->source(), "'timezone': " + *error);
            } else {
                out.timezone_given = true;
                out.timezone = s->get() == "Etc/UTC" ? "UTC" : s->get();
                if (out.timezone == "UTC") {
                    out.timezone.clear();
                }
            }
        } else {
            file.error(node->source(), fmt::format("'timezone' must be an IANA time zone name such as \"Asia/Seoul\", "
                                                   "not {}",
                                                   type_name(node->type())));
        }
    }
    if (const toml::node* node = table.get("fiscal_year_start")) {
        out.fiscal_year_start = read_month(file, *node);
    }
    if (const toml::node* node = table.get("hemisphere")) {
        out.hemisphere = read_hemisphere(file, *node);
    }
    if (const toml::node* node = table.get("zone_abbreviations")) {
        out.zone_abbreviations = read_abbreviations(file, *node);
    }
    return out;
}

DateTime read_date_time(const TomlFile& file, const toml::table& table, std::string_view key, const std::string& zone) {
    DateTime out;
    const toml::node* node = table.get(key);
    const auto* dt = node != nullptr ? node->as_date_time() : nullptr;
    if (dt == nullptr) {
        out.day = file.date(table, key);
        return out;
    }
    const auto& v = dt->get();
    const chr::year_month_day ymd{chr::year{v.date.year}, chr::month{v.date.month}, chr::day{v.date.day}};
    if (v.date.year == 0) {
        file.error(node->source(), fmt::format("'{}' has year 0; write the year in full", key));
        return out;
    }
    const chr::sys_seconds wall =
        chr::sys_days{ymd} + chr::hours{v.time.hour} + chr::minutes{v.time.minute} + chr::seconds{v.time.second};
    if (v.offset) {
        out.at = wall - chr::minutes{v.offset->minutes};
    } else {
        auto instant = grammar::instant_in_zone(zone, wall);
        if (const auto* why = std::get_if<std::string>(&instant)) {
            file.error(node->source(), fmt::format("'{}': {}", key, *why));
            return out;
        }
        out.at = std::get<chr::sys_seconds>(instant);
    }
    out.day = chr::year_month_day{grammar::local_day(zone, *out.at)};
    return out;
}

}  // namespace claimcheck::load
