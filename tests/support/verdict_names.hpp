// Tests name verdicts as the outputs spell them ("compatible-rounding"), so a
// test reads like the spec's tables and also checks the table's names.
#pragma once

#include "model/verdict.hpp"

#include <ostream>
#include <string_view>

namespace claimcheck {

inline bool operator==(Verdict verdict, std::string_view name) {
    return to_string(verdict) == name;
}

inline std::ostream& operator<<(std::ostream& out, Verdict verdict) {
    return out << family_name(kind_of(verdict)) << "/" << to_string(verdict);
}

}  // namespace claimcheck
