// Adversarial input for anchor search, the value language and the loader:
// prints how long each takes, at a quarter of the size and at full size, so
// super-linear behaviour shows as a growth factor well above 4. Prints
// figures only; it asserts nothing about time.
//
//   bench_adversarial [SCALE]   SCALE multiplies every size (default 1)
#include "anchor/anchor.hpp"
#include "framing/lexicon.hpp"
#include "grammar/value.hpp"
#include "load/load.hpp"
#include "util/lines.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <string>
#include <unistd.h>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

double scale = 1.0;

std::size_t scaled(std::size_t size) {
    return std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(size) * scale));
}

std::string repeat(std::string_view unit, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes) {
        out += unit;
    }
    out.resize(bytes);
    return out;
}

Article article_of(std::string text) {
    Article a;
    a.display_path = "article.txt";
    a.lines = text::Lines(text);
    a.text = std::move(text);
    return a;
}

// The best of up to three runs (one when a run takes over half a second):
// single short runs are too noisy to compare sizes with.
double seconds(const std::function<void()>& work) {
    double best = 0;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        best = run == 0 ? took : std::min(best, took);
        if (took > 0.5) {
            break;
        }
    }
    return best;
}

// Runs `make(size)` then `run` at size / 4 and at size, and prints both.
void measure(const std::string& name, std::size_t size, const std::string& unit,
             const std::function<std::function<void()>(std::size_t)>& make) {
    const auto small_work = make(size / 4);
    const double small = seconds(small_work);
    const auto work = make(size);
    const double full = seconds(work);
    const double growth = small > 0 ? full / small : 0;
    std::printf("%-52s %10zu %-6s %10.2f ms", name.c_str(), size, unit.c_str(), full * 1000);
    if (unit == "bytes") {
        std::printf(" %9.1f MB/s", full > 0 ? static_cast<double>(size) / full / 1e6 : 0.0);
    } else {
        std::printf(" %14s", "");
    }
    std::printf("   x4 size: x%.1f time\n", growth);
    std::fflush(stdout);
}

void bench_anchor() {
    const std::size_t mb = scaled(1 << 20);
    measure("anchor: quote at the end of a 1 MB single line", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(article_of(repeat("lorem ipsum dolor ", n) + "183 miners perished"));
        return [a] { (void)anchor::resolve(*a, "183 miners perished", std::nullopt); };
    });
    measure("anchor: orphan quote in a 1 MB single line", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(article_of(repeat("lorem ipsum dolor sit amet ", n)));
        return [a] { (void)anchor::resolve(*a, "lorem ipsum dolor sat amet", std::nullopt); };
    });
    measure("anchor: folded quote in a 1 MB single line", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(
            article_of(repeat("the \u201cleaders\u201d \u2013 met ", n) + "\u201cshuttle diplomacy\u201d"));
        return [a] { (void)anchor::resolve(*a, "\"shuttle  diplomacy\"", std::nullopt); };
    });
    measure("anchor: 10 kB quote of 'a' in 1 MB of 'a'", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(article_of(std::string(n, 'a')));
        return [a] { (void)anchor::resolve(*a, std::string(10000, 'a'), std::nullopt); };
    });
    measure("anchor: 10 kB quote 'a…ab' in 1 MB of 'a' (orphan)", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(article_of(std::string(n, 'a')));
        return [a] { (void)anchor::resolve(*a, std::string(10000, 'a') + "b", std::nullopt); };
    });
    measure("anchor: 1 kB quote of words in 1 MB of one word", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(article_of(repeat("x", n)));
        return [a] { (void)anchor::resolve(*a, repeat("x y ", 1000), std::nullopt); };
    });
    measure("anchor: 'a a' in 1 MB of 'a ' (every offset matches)", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(article_of(repeat("a ", n)));
        return [a] { (void)anchor::resolve(*a, "a a", std::nullopt); };
    });
    measure("anchor: 1 MB of short lines, quote on the last", mb, "bytes", [](std::size_t n) {
        auto a = std::make_shared<Article>(article_of(repeat("a line.\n", n) + "the end"));
        return [a] { (void)anchor::resolve(*a, "the end", 1); };
    });
}

void bench_grammar() {
    const std::size_t big = scaled(256 * 1024);
    const std::size_t value = scaled(10000);
    auto text_bench = [](std::string name, std::size_t n, std::string unit_text,
                         std::function<void(std::string_view)> f) {
        measure(name, n, "bytes", [unit_text, f](std::size_t size) {
            auto text = std::make_shared<std::string>(repeat(unit_text, size));
            return [text, f] { f(*text); };
        });
    };
    auto quantities = [](std::string_view t) { (void)grammar::find_quantities(t); };
    auto dates = [](std::string_view t) { (void)grammar::find_dates(t); };
    auto cues = [](std::string_view t) { (void)framing::find_cues(t); };
    auto quantity = [](std::string_view t) { (void)grammar::parse_quantity(t); };
    auto date = [](std::string_view t) { (void)grammar::parse_date(t); };
    const std::string prose =
        "In 1942, about 183 miners perished; some 136 of them were Korean. The two-day summit "
        "ended on Monday, January 19, 2026, a week after talks in Nara. Reports suggest a "
        "possible breakthrough, more than 1.08 million dollars, roughly 74% agreed. ";

    text_bench("find_quantities: news prose", big, prose, quantities);
    text_bench("find_quantities: digits and commas '1,2,3,…'", big, "1,2,3,4,5,6,7,8,9,", quantities);
    text_bench("find_quantities: one run of digits", big, "9", quantities);
    text_bench("find_quantities: '1.1.1.1…'", big, "1.", quantities);
    text_bench("find_quantities: number words 'one hundred …'", big, "one hundred ", quantities);
    text_bench("find_quantities: 'about about about …'", big, "about ", quantities);
    text_bench("find_quantities: 'between 1 and between 2 …'", big, "between 1 and ", quantities);
    text_bench("find_dates: news prose", big, prose, dates);
    text_bench("find_dates: 'January 13-14, January …'", big, "January 13-14, ", dates);
    text_bench("find_dates: one run of digits", big, "2", dates);
    text_bench("find_dates: '2026-01-13/2026-…'", big, "2026-01-13/", dates);
    text_bench("find_cues: news prose", big, prose, cues);
    text_bench("find_cues: 'major major major …'", big, "major ", cues);
    text_bench("parse_quantity: a 10 kB number", value, "9", quantity);
    text_bench("parse_quantity: 10 kB of 'about '", value, "about ", quantity);
    text_bench("parse_quantity: 10 kB of '1,'", value, "1,", quantity);
    text_bench("parse_quantity: 10 kB of unit words", value, "people ", quantity);
    text_bench("parse_date: 10 kB of digits", value, "2", date);
    text_bench("parse_date: 10 kB of 'January '", value, "January ", date);
}

void bench_loader() {
    const std::size_t claims = scaled(10000);
    std::string pattern = (fs::temp_directory_path() / "claimcheck-bench-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        std::perror("mkdtemp");
        return;
    }
    const fs::path dir = fs::path(pattern) / "story";
    fs::create_directories(dir / "articles");
    std::ofstream(dir / "story.toml") << "[story]\ntitle = \"Bench\"\n\n[topic.\"deaths\"]\nkind = \"quantity\"\n"
                                         "\n[topic.\"dna\"]\nkind = \"frame\"\nscale = \"certainty\"\n";
    measure("load_source + anchor_source: claims in one file", claims, "claims", [&](std::size_t n) {
        std::string article;
        std::string file = "[source]\noutlet = \"Wire\"\ntext = \"articles/a.txt\"\n";
        for (std::size_t i = 0; i < n; ++i) {
            article += fmt::format("Paragraph {}: officials said {} miners perished, talks may resume.\n", i, i);
            file += fmt::format("\n[[claim]]\ntopic = \"deaths\"\nquote = \"said {} miners perished\"\nline = {}\n", i,
                                i + 1);
            file += i % 2 == 0 ? "value = \"about 180 people\"\n" : "value = \"183\"\n";
        }
        std::ofstream(dir / "articles" / "a.txt") << article;
        const fs::path claim_file = dir / fmt::format("claims-{}.toml", n);
        std::ofstream(claim_file) << file;
        return [dir, claim_file] {
            Diagnostics diagnostics;
            auto story = load::load_story(dir, diagnostics);
            Source source = load::load_source(*story, claim_file, diagnostics);
            anchor::anchor_source(source, diagnostics);
            if (diagnostics.has_errors()) {
                std::printf("  (unexpected: %zu errors)\n", diagnostics.count(Severity::error));
            }
        };
    });
    measure("load_source: orphan claims against one article", scaled(2000), "claims", [&](std::size_t n) {
        std::string file = "[source]\noutlet = \"Wire\"\ntext = \"articles/b.txt\"\n";
        for (std::size_t i = 0; i < n; ++i) {
            file += fmt::format(
                "\n[[claim]]\ntopic = \"dna\"\nquote = \"agreed to test {} remains\"\nvalue = "
                "\"agreed\"\n",
                i);
        }
        std::ofstream(dir / "articles" / "b.txt") << repeat("They agreed to work toward DNA testing. ", 100000);
        const fs::path claim_file = dir / fmt::format("orphans-{}.toml", n);
        std::ofstream(claim_file) << file;
        return [dir, claim_file] {
            Diagnostics diagnostics;
            auto story = load::load_story(dir, diagnostics);
            Source source = load::load_source(*story, claim_file, diagnostics);
            anchor::anchor_source(source, diagnostics);
        };
    });
    std::error_code ec;
    fs::remove_all(dir.parent_path(), ec);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1) {
        scale = std::atof(argv[1]);
        if (scale <= 0) {
            std::fprintf(stderr, "usage: bench_adversarial [SCALE > 0]\n");
            return 2;
        }
    }
    std::printf("%-52s %10s %-6s %10s %14s   %s\n", "case", "size", "", "time", "speed", "growth");
    bench_anchor();
    bench_grammar();
    bench_loader();
    return 0;
}
