// The UDUNITS-2 system behind the unit tables: an expression's converter into
// its dimension's canonical unit. Internal to src/units.
#pragma once

#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <udunits2.h>

#include "units/dimension.hpp"

namespace claimcheck::units::detail {

// A conversion into the canonical unit. Scalings (no offset) use their
// factor rounded to 12 significant digits, so that a year is exactly 365.2425
// days however UDUNITS-2 composes it; offsets (temperatures) use UDUNITS-2.
struct Converter {
    Dimension dimension;
    cv_converter* forward;
    cv_converter* backward;
    double factor = 0;  // 0: not a pure scaling
};

// The UDUNITS-2 system, loaded on first use, and the converters found so far.
class Library {
  public:
    static Library& get();

    // The converter of a UDUNITS expression; -1 when it is not a unit of a
    // dimension claimcheck compares.
    int converter(const std::string& expression, std::optional<Dimension> expected);
    const Converter& at(int id);

    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
    ~Library();

  private:
    Library();
    int make(const std::string& expression, std::optional<Dimension> expected);

    std::mutex mutex_;
    ut_system* system_ = nullptr;
    std::map<std::string, int> ids_;
    std::deque<Converter> converters_;  // stable references
};

}  // namespace claimcheck::units::detail
