// The scanner tries the in-text rules only at words their first-word lists
// name (may_start_quantity, may_start_date). Those lists must name every
// word a match can start with: here both rules run at every word start of
// every article of the stories and fixtures and of data/in_text_phrases.txt,
// ungated, and each match that starts with an ASCII letter must start at a
// word the lists name. Removing an entry from a list fails this test.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"
#include "grammar/date/date.hpp"
#include "grammar/quantity/quantity.hpp"
#include "grammar/text.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace x3 = boost::spirit::x3;
using namespace claimcheck::grammar;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every article of the stories and test fixtures, and the phrase list.
std::vector<fs::path> corpus() {
    std::vector<fs::path> files{fs::path(CLAIMCHECK_TEST_DIR) / "grammar/data/in_text_phrases.txt"};
    for (const auto* root : {"claims", "tests/fixtures"}) {
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(CLAIMCHECK_SOURCE_DIR) / root)) {
            if (entry.is_regular_file() && entry.path().extension() == ".txt" &&
                entry.path().parent_path().filename() == "articles") {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

struct Miss {
    std::string file;
    std::string word;
};

// Runs `rule` at every start of a word of ASCII letters in `text`; returns
// the words where it matches but `may_start` says no match can start.
template <typename Attribute, typename Rule>
std::vector<std::string> ungated_matches(std::string_view text, const Rule& rule,
                                         bool (*may_start)(const char*, const char*), int& matches) {
    std::vector<std::string> missed;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    for (const char* p = begin; p != end; ++p) {
        if (!text::is_ascii_letter(*p) || !text::at_word_start(begin, p, end)) {
            continue;
        }
        const char* first = p;
        Attribute tree;
        bool matched = false;
        try {
            matched = x3::phrase_parse(first, end, rule, x3::ascii::space, tree, x3::skip_flag::dont_post_skip);
        } catch (const std::exception&) {
            matched = false;
        }
        if (!matched || first == p) {
            continue;
        }
        ++matches;
        if (!may_start(p, end)) {
            const char* word_end = p;
            while (word_end != end && text::is_ascii_letter(*word_end)) {
                ++word_end;
            }
            missed.emplace_back(p, word_end);
        }
    }
    return missed;
}

template <typename Attribute, typename Rule>
void check_first_words(const Rule& rule, bool (*may_start)(const char*, const char*)) {
    int matches = 0;
    std::set<std::string> missed;
    for (const auto& file : corpus()) {
        for (const auto& word : ungated_matches<Attribute>(read(file), rule, may_start, matches)) {
            missed.insert(word + " (" + file.filename().string() + ")");
        }
    }
    CHECK(matches > 100);  // the corpus exercises the rule
    CAPTURE(missed);
    CHECK(missed.empty());
}

}  // namespace

TEST_CASE("first words: every quantity in text starts at a word the scanner's list names") {
    check_first_words<ast::quantity>(parser::quantity_in_text(), parser::may_start_quantity);
}

TEST_CASE("first words: every date in text starts at a word the scanner's list names") {
    check_first_words<ast::date>(parser::date_in_text(), parser::may_start_date);
}

TEST_CASE("first words: a word no list names is turned away") {
    const std::string_view text = "zebra crossing";
    CHECK_FALSE(parser::may_start_quantity(text.data(), text.data() + text.size()));
    CHECK_FALSE(parser::may_start_date(text.data(), text.data() + text.size()));
}
