// named_unit remembered per thread (units.hpp).
#include <string>
#include <unordered_map>

#include "units/units.hpp"
#include "util/text.hpp"

namespace claimcheck::units {

NamedUnit remembered_named_unit(std::string_view unit) {
    // A story names a handful of units; text::remembered starts afresh
    // past its limit, so hostile input naming many stays bounded.
    thread_local std::unordered_map<std::string, NamedUnit> memo;
    return text::remembered(
        memo, unit, [&] { return named_unit(unit); }, 256);
}

}  // namespace claimcheck::units
