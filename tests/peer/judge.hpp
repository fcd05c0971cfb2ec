// Judging one phrase of a peer corpus: read right, read to another value
// (a misread), refused, or out of scope; and the scanner on running text.
#pragma once

#include "expected.hpp"

#include <string>

namespace claimcheck::peer {

enum class Outcome { right, misread, refused };

struct Judged {
    Outcome outcome = Outcome::refused;
    std::string got;  // the reading ("3 km", "2013-02-12T17:00Z..."), or the error
};

// A quantity phrase through grammar::parse_quantity.
Judged judge_quantity(const std::string& phrase, const Expected& expected);

// A time phrase through grammar::parse_date, at Duckling's reference time.
Judged judge_date(const std::string& phrase, const Expected& expected);

// Whether a quantity the scanner found is quantulum3's `value` in `dimension`
// (nullopt: quantulum's unit has no claimcheck dimension; the figure decides).
bool scanned_right(const grammar::Quantity& found, double value, std::optional<grammar::Dimension> dimension,
                   std::optional<double> uncertainty);

}  // namespace claimcheck::peer
