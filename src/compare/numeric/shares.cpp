// §6.1 numeric: shares. Percentages, vague proportions ("most") and counts
// out of a whole compare as shares of it; a share against a plain count
// compares the counts, else the total.
#include "compare/numeric/internal.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace claimcheck::compare::numeric {

using grammar::Qualifier;
using grammar::Quantity;

namespace {

// "136 of 183": a count out of a whole (a percentage "of" something is a percentage).
bool counted_of(const Quantity& q) {
    return q.of.has_value() && !q.percent;
}

// A plain percentage written without decimals stands for the window of its
// last digit (12% → [11.5, 12.5)); the grammar keeps it exact for shares.
Quantity at_written_precision(const Quantity& q) {
    Quantity out = q;
    if (q.qualifier == Qualifier::none && q.step == 0 && !q.of && q.number != 0) {
        out.step = decimal_step(q.number);
        out.round_low = out.allows.low = q.number - out.step / 2;
        out.round_high = out.allows.high = q.number + out.step / 2;
        out.allows.high_closed = false;
    }
    return out;
}

// A proportion as a share of its whole, in percent.
Interval share_of(const Quantity& q) {
    if (counted_of(q)) {
        if (*q.of == 0) {
            return Interval::point(0);
        }
        const Interval count = allowed(q);
        if (q.qualifier == Qualifier::none) {
            const double share = q.number / *q.of * 100;
            return Interval::point(share);
        }
        return {count.low / *q.of * 100, count.high / *q.of * 100, count.low_closed, count.high_closed};
    }
    if (!q.vague.empty()) {
        return q.allows;
    }
    if (q.percent && q.qualifier == Qualifier::none && q.step <= 0) {
        const double step = decimal_step(q.number);
        return {q.number - step / 2, q.number + step / 2, true, false};
    }
    return allowed(q);
}

std::string share_text(const Side& side) {
    if (counted_of(*side.q) && *side.q->of != 0) {
        return fmt::format("{} ({:.1f}%)", side.text, side.q->number / *side.q->of * 100);
    }
    if (!side.q->vague.empty()) {
        return fmt::format("{} ({}%)", side.text, describe(share_of(*side.q)));
    }
    return side.text;
}

// Both are shares and at least one is a percentage or a vague proportion.
std::optional<PairVerdict> compare_shares(const Side& a, const Side& b) {
    const Interval ia = share_of(*a.q);
    const Interval ib = share_of(*b.q);
    const bool a_point = ia.low == ia.high;
    const bool b_point = ib.low == ib.high;
    if (ia == ib) {
        return std::nullopt;  // the same share ("most" and "predominantly": more than half)
    }
    // Every exact share is part / whole * 100, so "1 in 3" and "8 of 24" meet
    // exactly, and shares that only touch at a rounding window's open end
    // have no gap to report. A word's bound is exact: "no majority" and "a
    // majority" touch at 50% and have no share in common.
    const double gap = ia.high < ib.low ? ib.low - ia.high : (ib.high < ia.low ? ia.low - ib.high : 0);
    const bool word_bound = !a.q->vague.empty() || !b.q->vague.empty();
    if (!ia.intersects(ib) && (gap > 0 || word_bound)) {
        if (gap > 0) {
            return conflict(fmt::format("{} vs {}: at least {} percentage points apart", share_text(a), share_text(b),
                                        format_number(std::round(gap * 10) / 10)));
        }
        return conflict(fmt::format("{} vs {}: they meet at {}% but no share is both", share_text(a), share_text(b),
                                    format_number(std::round((ia.high < ib.high ? ia.high : ib.high) * 10) / 10)));
    }
    // A proportion against the percentage it rounds to.
    const Side* point = counted_of(*a.q) ? &a : (counted_of(*b.q) ? &b : nullptr);
    const Side* percent = point == &a ? &b : &a;
    const bool plain_percent =
        percent->q->percent && percent->q->vague.empty() && percent->q->qualifier == Qualifier::none;
    if (point != nullptr && plain_percent && (point == &a ? a_point : b_point)) {
        // The share itself ("9 of 12" and "75%" or "three-quarters"): nothing was rounded.
        const double share = (point == &a ? ia : ib).low;
        if (std::fabs(share - percent->q->number) <= 1e-9 * std::max(1.0, std::fabs(share))) {
            return std::nullopt;
        }
        // Rounded more coarsely than its last digit ("70%"): a rounding. At
        // its own last digit ("82.5%" against "118 of 143"): the share itself.
        if (percent->q->step > decimal_step(percent->q->number) * (1 + 1e-9)) {
            const Interval window = point_or_window(*percent->q);
            return PairVerdict{Verdict::compatible_rounding,
                               fmt::format("{} lies within the rounding window of {} ({}–{}%)", share_text(*point),
                                           percent->text, amount(window.low), amount(window.high)),
                               fmt::format("equal if the share was rounded to {}", step_name(percent->q->step)), ""};
        }
        return PairVerdict{Verdict::compatible_share,
                           fmt::format("{} is {} at the stated precision", share_text(*point), percent->text),
                           fmt::format("equal if {} is the share {} rounded", percent->text, point->text), ""};
    }
    std::string explanation;
    if (ia.contains(ib)) {
        explanation = fmt::format("{} covers {}", share_text(a), share_text(b));
    } else if (ib.contains(ia)) {
        explanation = fmt::format("{} covers {}", share_text(b), share_text(a));
    } else {
        explanation = fmt::format("{} and {} overlap", share_text(a), share_text(b));
    }
    const Interval both = ia.intersection(ib);
    const Interval rounded{std::round(both.low * 10) / 10, std::round(both.high * 10) / 10, both.low_closed,
                           both.high_closed};
    return PairVerdict{Verdict::compatible_bound, std::move(explanation),
                       fmt::format("consistent if the share is {}%", describe(rounded)), ""};
}

Quantity total_of(const Quantity& q) {
    Quantity total;
    total.number = total.number_high = total.allows.low = total.allows.high = *q.of;
    total.step = implied_step(*q.of);
    return total;
}

Quantity count_of(const Quantity& q) {
    Quantity count = q;
    count.of.reset();
    return count;
}

std::optional<PairVerdict> prefixed(std::optional<PairVerdict> verdict, std::string_view prefix) {
    if (verdict) {
        verdict->explanation = fmt::format("{}: {}", prefix, verdict->explanation);
    }
    return verdict;
}

// Two shares: counts and totals of "N of M" separately, percentages at
// their written precision, else as shares.
std::optional<PairVerdict> compare_two_shares(const Side& a, const Side& b) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (counted_of(x) && counted_of(y)) {
        // "136 of 183" vs "136 of 180": the counts and the totals separately.
        std::optional<PairVerdict> counts =
            prefixed(compare_amounts({&x, a.scope, a.total, a.text}, {&y, b.scope, b.total, b.text}), "counts");
        const Quantity tx = total_of(x);
        const Quantity ty = total_of(y);
        std::optional<PairVerdict> totals = prefixed(
            compare_amounts({&tx, a.scope, a.total, amount(*x.of)}, {&ty, b.scope, b.total, amount(*y.of)}), "totals");
        if (counts && totals) {
            return worse(*counts, *totals) ? counts : totals;
        }
        return counts ? counts : totals;
    }
    if (x.percent && y.percent && x.vague.empty() && y.vague.empty()) {
        // A percentage is rounded at its last written digit: 12% stands for [11.5, 12.5).
        const Quantity px = at_written_precision(x);
        const Quantity py = at_written_precision(y);
        return compare_amounts({&px, a.scope, a.total, a.text}, {&py, b.scope, b.total, b.text});
    }
    return compare_shares(a, b);
}

// A share against a count: "136 of 183" vs "136" compares the counts;
// failing that, the plain figure may be the total.
std::optional<PairVerdict> share_against_count(const Side& share, const Side& count) {
    if (!counted_of(*share.q)) {
        return PairVerdict{
            Verdict::unit_mismatch,
            fmt::format("{} is a share and {} a count: without a total they do not compare", share.text, count.text),
            "", ""};
    }
    const Quantity part = count_of(*share.q);
    const Side part_side{&part, share.scope, share.total, share.text};
    std::optional<PairVerdict> counts = compare_amounts(part_side, count);
    if (counts && severity_of(counts->verdict) == Severity::error) {
        const Quantity total = total_of(*share.q);
        const Side total_side{&total, share.scope, share.total, amount(*share.q->of)};
        std::optional<PairVerdict> totals = compare_amounts(total_side, count);
        if (!totals || severity_of(totals->verdict) != Severity::error) {
            return PairVerdict{
                Verdict::scope_difference,
                fmt::format("{} counts a part of the total {}, which matches {}", share.text, amount(*share.q->of),
                            count.text),
                fmt::format("consistent if {} counts the whole and {} a part of it", count.text, share.text), ""};
        }
    }
    return counts;
}

}  // namespace

bool is_share(const Quantity& q) {
    return q.percent || !q.vague.empty() || counted_of(q);
}

// Same scope: dimensions, shares and counts.
std::optional<PairVerdict> compare_same_scope(const Side& a, const Side& b) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (x.duration != y.duration) {
        const Side& duration = x.duration ? a : b;
        const Side& other = x.duration ? b : a;
        return PairVerdict{
            Verdict::unit_mismatch,
            fmt::format("{} is a duration and {} is not: the units do not convert", duration.text, other.text), "", ""};
    }
    const bool share_x = is_share(x);
    const bool share_y = is_share(y);
    if (share_x && share_y) {
        return compare_two_shares(a, b);
    }
    if (share_x != share_y) {
        return share_x ? share_against_count(a, b) : share_against_count(b, a);
    }
    return compare_amounts(a, b);
}
}  // namespace claimcheck::compare::numeric
