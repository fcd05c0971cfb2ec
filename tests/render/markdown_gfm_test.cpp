// The report parses as GitHub-flavoured Markdown (cmark-gfm, as GitHub uses):
// its tables are tables, its links point at the article lines, and no text
// from the input turns into markup.
#include "render/escape.hpp"
#include "render/gfm.hpp"
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace claimcheck;
using test::GfmDocument;

namespace {

std::string trimmed(std::string text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) {
        return {};
    }
    text.erase(0, first);
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
}

// Every row of every table has as many cells as its header.
void check_rectangular(const GfmDocument& doc) {
    for (cmark_node* table : doc.nodes("table")) {
        int header_cells = -1;
        for (cmark_node* row = cmark_node_first_child(table); row != nullptr; row = cmark_node_next(row)) {
            int cells = 0;
            for (cmark_node* cell = cmark_node_first_child(row); cell != nullptr; cell = cmark_node_next(cell)) {
                ++cells;
            }
            if (header_cells < 0) {
                header_cells = cells;
            }
            CHECK(cells == header_cells);
        }
    }
}

// No link hides its target: the only links are e-mail autolinks whose text
// is the address itself.
void check_no_hidden_links(const GfmDocument& doc) {
    for (cmark_node* link : doc.nodes("link")) {
        const std::string url = cmark_node_get_url(link);
        CHECK(url == "mailto:" + GfmDocument::text_of(link));
    }
}

std::map<std::string, int> census(const GfmDocument& doc) {
    std::map<std::string, int> counts;
    doc.each([&](cmark_node* node) { ++counts[GfmDocument::type(node)]; });
    return counts;
}

}  // namespace

TEST_CASE("every table of the report parses as a GFM table") {
    const GfmDocument doc(render::markdown_report(test::sample_result(), ".."));
    // draft review, sources, agreement, three findings, one timeline, stale entries
    CHECK(doc.nodes("table").size() == 8);
    check_rectangular(doc);
    CHECK(doc.nodes("html_block").empty());
    CHECK(doc.nodes("html_inline").empty());
    CHECK(doc.nodes("heading").size() == 15);
}

TEST_CASE("links point at the article lines and the outlet's page") {
    const GfmDocument doc(render::markdown_report(test::sample_result(), ".."));
    const auto targets = doc.link_targets();
    const std::set<std::string> distinct(targets.begin(), targets.end());
    const std::set<std::string> expected = {
        "https://example.com/archyde/nara",           "../claims/nara-summit/articles/001.txt",
        "../claims/nara-summit/articles/002.txt",     "../claims/nara-summit/articles/003.txt",
        "../claims/nara-summit/articles/001.txt#L13", "../claims/nara-summit/articles/002.txt#L7",
        "../claims/nara-summit/articles/002.txt#L2",  "../claims/nara-summit/articles/003.txt#L1",
        "../claims/nara-summit/articles/001.txt#L20", "../claims/nara-summit/articles/003.txt#L4",
        "../claims/nara-summit/articles/001.txt#L30", "../claims/nara-summit/articles/002.txt#L31",
        "../claims/nara-summit/003.toml#L14",
    };
    CHECK(distinct == expected);
}

TEST_CASE("folded parts still hold a table") {
    StoryResult result = test::sample_result();
    while (result.findings[0].claims.size() <= 8) {
        result.findings[0].claims.push_back(result.findings[0].claims.front());
    }
    const GfmDocument doc(render::markdown_report(result, ".."));
    CHECK(doc.nodes("table").size() == 8);
    CHECK(doc.nodes("html_block").size() == 2);  // <details><summary>… and </details>
}

TEST_CASE("hostile text gives the report no new structure") {
    const GfmDocument plain(render::markdown_report(test::sample_result(), ".."));
    StoryResult hostile = test::hostile_result();
    hostile.findings[0].diff.clear();
    const GfmDocument doc(render::markdown_report(hostile, ".."));
    check_rectangular(doc);
    auto expected = census(plain);
    auto got = census(doc);
    // Hostile outlets have no usable URL, so the outlet link is gone; e-mail
    // addresses in the text are autolinked by GitHub, showing their target.
    std::size_t mail = 0;
    for (const auto& target : doc.link_targets()) {
        mail += target.rfind("mailto:", 0) == 0 ? 1 : 0;
    }
    CHECK(got["link"] == expected["link"] - 1 + static_cast<int>(mail));
    for (const char* type : {"heading", "table", "table_row", "table_cell", "list", "item", "strong", "emph", "code",
                             "code_block", "block_quote", "thematic_break", "paragraph"}) {
        INFO(type);
        CHECK(got[type] == expected[type]);
    }
    for (const char* type : {"image", "html_inline", "html_block", "strikethrough", "linebreak"}) {
        INFO(type);
        CHECK(got[type] == 0);
    }
    for (const auto& target : doc.link_targets()) {
        CHECK((target.rfind("../claims/nara-summit/", 0) == 0 || target == "mailto:user@evil.example"));
    }
}

TEST_CASE("escaped text reads back exactly, in a paragraph and in a table cell") {
    for (const auto& hostile : test::hostile_strings()) {
        INFO(hostile);
        const std::string expected = trimmed(render::escape::one_line(hostile));
        {
            const GfmDocument doc("Text: " + render::escape::markdown(hostile) + "\n");
            for (const auto& [type, n] : census(doc)) {
                INFO(type);
                CHECK((type == "document" || type == "paragraph" || type == "text" || type == "link"));
            }
            check_no_hidden_links(doc);
            CHECK(trimmed(GfmDocument::text_of(doc.root())) == trimmed("Text: " + expected));
        }
        {
            const GfmDocument doc("| a | b |\n| --- | --- |\n| " + render::escape::markdown(hostile) + " | end |\n");
            const auto cells = doc.nodes("table_cell");
            REQUIRE(cells.size() == 4);
            CHECK(GfmDocument::text_of(cells[2]) == expected);
            CHECK(GfmDocument::text_of(cells[3]) == "end");
            check_no_hidden_links(doc);
        }
        {
            const GfmDocument doc("# " + render::escape::markdown(hostile) + "\n");
            REQUIRE(doc.nodes("heading").size() == 1);
            CHECK(GfmDocument::text_of(doc.root()) == expected);
        }
    }
}

TEST_CASE("code spans hold any text literally, in and out of tables") {
    for (const auto& hostile : test::hostile_strings()) {
        INFO(hostile);
        const std::string expected = render::escape::one_line(hostile);
        {
            const GfmDocument doc("Id " + render::escape::markdown_code(hostile, false) + "\n");
            const auto code = doc.nodes("code");
            REQUIRE(code.size() == 1);
            CHECK(cmark_node_get_literal(code[0]) == expected);
        }
        {
            const GfmDocument doc("| a | b |\n| --- | --- |\n| " + render::escape::markdown_code(hostile, true) +
                                  " | end |\n");
            const auto cells = doc.nodes("table_cell");
            REQUIRE(cells.size() == 4);
            const auto code = doc.nodes("code");
            REQUIRE(code.size() == 1);
            CHECK(cmark_node_get_literal(code[0]) == expected);
        }
    }
}

TEST_CASE("a code block cannot be closed by its content") {
    const std::string diff = "one ``` two\n```\n````\nthree";
    const GfmDocument doc(render::escape::markdown_code_block(diff) + "after\n");
    const auto blocks = doc.nodes("code_block");
    REQUIRE(blocks.size() == 1);
    CHECK(std::string(cmark_node_get_literal(blocks[0])) == diff + "\n");
    CHECK(doc.nodes("paragraph").size() == 1);
}
