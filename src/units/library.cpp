#include "units/library.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace claimcheck::units::detail {

namespace {

double round_significant(double x) {
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%.12g", x);
    return std::strtod(buf.data(), nullptr);
}

}  // namespace

Library& Library::get() {
    static Library instance;
    return instance;
}

int Library::converter(const std::string& expression, std::optional<Dimension> expected) {
    std::lock_guard lock(mutex_);
    const auto known = ids_.find(expression);
    if (known != ids_.end()) {
        return known->second;
    }
    const int id = make(expression, expected);
    ids_.emplace(expression, id);
    return id;
}

const Converter& Library::at(int id) {
    std::lock_guard lock(mutex_);
    return converters_.at(static_cast<std::size_t>(id));
}

Library::~Library() {
    for (const auto& c : converters_) {
        cv_free(c.forward);
        cv_free(c.backward);
    }
    ut_free_system(system_);
}

Library::Library() {
    ut_set_error_message_handler(ut_ignore);
    system_ = ut_read_xml(nullptr);
    if (system_ == nullptr) {
        throw std::runtime_error("the UDUNITS-2 units database could not be read");
    }
}

int Library::make(const std::string& expression, std::optional<Dimension> expected) {
    ut_unit* unit = ut_parse(system_, expression.c_str(), UT_UTF8);
    if (unit == nullptr) {
        return -1;
    }
    int id = -1;
    for (const auto& [dimension, name] : canonical_units()) {
        if (expected && *expected != dimension) {
            continue;
        }
        ut_unit* target = ut_parse(system_, name.c_str(), UT_ASCII);
        if (target != nullptr && ut_are_convertible(unit, target) != 0) {
            Converter c{dimension, ut_get_converter(unit, target), ut_get_converter(target, unit)};
            if (cv_convert_double(c.forward, 0) == 0) {
                c.factor = round_significant(cv_convert_double(c.forward, 1));
            }
            // A unit measures upwards: an expression UDUNITS-2 reads with a
            // factor of zero or below ("km2-1" is km² times -1) is no unit.
            if (cv_convert_double(c.forward, 1) > cv_convert_double(c.forward, 0)) {
                converters_.push_back(c);
                id = static_cast<int>(converters_.size()) - 1;
            } else {
                cv_free(c.forward);
                cv_free(c.backward);
            }
        }
        ut_free(target);
        if (id >= 0) {
            break;
        }
    }
    ut_free(unit);
    return id;
}

}  // namespace claimcheck::units::detail
