// The result cache (docs/cache.md): an entry reads back as it was written;
// a truncated, altered or foreign entry, or one of another build, is never
// trusted; an unchanged story is given back, a changed one checked again;
// two writers at once leave whole entries.
#include "pipeline/cache.hpp"
#include "pipeline/pipeline.hpp"
#include "render/render.hpp"
#include "render/sample_result.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <atomic>
#include <thread>

using namespace claimcheck;
namespace cache = pipeline::cache;
namespace fs = std::filesystem;

namespace {

const fs::path sample_story = fs::path(CLAIMCHECK_SOURCE_DIR) / "claims" / "nara-summit";

cache::Entry sample_entry() {
    cache::Entry entry;
    entry.key.fill(7);
    entry.result = test::sample_result();
    entry.input_errors = true;
    entry.has_report = true;
    entry.report = "# Report\n\nwith “quotes” and \xff bytes\n";
    return entry;
}

// What the outputs make of an entry's result: if these agree, the entry
// held everything they read.
std::string outputs(const StoryResult& result) {
    return render::json({result}) + render::sarif({result}, "1") + render::github({result}, {}) +
           render::terminal({result}, {});
}

pipeline::Options cached_options(const fs::path& root) {
    pipeline::Options options;
    options.report_dir = root / "reports";
    options.keep_inputs = false;
    options.cache_dir = root / "cache";
    return options;
}

// Every entry file of a cache folder.
std::vector<fs::path> entry_files(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& item : fs::recursive_directory_iterator(dir / "v1")) {
        if (item.is_regular_file()) {
            files.push_back(item.path());
        }
    }
    return files;
}

std::string run_outputs(const pipeline::Run& run) {
    return render::json(run.results) + render::sarif(run.results, "1") + render::terminal(run.results, {});
}

}  // namespace

TEST_CASE("an entry reads back with everything the outputs use") {
    const cache::Entry entry = sample_entry();
    const std::string bytes = cache::encode(entry);
    const auto back = cache::decode(bytes);
    REQUIRE(back.has_value());
    CHECK(back->key == entry.key);
    CHECK(back->input_errors);
    CHECK(back->has_report);
    CHECK(back->report == entry.report);
    CHECK(outputs(back->result) == outputs(entry.result));
    CHECK(render::markdown_report(back->result, ".").size() > 0);
    CHECK(cache::encode(*back) == bytes);
}

TEST_CASE("a truncated entry is refused at every length") {
    const std::string bytes = cache::encode(sample_entry());
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        INFO("cut to " << size << " of " << bytes.size() << " bytes");
        CHECK_FALSE(cache::decode(std::string_view(bytes).substr(0, size)).has_value());
    }
    CHECK_FALSE(cache::decode(bytes + "x").has_value());
}

TEST_CASE("an entry with any byte flipped is refused or names another key") {
    const cache::Entry entry = sample_entry();
    const std::string bytes = cache::encode(entry);
    for (std::size_t at = 0; at < bytes.size(); ++at) {
        std::string flipped = bytes;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x20);
        INFO("byte " << at);
        const auto back = cache::decode(flipped);
        CHECK((!back || back->key != entry.key));
    }
}

TEST_CASE("foreign files and other format versions are refused") {
    std::string other_version = cache::encode(sample_entry());
    other_version[17] = static_cast<char>(other_version[17] + 1);  // the format version, after the magic line
    const std::vector<std::pair<std::string, std::string>> rows{
        {"empty", ""},
        {"text", "claimcheck-cache\nnot an entry at all, but long enough to hold a header of the format........"},
        {"another format version", other_version},
        {"zeros", std::string(4096, '\0')},
    };
    for (const auto& [what, bytes] : rows) {
        INFO(what);
        CHECK_FALSE(cache::decode(bytes).has_value());
    }
}

TEST_CASE("an entry stored by another build or with other settings is not given back") {
    testing::TempDir dir;
    testing::copy_story(sample_story, dir.path());
    const fs::path story = dir.path() / "claims" / "nara-summit";
    const cache::Cache one(dir.path() / "cache", "settings", {}, "claimcheck 1.2.0 build A");
    const auto key = one.key(story);
    REQUIRE(key.has_value());
    cache::Entry entry = sample_entry();
    entry.key = *key;
    one.store(story, entry);
    CHECK(one.load(story, *one.key(story)).has_value());

    const cache::Cache other_build(dir.path() / "cache", "settings", {}, "claimcheck 1.2.1 build B");
    CHECK(*other_build.key(story) != *key);
    CHECK_FALSE(other_build.load(story, *other_build.key(story)).has_value());
    const cache::Cache other_settings(dir.path() / "cache", "other settings", {}, "claimcheck 1.2.0 build A");
    CHECK_FALSE(other_settings.load(story, *other_settings.key(story)).has_value());

    testing::write_text(story / "articles" / "001.txt", testing::read_text(story / "articles" / "001.txt") + " ");
    CHECK(*one.key(story) != *key);
    CHECK_FALSE(one.load(story, *one.key(story)).has_value());
}

TEST_CASE("a story whose files change while it is checked is not stored") {
    testing::TempDir dir;
    testing::copy_story(sample_story, dir.path());
    const fs::path story = dir.path() / "claims" / "nara-summit";
    const fs::path article = story / "articles" / "001.txt";
    const cache::Cache store(dir.path() / "cache", "settings", {}, "build");
    std::vector<cache::Stamp> stamps;
    REQUIRE(store.key(story, &stamps).has_value());
    REQUIRE_FALSE(stamps.empty());
    CHECK(store.unchanged(story, stamps));
    SECTION("a file written") {
        testing::write_text(article, testing::read_text(article) + " ");
        CHECK_FALSE(store.unchanged(story, stamps));
    }
    SECTION("a file added") {
        testing::write_text(story / "notes.txt", "to check\n");
        CHECK_FALSE(store.unchanged(story, stamps));
    }
    SECTION("a file removed") {
        fs::remove(article);
        CHECK_FALSE(store.unchanged(story, stamps));
    }
    SECTION("a file replaced by another of the same size") {
        std::string text = testing::read_text(article);
        text.back() = text.back() == 'x' ? 'y' : 'x';
        testing::write_text(story / "next.tmp", text);
        fs::rename(story / "next.tmp", article);
        CHECK_FALSE(store.unchanged(story, stamps));
    }
}

TEST_CASE("a story's key keeps each file's bytes where the loader reads them") {
    testing::TempDir dir;
    testing::copy_story(sample_story, dir.path());
    const fs::path story = dir.path() / "claims" / "nara-summit";
    const cache::Cache store(dir.path() / "cache", "settings", {}, "build");
    std::vector<cache::Stamp> stamps;
    load::FileContents contents;
    REQUIRE(store.key(story, &stamps, &contents).has_value());
    CHECK(contents.size() == stamps.size());
    CHECK(contents.count((story / "story.toml").native()) == 1);
    for (const auto& file : load::claim_files(story)) {
        INFO(file);
        CHECK(contents.count(file.native()) == 1);
    }
    CHECK(contents.at((story / "articles" / "001.txt").native()) == testing::read_text(story / "articles" / "001.txt"));
}

TEST_CASE("a story with a link in it is not cached") {
    testing::TempDir dir;
    testing::copy_story(sample_story, dir.path());
    const fs::path story = dir.path() / "claims" / "nara-summit";
    const cache::Cache store(dir.path() / "cache", "settings", {}, "build");
    CHECK(store.key(story).has_value());
    fs::create_symlink(story / "articles" / "001.txt", story / "articles" / "link.txt");
    CHECK_FALSE(store.key(story).has_value());
}

TEST_CASE("an unchanged story is given back by the cache with the same outputs; a changed one is checked again") {
    testing::TempDir dir;
    testing::copy_story(sample_story, dir.path());
    const std::vector<std::string> paths{(dir.path() / "claims").string()};
    const auto options = cached_options(dir.path());
    Diagnostics first_problems;
    const auto first = pipeline::run(paths, options, first_problems);
    CHECK(first.from_cache == 0);
    const std::string report = testing::read_text(dir.path() / "reports" / "nara-summit.md");

    Diagnostics second_problems;
    const auto second = pipeline::run(paths, options, second_problems);
    CHECK(second.from_cache == 1);
    CHECK(run_outputs(second) == run_outputs(first));
    CHECK(second.written == first.written);
    CHECK(second.input_errors == first.input_errors);

    // A report removed or edited by hand is written again from the entry.
    fs::remove(dir.path() / "reports" / "nara-summit.md");
    Diagnostics third_problems;
    CHECK(pipeline::run(paths, options, third_problems).from_cache == 1);
    CHECK(testing::read_text(dir.path() / "reports" / "nara-summit.md") == report);

    // Another option is another entry.
    auto no_baseline = options;
    no_baseline.use_baseline = false;
    Diagnostics other_problems;
    CHECK(pipeline::run(paths, no_baseline, other_problems).from_cache == 0);

    const fs::path baseline = dir.path() / "claims" / "nara-summit" / "baseline.toml";
    testing::write_text(baseline, testing::read_text(baseline) + "\n");
    Diagnostics changed_problems;
    CHECK(pipeline::run(paths, options, changed_problems).from_cache == 0);
}

TEST_CASE("a damaged entry on disk is ignored and written again") {
    testing::TempDir dir;
    testing::copy_story(sample_story, dir.path());
    const std::vector<std::string> paths{(dir.path() / "claims").string()};
    const auto options = cached_options(dir.path());
    Diagnostics problems;
    const auto first = pipeline::run(paths, options, problems);
    const auto files = entry_files(options.cache_dir);
    REQUIRE(files.size() == 1);
    const std::string good = testing::read_text(files[0]);

    std::string flipped = good;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 1);
    for (const std::string& damaged : {good.substr(0, good.size() / 2), flipped, std::string()}) {
        testing::write_text(files[0], damaged);
        Diagnostics again;
        const auto run = pipeline::run(paths, options, again);
        CHECK(run.from_cache == 0);
        CHECK(run_outputs(run) == run_outputs(first));
        CHECK(testing::read_text(files[0]) == good);
    }
}

TEST_CASE("two writers at once leave whole entries") {
    testing::TempDir dir;
    testing::copy_story(sample_story, dir.path());
    const fs::path story = dir.path() / "claims" / "nara-summit";
    const cache::Cache store(dir.path() / "cache", "settings", {}, "build");
    const auto key = store.key(story);
    REQUIRE(key.has_value());
    cache::Entry small = sample_entry();
    small.key = *key;
    cache::Entry large = small;
    large.report = std::string(1 << 20, 'x');
    std::atomic<int> whole{0};
    std::atomic<int> other{0};
    {
        std::jthread a([&] {
            for (int i = 0; i < 50; ++i) {
                store.store(story, small);
            }
        });
        std::jthread b([&] {
            for (int i = 0; i < 50; ++i) {
                store.store(story, large);
            }
        });
        std::jthread reader([&] {
            for (int i = 0; i < 100; ++i) {
                if (const auto entry = store.load(story, *key)) {
                    ++(entry->report == small.report || entry->report == large.report ? whole : other);
                }
            }
        });
    }
    CHECK(other == 0);
    const auto entry = store.load(story, *key);
    REQUIRE(entry.has_value());
    CHECK((entry->report == small.report || entry->report == large.report));
    // Nothing but the entry, the tag and the .gitignore: no temporary file is left.
    std::size_t files = 0;
    for (const auto& item : fs::recursive_directory_iterator(dir.path() / "cache")) {
        files += item.is_regular_file() ? 1 : 0;
    }
    CHECK(files == 3);
}
