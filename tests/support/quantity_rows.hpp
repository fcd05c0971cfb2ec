// What the quantity table tests check of each row, in one place: the
// interval as text, a value that must parse, a canonical text that must
// read back the same, a figure that must show again in its written unit,
// and a value that must be refused with an exact message at an exact byte.
#pragma once

#include "grammar/value.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <variant>

namespace claimcheck::grammar::testing {

// A physical dimension by its name in data/dimensions.tsv ("length").
inline Dimension physical(std::string_view name) {
    // Test tables call it before any test runs: a name the file lacks throws.
    return units::physical_dimension(name).value();
}

// "[175, 185)", "(20, inf)".
inline std::string interval(const Quantity& q) {
    auto num = [](double v) {
        if (std::isinf(v)) {
            return std::string(v > 0 ? "inf" : "-inf");
        }
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.10g", v);
        return std::string(buf);
    };
    return (q.allows.low_closed ? "[" : "(") + num(q.allows.low) + ", " + num(q.allows.high) +
           (q.allows.high_closed ? "]" : ")");
}

inline Quantity quantity(std::string_view value) {
    auto result = parse_quantity(value);
    if (const auto* error = std::get_if<ParseError>(&result)) {
        FAIL("'" << value << "' did not parse: " << error->message << " at " << error->offset);
    }
    return std::get<Quantity>(result);
}

// The canonical text parses back to the same quantity.
inline void check_reads_back(std::string_view value) {
    CAPTURE(value);
    const auto q = quantity(value);
    const auto again = quantity(q.canonical);
    CHECK(again.canonical == q.canonical);
    CHECK(again.dimension == q.dimension);
    CHECK(interval(again) == interval(q));
    CHECK(again.currency == q.currency);
    CHECK(again.change == q.change);
    CHECK(again.step == q.step);
}

// The canonical figure shows again in the unit the value was written in.
inline void check_written_again(std::string_view value) {
    CAPTURE(value);
    const auto q = quantity(value);
    if (std::isfinite(q.number) && q.scale != 0) {
        CHECK((q.number - q.offset) / q.scale == Approx(q.written).margin(1e-9));
    }
}

// A value that must be refused: the byte its error points at, and the message.
struct Refused {
    std::string value;
    std::size_t offset;
    const char* message;
};

// The value is refused with exactly `message`, at byte `offset`.
inline void check_refused(std::string_view value, std::size_t offset, std::string_view message) {
    CAPTURE(value);
    auto result = parse_quantity(value);
    const auto* error = std::get_if<ParseError>(&result);
    REQUIRE(error != nullptr);
    CHECK(error->offset == offset);
    CHECK(error->message == message);
}

inline void check_refused(const Refused& row) {
    check_refused(row.value, row.offset, row.message);
}

}  // namespace claimcheck::grammar::testing
