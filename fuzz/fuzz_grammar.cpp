// libFuzzer target: the value language (grammar/value.hpp) and the framing
// lexicon (framing/lexicon.hpp) on arbitrary text.
//
// Every entry point must return (a value or a ParseError), never crash, hang
// or read out of bounds, and every offset it reports must lie inside the text.
#include "support.hpp"
#include "framing/lexicon.hpp"
#include "grammar/value.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using claimcheck::fuzz::require;

using namespace claimcheck::grammar;
using claimcheck::framing::builtin_scales;
using claimcheck::framing::find_cues;
using claimcheck::framing::parse_level;

template <typename T>
void check_offset(const std::variant<T, ParseError>& result, std::string_view text) {
    if (const auto* error = std::get_if<ParseError>(&result)) {
        require(error->offset <= text.size());
        require(!error->message.empty());
    }
}

template <typename T>
void check_found(const std::vector<Found<T>>& found, std::string_view text) {
    std::size_t end = 0;
    for (const auto& f : found) {
        require(f.offset >= end);  // in order, not overlapping
        require(f.offset <= text.size() && f.length <= text.size() - f.offset);
        end = f.offset + f.length;
    }
}

// An accepted quantity has no NaN and a finite number, and its canonical
// text reads back to the same dimension and interval.
void check_quantity(const std::variant<Quantity, ParseError>& result) {
    const auto* q = std::get_if<Quantity>(&result);
    if (q == nullptr) {
        return;
    }
    require(std::isfinite(q->number) && std::isfinite(q->number_high));
    require(!std::isnan(q->allows.low) && !std::isnan(q->allows.high) && q->allows.low <= q->allows.high);
    const auto again = parse_quantity(q->canonical);
    const auto* back = std::get_if<Quantity>(&again);
    require(back != nullptr);
    require(back->dimension == q->dimension && back->currency == q->currency && back->change == q->change);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto quantity = parse_quantity(text);
    check_offset(quantity, text);
    check_quantity(quantity);
    check_offset(parse_quantity(text, QuantityOptions{0.0, {}, {}}), text);
    check_offset(parse_date(text), text);
    // A story in January whose date topic counts from a verdict ("two weeks
    // after", "the day before the verdict").
    static const DateEvent verdict{"verdict.date", "Date of the verdict",
                                   std::chrono::sys_days{std::chrono::year{2026} / std::chrono::January / 12}, true};
    DateContext january;
    january.published =
        std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::January, std::chrono::day{19}};
    check_offset(parse_date(text, january), text);
    january.event = &verdict;
    check_offset(parse_date(text, january), text);
    // Times and zones: a story east of UTC with a publication instant and an
    // April fiscal year, and one with summer time.
    DateContext seoul;
    seoul.published = std::chrono::year_month_day{std::chrono::year{2025}, std::chrono::April, std::chrono::day{10}};
    seoul.published_at = std::chrono::sys_days{*seoul.published};
    seoul.timezone = "Asia/Seoul";
    seoul.fiscal_year_start = 4;
    const auto timed = parse_date(text, seoul);
    check_offset(timed, text);
    if (const auto* d = std::get_if<DateValue>(&timed)) {
        require(d->begin <= d->end);
        require(parse_date(d->canonical, seoul).index() == 0);  // the canonical text parses back
        if (d->bounded) {
            require(!describe_instant(d->begin, d->zone).empty());
        }
    }
    DateContext new_york = seoul;
    new_york.timezone = "America/New_York";
    check_offset(parse_date(text, new_york), text);
    check_found(find_dates(text, seoul), text);
    if (text.size() < 64) {
        if (const auto error = timezone_error(text)) {
            require(!error->empty());
        }
    }
    for (const auto& scale : builtin_scales()) {
        const auto level = parse_level(text, scale.levels);
        check_offset(level, text);
        if (const auto* index = std::get_if<int>(&level)) {
            require(*index >= 0 && static_cast<std::size_t>(*index) < scale.levels.size());
        }
    }
    const std::vector<std::string> custom{"low", "low-ish", "high"};
    check_offset(parse_level(text, custom), text);

    check_found(find_quantities(text), text);
    check_found(find_dates(text), text);
    for (const auto& cue : find_cues(text)) {
        require(cue.offset <= text.size() && cue.length <= text.size() - cue.offset);
    }
    return 0;
}
