// Tab-separated data files: rows, comments, blank lines, CRLF.
#include "util/tsv.hpp"

#include <catch2/catch.hpp>

using claimcheck::text::numbered_tsv_rows;
using claimcheck::text::split;
using claimcheck::text::tsv_rows;

TEST_CASE("tsv rows skip comments and blank lines", "[tsv]") {
    const auto rows = tsv_rows("# header\n\nrule\tch\tj\r\nword\tlee\tyi\n# end");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string_view>{"rule", "ch", "j"});
    CHECK(rows[1] == std::vector<std::string_view>{"word", "lee", "yi"});
    CHECK(tsv_rows("# only a comment\n").empty());
}

TEST_CASE("numbered tsv rows carry the line each came from", "[tsv]") {
    const auto rows = numbered_tsv_rows("# header\n\nrule\tch\tj\r\n# note\nword\tlee\tyi\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 3);
    CHECK(rows[0].cells == std::vector<std::string_view>{"rule", "ch", "j"});
    CHECK(rows[1].line == 5);
    CHECK(rows[1].cells == std::vector<std::string_view>{"word", "lee", "yi"});
}

TEST_CASE("split drops empty pieces", "[tsv]") {
    CHECK(split("a  b", ' ') == std::vector<std::string_view>{"a", "b"});
    CHECK(split("", ' ').empty());
    CHECK(split("a\t\tb\t", '\t') == std::vector<std::string_view>{"a", "b"});
}

TEST_CASE("strict rows: a row's columns and a two-valued cell, or an error naming file and row", "[tsv]") {
    using claimcheck::text::require_columns;
    using claimcheck::text::yes_or_no;
    const std::vector<std::string_view> row{"₹", "INR", "before", "yes"};
    CHECK_NOTHROW(require_columns(row, 4, "data/currencies.tsv"));
    CHECK_THROWS_WITH(require_columns(row, 3, "data/currencies.tsv"), "data/currencies.tsv: a row needs 3 columns: ₹");
    CHECK(yes_or_no(row, 3, "yes", "no", "data/currencies.tsv"));
    CHECK_FALSE(yes_or_no({"Rs", "INR", "before", "no"}, 3, "yes", "no", "data/currencies.tsv"));
    CHECK_THROWS_WITH(yes_or_no(row, 2, "yes", "no", "data/currencies.tsv"),
                      "data/currencies.tsv: expected 'yes' or 'no' in the row of '₹', not 'before'");
}
