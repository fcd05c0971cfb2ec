// §6.4 framing, reporting over time: when the sources were published
// (instants, or whole local days), previews of the story's event, and the
// superseded and stale verdicts between references on a progressing scale.
#include "compare/framing/internal.hpp"

#include "util/calendar.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>
#include <set>

namespace claimcheck::compare::framing {

namespace {

using Day = std::chrono::year_month_day;
using Instant = std::chrono::sys_seconds;

// The instant local midnight starts `day` in `zone` ("" = UTC).
Instant day_start(const Day& day, const std::string& zone) {
    const Instant wall{std::chrono::sys_days{day}};
    const auto at = grammar::instant_in_zone(zone, wall);
    if (const auto* instant = std::get_if<Instant>(&at)) {
        return *instant;
    }
    return wall - grammar::zone_offset(zone, wall);  // midnight skipped by a clock change
}

// When a source was published, as instants [first, last]: its time of day
// when `published` gives one, else its whole local day in its zone.
struct Published {
    Instant first;
    Instant last;
};

std::optional<Published> published(const Source& source) {
    if (source.published_at) {
        return Published{*source.published_at, *source.published_at};
    }
    if (!source.published) {
        return std::nullopt;
    }
    const Instant first = day_start(*source.published, source.timezone);
    const Day next{std::chrono::sys_days{*source.published} + std::chrono::days{1}};
    return Published{first, day_start(next, source.timezone) - std::chrono::seconds{1}};
}

// Strictly before: every instant of `a` precedes every instant of `b`.
bool before(const Published& a, const Published& b) {
    return a.last < b.first;
}

// Published before the story's date began (in the story's zone): a preview.
bool is_preview(const Story& story, const Source& source) {
    const auto when = published(source);
    return story.date && when && when->last < day_start(*story.date, story.timezone);
}

// The claims of a value that time logic may weigh: never a draft's, which is
// being checked now whatever its `published` date (§11).
std::vector<ClaimRef> references(const ValueGroup& value) {
    std::vector<ClaimRef> out;
    std::copy_if(value.claims.begin(), value.claims.end(), std::back_inserter(out),
                 [](const ClaimRef& ref) { return ref.source->role != Role::draft; });
    return out;
}

std::string published_text(const Source& source) {
    if (source.published_at) {
        return grammar::describe_instant(*source.published_at, source.timezone);
    }
    return calendar::iso_date(*source.published);
}

// The sources of some claims with their publication dates, "001 (2026-01-10)".
std::string dated(const std::vector<ClaimRef>& claims) {
    std::set<std::string> out;
    for (const auto& ref : claims) {
        out.insert(published(*ref.source) ? fmt::format("{} ({})", ref.source->id, published_text(*ref.source))
                                          : ref.source->id);
    }
    const std::vector<std::string> list(out.begin(), out.end());
    return fmt::format("{}", fmt::join(list, ", "));
}

// Every claim of `earlier` was published before every dated claim of `later`
// (and `later` has one).
bool all_before(const std::vector<ClaimRef>& earlier, const std::vector<ClaimRef>& later) {
    bool any_dated = false;
    for (const auto& l : later) {
        const auto when_l = published(*l.source);
        if (!when_l) {
            continue;
        }
        any_dated = true;
        for (const auto& e : earlier) {
            const auto when_e = published(*e.source);
            if (!when_e || !before(*when_e, *when_l)) {
                return false;
            }
        }
    }
    return any_dated;
}

// A claim of `later` published after a claim of `earlier`: the pair of them.
std::optional<std::pair<const ClaimRef*, const ClaimRef*>> published_after(const std::vector<ClaimRef>& later,
                                                                           const std::vector<ClaimRef>& earlier) {
    for (const auto& l : later) {
        for (const auto& e : earlier) {
            const auto when_l = published(*l.source);
            const auto when_e = published(*e.source);
            if (when_l && when_e && before(*when_e, *when_l)) {
                return std::make_pair(&l, &e);
            }
        }
    }
    return std::nullopt;
}

std::optional<PairVerdict> superseded(const Story& story, const std::vector<ClaimRef>& low,
                                      const std::vector<ClaimRef>& high, const Levels& levels) {
    const bool low_all_previews =
        std::all_of(low.begin(), low.end(), [&](const ClaimRef& ref) { return is_preview(story, *ref.source); });
    const bool high_has_later =
        std::any_of(high.begin(), high.end(), [&](const ClaimRef& ref) { return !is_preview(story, *ref.source); });
    if (low_all_previews && high_has_later) {
        return PairVerdict{Verdict::superseded,
                           fmt::format("superseded by later reporting: the preview {} said '{}' before the event "
                                       "({}); later sources say '{}'",
                                       dated(low), levels.low, calendar::iso_date(*story.date), levels.high),
                           "consistent if the situation moved on after the preview", ""};
    }
    if (all_before(low, high)) {
        return PairVerdict{Verdict::superseded,
                           fmt::format("superseded by later reporting: {} said '{}' before {} said '{}'", dated(low),
                                       levels.low, dated(high), levels.high),
                           "consistent if the situation moved on between the reports", ""};
    }
    return std::nullopt;
}

std::optional<PairVerdict> stale(const std::vector<ClaimRef>& low, const std::vector<ClaimRef>& high,
                                 const Levels& levels) {
    const auto pair = published_after(low, high);
    if (!pair) {
        return std::nullopt;
    }
    const auto& [late, early] = *pair;
    return PairVerdict{Verdict::stale,
                       fmt::format("stale: {} ({}) still says '{}' after {} ({}) reported '{}'", late->source->id,
                                   published_text(*late->source), levels.low, early->source->id,
                                   published_text(*early->source), levels.high),
                       fmt::format("consistent if {} was written before {} and not updated", late->source->id,
                                   published_text(*early->source)),
                       ""};
}

// A change of three levels or more is never excused by time below a warning
// (§11): the note becomes a divergence that still says what time explains.
constexpr int never_below_warning = 3;

}  // namespace

// Reporting over time (§6.4, §11), only on a scale that progresses and only
// between references: `low` (the lower level) against `high`. Superseded
// (note): every reference of `low` is a preview of the story's event or was
// published before every dated reference of `high`. Stale (warning): a
// reference of `low` was published after one of `high` and still says less.
// Publication is compared as instants, a date as its whole local day.
std::optional<PairVerdict> over_time(const Story& story, const ValueGroup& low_group, const ValueGroup& high_group,
                                     const Levels& levels, const Scale* scale, int distance) {
    if (scale == nullptr || !scale->progresses) {
        return std::nullopt;
    }
    const auto low = references(low_group);
    const auto high = references(high_group);
    if (low.size() != low_group.claims.size() || high.empty()) {
        return std::nullopt;  // a draft says the lower level: it is checked, not excused
    }
    auto timed = superseded(story, low, high, levels);
    if (!timed) {
        return stale(low, high, levels);
    }
    if (distance >= never_below_warning) {
        timed->verdict = Verdict::divergence;
        timed->explanation += fmt::format(
            " — but '{}' and '{}' are {} levels apart on the {} scale, more than time "
            "explains",
            levels.low, levels.high, distance, scale->name);
    }
    return timed;
}

}  // namespace claimcheck::compare::framing
