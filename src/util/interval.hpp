// The figures a value allows, as an interval whose ends are open or closed
// ([11.5, 12.5) for "12%", (180, +inf) for "more than 180"): the one interval
// type of the grammar's quantities and the engine's numeric rules.
#pragma once

namespace claimcheck {

struct Interval {
    double low = 0;
    double high = 0;
    bool low_closed = true;
    bool high_closed = true;

    // [x, x]
    static Interval point(double x) { return {x, x, true, true}; }

    // Whether the two share a figure (ends that only touch share one when both are closed).
    bool intersects(const Interval& other) const;
    // Whether every figure of `inner` is in this interval.
    bool contains(const Interval& inner) const;
    bool contains(double x) const { return contains(point(x)); }
    // The figures both allow (meaningful when they intersect).
    Interval intersection(const Interval& other) const;
    // The same ends, swapped: a figure shown in a unit with a negative scale.
    Interval mirrored() const { return {high, low, high_closed, low_closed}; }
    // Every figure negated: [-high, -low].
    Interval negated() const { return {-high, -low, high_closed, low_closed}; }

    friend bool operator==(const Interval&, const Interval&) = default;
};

}  // namespace claimcheck
