#include "util/interval.hpp"

namespace claimcheck {

bool Interval::intersects(const Interval& other) const {
    if (high < other.low || other.high < low) {
        return false;
    }
    if (high == other.low) {
        return high_closed && other.low_closed;
    }
    if (other.high == low) {
        return other.high_closed && low_closed;
    }
    return true;
}

bool Interval::contains(const Interval& inner) const {
    const bool low_ok = low < inner.low || (low == inner.low && (low_closed || !inner.low_closed));
    const bool high_ok = inner.high < high || (high == inner.high && (high_closed || !inner.high_closed));
    return low_ok && high_ok;
}

Interval Interval::intersection(const Interval& other) const {
    Interval out;
    if (low > other.low || (low == other.low && !low_closed)) {
        out.low = low;
        out.low_closed = low_closed;
    } else {
        out.low = other.low;
        out.low_closed = other.low_closed;
    }
    if (high < other.high || (high == other.high && !high_closed)) {
        out.high = high;
        out.high_closed = high_closed;
    } else {
        out.high = other.high;
        out.high_closed = other.high_closed;
    }
    return out;
}

}  // namespace claimcheck
