// The streaming JSON writer writes the bytes nlohmann's dump(2, ' ', false,
// error_handler_t::replace) writes for the same document: the outputs were
// written with it before they were streamed, and CI diffs them.
#include "render/json_writer.hpp"
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace claimcheck;
using Json = nlohmann::ordered_json;

namespace {

std::string dump(const Json& value) {
    return value.dump(2, ' ', false, Json::error_handler_t::replace);
}

// {"text": <text>, "list": [<text>, <text>]} through the writer.
std::string written(std::string_view text) {
    std::string out;
    {
        render::Output output(out);
        render::JsonWriter w(output);
        w.begin_object();
        w.string("text", text);
        w.strings("list", {std::string(text), std::string(text)});
        w.end_object();
    }
    return out;
}

}  // namespace

TEST_CASE("strings are escaped as nlohmann escapes them") {
    const std::vector<std::pair<std::string, std::string>> rows{
        {"plain ASCII", "183 people"},
        {"empty", ""},
        {"non-ASCII as it is", "Lee–Takaichi “summit” in Nara, 奈良, Ελευθέριος"},
        {"quotes and backslashes", "he said \"no\" \\ twice"},
        {"line breaks and tabs", "one\ntwo\r\tthree\b\f"},
        {"other control characters as \\u00xx", std::string("nul \0 unit \x1f esc \x1b", 18)},
        {"DEL as it is", "del \x7f"},
        {"invalid UTF-8 as U+FFFD", "bad \xff byte, cut \xe2\x80 sequence"},
        {"a slash as it is", "claimcheck/v1 https://example.org/a"},
    };
    for (const auto& [what, text] : rows) {
        INFO(what);
        const Json expected{{"text", text}, {"list", Json::array({text, text})}};
        CHECK(written(text) == dump(expected));
    }
}

TEST_CASE("nesting, empty containers, numbers, booleans and nulls are laid out as nlohmann lays them out") {
    std::string out;
    {
        render::Output output(out);
        render::JsonWriter w(output);
        w.begin_object();
        w.integer("n", -42);
        w.boolean("yes", true);
        w.boolean("no", false);
        w.position("line", 0);
        w.position("column", 7);
        w.key("empty_list");
        w.begin_array();
        w.end_array();
        w.key("empty_object");
        w.begin_object();
        w.end_object();
        w.key("nested");
        w.begin_array();
        w.begin_object();
        w.key("inner");
        w.begin_array();
        w.integer(1);
        w.null();
        w.end_array();
        w.end_object();
        w.end_array();
        w.end_object();
    }
    const Json expected{{"n", -42},
                        {"yes", true},
                        {"no", false},
                        {"line", nullptr},
                        {"column", 7},
                        {"empty_list", Json::array()},
                        {"empty_object", Json::object()},
                        {"nested", Json::array({Json{{"inner", Json::array({1, nullptr})}}})}};
    CHECK(out == dump(expected));
}

TEST_CASE("JSON and SARIF over several stories read back to the same bytes") {
    const std::vector<StoryResult> results{test::sample_result(), test::sample_result()};
    const std::string json = render::json(results);
    const std::string sarif = render::sarif(results, "1");
    CHECK(json == dump(Json::parse(json)) + "\n");
    CHECK(sarif == dump(Json::parse(sarif)) + "\n");
    CHECK(Json::parse(json)["stories"].size() == 2);
}
