// Output injection, end to end (docs/reliability.md): outlet names, quotes,
// notes, titles and article texts full of Markdown, HTML, workflow-command
// and terminal syntax come out of every format as text, never as structure.
#include "render/gfm.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

const std::string story_toml = R"toml([story]
title = "Hostile | <script>alert('title')</script> ](javascript:alert(0)) `t` ::error::title \u001b[31m"

[topic."deaths"]
kind = "quantity"
label = "Deaths | <img src=x onerror=alert(1)> ::warning file=x::label"
unit = "people"

[topic."mine.name"]
kind = "name"
label = "Mine [name](javascript:alert(1))"

[topic."pledge"]
kind = "quote"
label = "Pledge\nwith a newline ::error::pledge"
)toml";

// Raw bytes: a real ESC, a real backtick, a real pipe.
const std::string article_a =
    "Officials said 183 miners | <script>alert(1)</script> ](javascript:alert(1)) `tick` 100% "
    "::error::boom \x1b[31mred\x1b[0m perished.\n"
    "The mine is the Chosei <b>Coal</b> Mine.\n"
    "\"We will not ](javascript:alert(3)) forget | ever,\" she said.\n";

const std::string article_b =
    "Rescuers counted 250 miners %0A%25 ::error file=b::x dead.\n"
    "It was the Josei | Coal <script>x</script> Mine.\n"
    "\"We will never ](javascript:alert(5)) forget | ever,\" she said.\n";

const std::string source_a = R"toml([source]
outlet = "Evil | Outlet <script>alert('o')</script> ::error file=x.toml,line=1::pwned \u001b[31m %0A %25"
text = "articles/a.txt"
url = "javascript:alert(document.domain)"

[[claim]]
topic = "deaths"
quote = "183 miners | <script>alert(1)</script> ](javascript:alert(1)) `tick` 100% ::error::boom \u001b[31mred\u001b[0m perished"
value = "183 people"
note = "line one\n::error file=a.toml,line=1::injected\n| table | break |\n<script>alert(2)</script> ](javascript:alert(4)) \u001b[2J"

[[claim]]
topic = "mine.name"
quote = "Chosei <b>Coal</b> Mine"

[[claim]]
topic = "pledge"
quote = "We will not ](javascript:alert(3)) forget | ever,"
speaker = "PM | <i>x</i> ::error::speaker"
)toml";

const std::string source_b = R"toml([source]
outlet = "B `backtick` ](javascript:alert(2)) | \r\n::warning::b"
text = "articles/b.txt"

[[claim]]
topic = "deaths"
quote = "250 miners %0A%25 ::error file=b::x dead"
value = "250 people"
note = "`unclosed code | ](javascript:alert(6))"

[[claim]]
topic = "mine.name"
quote = "Josei | Coal <script>x</script> Mine"

[[claim]]
topic = "pledge"
quote = "We will never ](javascript:alert(5)) forget | ever,"
speaker = "PM | <i>x</i> ::error::speaker"
)toml";

struct Repo {
    testing::TempDir dir;
    Repo() {
        const fs::path story = dir.path() / "claims" / "hostile";
        testing::write_text(story / "story.toml", story_toml);
        testing::write_text(story / "articles" / "a.txt", article_a);
        testing::write_text(story / "articles" / "b.txt", article_b);
        testing::write_text(story / "a.toml", source_a);
        testing::write_text(story / "b.toml", source_b);
    }
    testing::Result run(std::vector<std::string> args) const {
        args.insert(args.end(), {"--no-baseline", "--color", "never"});
        auto result = testing::run_program(CLAIMCHECK_EXE, args, dir.path());
        INFO(result.err);
        CHECK((result.exit_code == 0 || result.exit_code == 1));  // findings, not input errors
        return result;
    }
};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Table cell separators of a Markdown table line: '|' not escaped by '\'.
std::size_t cell_separators(const std::string& line) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\') {
            ++i;
        } else if (line[i] == '|') {
            ++count;
        }
    }
    return count;
}

const std::vector<std::string> hostile_html{"<script", "<img", "<b>", "<i>"};

}  // namespace

TEST_CASE("the Markdown report renders hostile text as text") {
    Repo repo;
    repo.run({});
    const std::string report = testing::read_text(repo.dir.path() / "reports" / "hostile.md");
    REQUIRE_FALSE(report.empty());
    INFO(report);

    CHECK(report.find('\x1b') == std::string::npos);
    CHECK(report.find('\r') == std::string::npos);

    // No raw HTML and no javascript: link survives parsing as GitHub does.
    const test::GfmDocument doc(report);
    doc.each([&](cmark_node* node) {
        const std::string type = test::GfmDocument::type(node);
        if (type == "html_block" || type == "html_inline") {
            const std::string html = lower(cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "");
            INFO("HTML node: " << html);
            for (const auto& tag : hostile_html) {
                CHECK(html.find(tag) == std::string::npos);
            }
        }
        if (type == "link" || type == "image") {
            const char* url = cmark_node_get_url(node);
            INFO("link: " << (url ? url : ""));
            CHECK(lower(url ? url : "").find("javascript:") == std::string::npos);
        }
    });

    // Every row of a table has as many cells as its header: a '|' or a
    // newline inside a value never makes or breaks a cell.
    const auto lines = testing::lines_of(report);
    std::size_t header = 0;
    bool in_table = false;
    for (const auto& line : lines) {
        const bool table_line = line.rfind("|", 0) == 0;
        if (table_line && !in_table) {
            header = cell_separators(line);
        } else if (table_line) {
            INFO("table row: " << line);
            CHECK(cell_separators(line) == header);
        }
        in_table = table_line;
        // Text that would start a workflow command or an HTML block never starts a line.
        CHECK(line.rfind("::", 0) == std::string::npos);
        CHECK(lower(line).rfind("<script", 0) == std::string::npos);
    }
}

TEST_CASE("JSON output keeps hostile text exactly, as JSON strings") {
    Repo repo;
    const auto result = repo.run({"--format", "json"});
    const auto doc = nlohmann::json::parse(result.out);
    const auto& story = doc.at("stories").at(0);
    std::vector<std::string> outlets;
    for (const auto& source : story.at("sources")) {
        outlets.push_back(source.at("outlet").get<std::string>());
    }
    CHECK(std::find(outlets.begin(), outlets.end(),
                    "Evil | Outlet <script>alert('o')</script> ::error file=x.toml,line=1::pwned \x1b[31m %0A %25") !=
          outlets.end());
    bool quote_found = false;
    for (const auto& finding : story.at("findings")) {
        for (const auto& claim : finding.at("claims")) {
            quote_found = quote_found || claim.at("quote").get<std::string>().find("\x1b[31mred") != std::string::npos;
        }
    }
    CHECK(quote_found);
}

TEST_CASE("SARIF output parses and keeps hostile text in its messages") {
    Repo repo;
    const auto result = repo.run({"--format", "sarif"});
    const auto log = nlohmann::json::parse(result.out);
    CHECK(log.at("version") == "2.1.0");
    CHECK_FALSE(log.at("runs").at(0).at("results").empty());
}

TEST_CASE("GitHub annotations are only workflow commands that claimcheck makes") {
    Repo repo;
    const auto result = repo.run({"--format", "github", "--max-annotations", "100"});
    REQUIRE_FALSE(result.out.empty());
    CHECK(result.out.find('\r') == std::string::npos);
    CHECK(result.out.find('\x1b') == std::string::npos);
    const std::vector<std::string> commands{"error", "warning", "notice"};
    const std::vector<std::string> properties{"file", "line", "col", "endLine", "endColumn", "title"};
    for (const auto& line : testing::lines_of(result.out)) {
        INFO("line: " << line);
        REQUIRE(line.rfind("::", 0) == 0);
        const auto end = line.find("::", 2);
        REQUIRE(end != std::string::npos);
        // "::command key=value,key=value::message": the properties hold no
        // raw ':' or ',' of their own, so each key is one claimcheck wrote.
        const std::string head = line.substr(2, end - 2);
        const auto space = head.find(' ');
        CHECK(std::find(commands.begin(), commands.end(), head.substr(0, space)) != commands.end());
        if (space != std::string::npos) {
            std::istringstream props(head.substr(space + 1));
            for (std::string prop; std::getline(props, prop, ',');) {
                const std::string key = prop.substr(0, prop.find('='));
                INFO("property: " << prop);
                CHECK(prop.find('=') != std::string::npos);
                CHECK(std::find(properties.begin(), properties.end(), key) != properties.end());
            }
        }
    }
}

TEST_CASE("terminal output and diagnostics never carry a raw escape character") {
    Repo repo;
    const auto text = repo.run({});
    CHECK(text.out.find('\x1b') == std::string::npos);
    CHECK(text.err.find('\x1b') == std::string::npos);

    // A quote one typo away from the hostile line: the closest passage is
    // quoted in the diagnostic.
    testing::write_text(repo.dir.path() / "claims" / "hostile" / "c.toml",
                        "[source]\noutlet = \"C\"\ntext = \"articles/a.txt\"\n\n[[claim]]\ntopic = \"deaths\"\n"
                        "value = \"183\"\nquote = \"::error::boom \\u001b[31mred\\u001b[0m perishd\"\n");
    const auto lint = testing::run_program(CLAIMCHECK_EXE, {"lint", "--color", "never"}, repo.dir.path());
    INFO(lint.err);
    CHECK(lint.exit_code == 2);
    CHECK(lint.err.find("closest passage") != std::string::npos);
    CHECK(lint.err.find('\x1b') == std::string::npos);
    for (const auto& line : testing::lines_of(lint.err)) {
        CHECK(line.rfind("::", 0) == std::string::npos);
    }

    const auto article = (repo.dir.path() / "claims" / "hostile" / "articles" / "a.txt").string();
    const auto locate = testing::run_program(CLAIMCHECK_EXE, {"locate", article, "::error::boom"}, repo.dir.path());
    CHECK(locate.exit_code == 0);
    CHECK(locate.out.find('\x1b') == std::string::npos);
    const auto suggest = testing::run_program(CLAIMCHECK_EXE, {"suggest", article}, repo.dir.path());
    CHECK(suggest.exit_code == 0);
    CHECK(suggest.out.find('\x1b') == std::string::npos);
}

TEST_CASE("a file name with control characters is shown escaped in diagnostics") {
    Repo repo;
    const fs::path story = repo.dir.path() / "claims" / "hostile";
    testing::write_text(story / "c\x1b[31m,x:y.toml",
                        "[source]\noutlet = \"C\"\ntext = \"articles/a.txt\"\nvaule = 1\n");
    const auto lint = testing::run_program(CLAIMCHECK_EXE, {"lint", "--color", "never"}, repo.dir.path());
    INFO(lint.err);
    CHECK(lint.exit_code == 2);
    CHECK(lint.err.find("c\\x1b[31m,x:y.toml:4:1: error: unknown key 'vaule'") != std::string::npos);
    CHECK(lint.err.find('\x1b') == std::string::npos);
    const auto github = testing::run_program(CLAIMCHECK_EXE, {"--format", "github"}, repo.dir.path());
    CHECK(github.exit_code == 2);
    CHECK(github.out.find('\x1b') == std::string::npos);
}

TEST_CASE("a story folder named with escape sequences is escaped in the 'wrote' line too") {
    Repo repo;
    const std::string name = "t\x1b]0;pwned\x07\x1b[2J";
    fs::rename(repo.dir.path() / "claims" / "hostile", repo.dir.path() / "claims" / name);
    const auto run = testing::run_program(CLAIMCHECK_EXE, {"--color", "never"}, repo.dir.path());
    INFO(run.err);
    CHECK(run.err.find("wrote reports/t\\x1b]0;pwned\\x07\\x1b[2J.md") != std::string::npos);
    CHECK(run.err.find('\x1b') == std::string::npos);
    CHECK(run.err.find('\x07') == std::string::npos);
    CHECK(run.out.find('\x1b') == std::string::npos);
}
