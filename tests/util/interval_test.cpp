// The interval algebra of values: whether two intervals share a
// figure, whether one holds the other, and the figures both allow, with open
// and closed ends. Tests src/util/interval.cpp.
#include "util/interval.hpp"

#include <catch2/catch.hpp>

#include <limits>
#include <vector>

using claimcheck::Interval;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// a, b → whether they intersect, whether a contains b, and (when they
// intersect) the intersection.
struct Row {
    Interval a;
    Interval b;
    bool intersects;
    bool contains;
    Interval both;
};

const std::vector<Row> rows{
    {{1, 2, true, true}, {2, 3, true, true}, true, false, {2, 2, true, true}},        // closed ends touch
    {{1, 2, true, false}, {2, 3, true, true}, false, false, {}},                      // [1, 2) and [2, 3]
    {{1, 2, true, true}, {2, 3, false, true}, false, false, {}},                      // [1, 2] and (2, 3]
    {{2, 3, true, true}, {1, 2, true, true}, true, false, {2, 2, true, true}},        // the other way round
    {{1, 2, true, true}, {3, 4, true, true}, false, false, {}},                       // apart
    {{0, 10, true, true}, {2, 3, true, true}, true, true, {2, 3, true, true}},        // inside
    {{0, 10, false, false}, {0, 1, true, true}, true, false, {0, 1, false, true}},    // an open end holds no end
    {{0, 10, false, false}, {0, 1, false, true}, true, true, {0, 1, false, true}},    // open at both
    {{0, 10, true, true}, {0, 10, false, false}, true, true, {0, 10, false, false}},  // closed holds open
    {{-inf, 5, true, true}, {5, inf, true, true}, true, false, {5, 5, true, true}},   // "at most 5", "at least 5"
    {{-inf, 5, true, false}, {5, inf, true, true}, false, false, {}},                 // "less than 5", "at least 5"
    {{11.5, 12.5, true, false}, {12, 13, true, true}, true, false, {12, 12.5, true, false}},  // overlap
};

}  // namespace

TEST_CASE("intervals: intersection and containment with open and closed ends", "[numeric][interval]") {
    for (const Row& row : rows) {
        CAPTURE(row.a.low, row.a.high, row.a.low_closed, row.a.high_closed, row.b.low, row.b.high, row.b.low_closed,
                row.b.high_closed);
        CHECK(row.a.intersects(row.b) == row.intersects);
        CHECK(row.b.intersects(row.a) == row.intersects);
        CHECK(row.a.contains(row.b) == row.contains);
        if (row.intersects) {
            CHECK(row.a.intersection(row.b) == row.both);
            CHECK(row.b.intersection(row.a) == row.both);
        }
    }
}

TEST_CASE("intervals: a figure is inside when an end that reaches it is closed", "[numeric][interval]") {
    const Interval window{11.5, 12.5, true, false};  // "12%" at its written precision
    CHECK(window.contains(11.5));
    CHECK(window.contains(12));
    CHECK_FALSE(window.contains(12.5));
    CHECK_FALSE(window.contains(11));
    CHECK(Interval::point(3).contains(3));
    CHECK(window.mirrored() == Interval{12.5, 11.5, false, true});
}
