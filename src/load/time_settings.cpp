// Time settings and date-times in story.toml and claim files (time_settings.hpp).
#include "load/time_settings.hpp"

#include "grammar/value.hpp"

#include <array>
#include <fmt/format.h>

namespace claimcheck::load {

namespace chr = std::chrono;

namespace {

constexpr std::array<const char*, 12> month_names{"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};

unsigned read_month(const TomlFile& file, const toml::node& node) {
    if (const auto* i = node.as_integer()) {
        if (i->get() >= 1 && i->get() <= 12) {
            return static_cast<unsigned>(i->get());
        }
        file.error(node.source(), "'fiscal_year_start' must be a month, 1 to 12 or a name such as \"April\"");
        return 0;
    }
    if (const auto* s = node.as_string()) {
        std::string word;
        for (char c : s->get()) {
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        for (std::size_t m = 0; m < month_names.size(); ++m) {
            if (word == month_names[m] || (word.size() == 3 && std::string_view(month_names[m]).substr(0, 3) == word)) {
                return static_cast<unsigned>(m + 1);
            }
        }
        const std::string hint = did_you_mean(word, std::vector<std::string>(month_names.begin(), month_names.end()));
        file.error(node.source(), fmt::format("'fiscal_year_start' must be a month name such as \"April\", not '{}'{}",
                                              s->get(), hint));
        return 0;
    }
    file.error(node.source(), fmt::format("'fiscal_year_start' must be a month name such as \"April\", not {}",
                                          type_name(node.type())));
    return 0;
}

}  // namespace

TimeSettings read_time_settings(const TomlFile& file, const toml::table& table) {
    TimeSettings out;
    if (const toml::node* node = table.get("timezone")) {
        if (const auto* s = node->as_string()) {
            if (auto error = grammar::timezone_error(s->get())) {
                file.error(node->source(), "'timezone': " + *error);
            } else {
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
