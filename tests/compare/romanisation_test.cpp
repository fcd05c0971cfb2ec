// The naming ladder's tables: each romanisation system, the Wade–Giles
// syllable table, letters with more than one spelling, ICU script readers.
#include "compare/romanisation.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck::compare;

namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        out += w;
    }
    return out;
}

bool same_under(std::string_view id, const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const auto& system = romanisation::system(id);
    return joined(romanisation::apply(system, a)) == joined(romanisation::apply(system, b));
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("Wade–Giles syllables read as Pinyin", "[romanisation][wade-giles]") {
    struct Row {
        std::vector<std::string> wade_giles;
        std::string pinyin;
        bool same;
    };
    const std::vector<Row> rows = {
        {{"mao", "tse", "tung"}, "maozedong", true},       {{"chiang", "ching", "kuo"}, "jiangjingguo", true},
        {{"teng", "hsiao", "ping"}, "dengxiaoping", true}, {{"chou", "en", "lai"}, "zhouenlai", true},
        {{"mao", "tse", "tung"}, "maozetang", false},  // near: one syllable differs
        {{"mao", "tse", "tung"}, "maozhedong", false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.pinyin);
        CHECK(contains(romanisation::pinyin_readings(row.wade_giles), row.pinyin) == row.same);
    }
    CHECK(romanisation::pinyin_readings({"tokyo"}).empty());  // not a Wade–Giles syllable
    CHECK(romanisation::pinyin_readings({}).empty());
}

TEST_CASE("rule systems: two spellings that must meet, one that must not", "[romanisation][systems]") {
    struct Row {
        std::string system;
        std::vector<std::string> a;
        std::vector<std::string> b;
        bool same;
    };
    const std::vector<Row> rows = {
        {"russian", {"zelensky"}, {"zelenskyy"}, true},
        {"russian", {"zelenskiy"}, {"zelensky"}, true},
        {"russian", {"aleksandr"}, {"alexander"}, true},
        {"russian", {"yuri"}, {"iurii"}, true},
        {"russian", {"yury"}, {"yuri"}, true},
        {"russian", {"khodorkovsky"}, {"hodorkovsky"}, true},
        {"russian", {"zelensky"}, {"zelenko"}, false},
        {"arabic", {"gaddafi"}, {"qaddafi"}, true},
        {"arabic", {"kadhafi"}, {"gaddafi"}, true},
        {"arabic", {"al", "assad"}, {"assad"}, true},
        {"arabic", {"el", "sisi"}, {"al", "sisi"}, true},
        {"arabic", {"mohammed"}, {"mohamed"}, true},
        {"arabic", {"mohammed"}, {"muhammad"}, true},  // a listed given name
        {"arabic", {"peter"}, {"patar"}, false},       // vowels other than ou/oo/ee are not folded
        {"arabic", {"abdel", "fattah"}, {"abd", "al", "fattah"}, true},
        {"ukrainian", {"kharkiv"}, {"kharkov"}, true},
        {"ukrainian", {"luhansk"}, {"lugansk"}, true},
        {"ukrainian", {"kyiv"}, {"kiev"}, true},
        {"ukrainian", {"mykola"}, {"nikolai"}, true},
        {"ukrainian", {"zhytomyr"}, {"gytomyr"}, false},  // the h of a digraph is no Ukrainian h
        {"ukrainian", {"kharkiv"}, {"kherson"}, false},
        {"arabic", {"gaddafi"}, {"gadfly"}, false},
        {"korean", {"lee", "jae", "myung"}, {"yi", "jae", "myung"}, true},
        {"korean", {"pusan"}, {"busan"}, true},
        {"korean", {"kim", "jong", "un"}, {"gim", "jeong", "eun"}, true},
        {"korean", {"seoul"}, {"busan"}, false},
        {"japanese", {"shinbashi"}, {"simbasi"}, true},
        {"japanese", {"tsukuba"}, {"tukuba"}, true},
        {"japanese", {"fukuoka"}, {"fukuyama"}, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.system, joined(row.a), joined(row.b));
        CHECK(same_under(row.system, row.a, row.b) == row.same);
    }
}

TEST_CASE("a trace names the rules that brought two spellings together", "[romanisation][trace]") {
    const auto t = romanisation::trace(romanisation::system("korean"), {"josei"}, {"chosei"});
    CHECK(t.rules == std::vector<std::string>{"ch/j"});
    CHECK(t.voicing);
    CHECK(t.changed_side == 1);
    const auto lee = romanisation::trace(romanisation::system("korean"), {"lee"}, {"rhee"});
    CHECK(lee.rules == std::vector<std::string>{"lee/rhee"});
    const auto ru = romanisation::trace(romanisation::system("russian"), {"zelenskiy"}, {"zelensky"});
    CHECK(ru.rules == std::vector<std::string>{"y/iy/yy"});
    CHECK(!ru.voicing);
}

TEST_CASE("letters that fold to more than one spelling", "[romanisation][letters]") {
    CHECK(contains(romanisation::letter_spellings("şanlıurfa"), "şanliurfa"));
    CHECK(contains(romanisation::letter_spellings("søren"), "soeren"));
    CHECK(contains(romanisation::letter_spellings("søren"), "soren"));
    CHECK(contains(romanisation::letter_spellings("straße"), "strasse"));
    CHECK(contains(romanisation::letter_spellings("æsir"), "aesir"));
    CHECK(romanisation::letter_spellings("paris") == std::vector<std::string>{"paris"});
    CHECK(romanisation::letter_spellings("øøøøøøøøøøøø").size() == 16);  // bounded
    CHECK(romanisation::fold_long_vowels("chousei") == "chosei");
    CHECK(romanisation::fold_long_vowels("ryuukyuu") == "ryukyu");
}

TEST_CASE("names in other scripts are read into Latin letters by ICU", "[romanisation][scripts]") {
    struct Row {
        std::string name;
        std::string latin;
        std::string system;
    };
    const std::vector<Row> rows = {
        {"Зеленский", "Zelenskiy", "Cyrillic read in BGN/PCGN romanisation"},
        {"Юрий", "Yuriy", "Cyrillic read in BGN/PCGN romanisation"},
        {"毛泽东", "mao ze dong", "Han characters read in Pinyin"},
        {"김정은", "gimjeong-eun", "Hangul read in Revised Romanization"},
        {"トウキョウ", "toukyou", "Kana read in Hepburn romanisation"},
        {"Zelensky", "Zelensky", ""},  // Latin already: unchanged
        {"Chōsei", "Chōsei", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const auto romanised = romanisation::to_latin(row.name);
        CHECK(romanised.latin == row.latin);
        CHECK(romanised.system == row.system);
    }
}

TEST_CASE("generic terms and connectives come from the table", "[romanisation][generic]") {
    const auto& terms = romanisation::generic_terms();
    auto term = std::find_if(terms.begin(), terms.end(), [](const auto& t) { return t.meaning == "company"; });
    REQUIRE(term != terms.end());
    CHECK(contains(term->english, "inc"));
    CHECK(contains(term->english, "plc"));
    CHECK(!contains(term->english, "systems"));
    CHECK(romanisation::is_connective("of"));
    CHECK(!romanisation::is_connective("leeds"));
}
