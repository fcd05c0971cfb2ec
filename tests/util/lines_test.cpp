// Lines of a text: offsets to lines and columns, and the text of a line.
#include "util/lines.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using text::Lines;

TEST_CASE("columns count code points, not bytes") {
    CHECK(text::column_of("abc", 2) == 3);
    CHECK(text::column_of("한국 Korea", 7) == 4);  // two Hangul syllables and a space
    CHECK(text::column_of("Chōsei", 4) == 4);      // ō is two bytes
}

TEST_CASE("line starts index every line") {
    CHECK(text::line_starts("a\nbc\n\nd") == std::vector<std::size_t>{0, 2, 5, 6});
    CHECK(text::line_starts("single") == std::vector<std::size_t>{0});
}

TEST_CASE("an offset is on the line whose start is the last at or before it") {
    const std::string_view s = "a\nbc\n\nd";
    const Lines lines(s);
    CHECK(lines.count() == 4);
    CHECK(lines.line_of(0) == 1);
    CHECK(lines.line_of(1) == 1);  // the '\n' belongs to the line it ends
    CHECK(lines.line_of(2) == 2);
    CHECK(lines.line_of(4) == 2);
    CHECK(lines.line_of(5) == 3);
    CHECK(lines.line_of(6) == 4);
    CHECK(lines.line_of(100) == 4);  // past the end: the last line
    CHECK(lines.start(1) == 0);
    CHECK(lines.start(3) == 5);
    CHECK(lines.start(4) == 6);
    CHECK(lines.start(0) == s.size());  // no such line: the end of the text
    CHECK(lines.start(5) == s.size());
}

TEST_CASE("a newline at the end of a text starts no further line") {
    const std::string_view s = "a\nb\n";
    const Lines lines(s);
    CHECK(lines.count() == 2);
    CHECK(lines.line_of(4) == 2);
    CHECK(lines.line_text(s, 2) == "b");
    CHECK(lines.line_text(s, 3).empty());
    CHECK(lines.start(3) == s.size());
    CHECK(Lines("").count() == 1);
    CHECK(Lines().count() == 0);
    CHECK(Lines().line_text("a", 1).empty());
}

TEST_CASE("the text of a line leaves out its ending, and a '\\r' only when endings may be CRLF") {
    const std::string_view s = "one\r\ntwo\n\r\nthree\r";
    const Lines lf(s);
    CHECK(lf.line_text(s, 1) == "one\r");
    CHECK(lf.line_text(s, 2) == "two");
    CHECK(lf.line_text(s, 3) == "\r");
    CHECK(lf.line_text(s, 4) == "three\r");
    const Lines crlf(s, Lines::Ending::crlf);
    CHECK(crlf.line_text(s, 1) == "one");
    CHECK(crlf.line_text(s, 2) == "two");
    CHECK(crlf.line_text(s, 3).empty());
    CHECK(crlf.line_text(s, 4) == "three");        // a '\r' at the end of the text ends its line too
    CHECK(crlf.line_text("x\r\r\n", 1) == "x\r");  // one '\r' only
    CHECK(crlf.line_text(s, 0).empty());
    CHECK(crlf.line_text(s, 5).empty());
}

TEST_CASE("a column counts the code points before the offset on its line") {
    const std::string_view s = "ab\n한국 Korea\nChōsei";
    const Lines lines(s);
    CHECK(lines.column_of(s, 0) == 1);
    CHECK(lines.column_of(s, 2) == 3);    // the '\n'
    CHECK(lines.column_of(s, 3) == 1);    // the start of line 2
    CHECK(lines.column_of(s, 10) == 4);   // 'K': two Hangul syllables and a space before it
    CHECK(lines.column_of(s, 20) == 4);   // the 's' of "Chōsei"
    CHECK(lines.column_of(s, 100) == 7);  // past the end: after the last line's last character
    // An offset in a CRLF ending counts the '\r' it follows.
    const std::string_view crlf = "ab\r\ncd";
    CHECK(Lines(crlf, Lines::Ending::crlf).column_of(crlf, 3) == 4);
}

TEST_CASE("the byte of a column is found on its line, and no further than the line's end") {
    const std::string_view s = "ab\n한국 Korea\nx";
    CHECK(text::byte_of_column(s, 0, 1) == 0);
    CHECK(text::byte_of_column(s, 0, 3) == 2);
    CHECK(text::byte_of_column(s, 0, 9) == 2);  // stops at the '\n'
    CHECK(text::byte_of_column(s, 3, 4) == 10);
    CHECK(text::byte_of_column(s, 16, 5) == s.size());
    const Lines lines(s);
    for (const std::size_t offset : {std::size_t{0}, std::size_t{3}, std::size_t{6}, std::size_t{10}}) {
        CHECK(text::byte_of_column(s, lines.start(lines.line_of(offset)), lines.column_of(s, offset)) == offset);
    }
}
