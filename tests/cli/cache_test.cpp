// The result cache as `claimcheck check` uses it (docs/cache.md): where it
// lives, the same bytes on every output whether a story comes from it or
// not, runs at the same time, and entries spoilt on disk. Whether a story
// came from the cache is read from its entry file: an entry is replaced
// through a new file (a new inode) whenever its story is checked, and left
// alone when the story is given back.
#include "cli/generated_story.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sys/stat.h>
#include <sys/wait.h>

using namespace claimcheck;
using testing::run_claimcheck;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CLAIMCHECK_SOURCE_DIR;

// The two sample stories and three generated ones.
struct Repo {
    testing::TempDir dir;
    Repo() {
        for (const char* story : {"nara-summit", "seorim-results"}) {
            testing::copy_story(source_dir / "claims" / story, dir.path());
        }
        for (int i = 0; i < 3; ++i) {
            testing::write_generated_story(dir.path(), "generated-" + std::to_string(i), 4 + i, 20);
        }
    }
    fs::path cache() const { return dir.path() / ".claimcheck-cache"; }
};

using testing::Outputs;

Outputs run(const Repo& repo, const std::vector<std::string>& args) {
    return testing::run_check_in(repo.dir.path(), args);
}

// Every entry file of the cache and its inode.
std::map<std::string, ino_t> entries(const fs::path& cache) {
    std::map<std::string, ino_t> out;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(cache / "v1", ec)) {
        struct stat info {};
        if (entry.is_regular_file() && ::stat(entry.path().c_str(), &info) == 0) {
            out[entry.path().lexically_relative(cache).string()] = info.st_ino;
        }
    }
    return out;
}

bool any_temporary_file(const fs::path& dir) {
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.path().extension() == ".tmp") {
            return true;
        }
    }
    return false;
}

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

}  // namespace

TEST_CASE("the cache is .claimcheck-cache/ in the working folder, moved by --cache-dir, off with --no-cache") {
    Repo repo;
    run(repo, {"--no-cache"});
    CHECK_FALSE(fs::exists(repo.cache()));

    run(repo, {"--cache-dir", "elsewhere/cache"});
    CHECK_FALSE(fs::exists(repo.cache()));
    CHECK(entries(repo.dir.path() / "elsewhere" / "cache").size() == 5);

    run(repo, {});
    const auto filled = entries(repo.cache());
    CHECK(filled.size() == 5);
    CHECK(fs::exists(repo.cache() / "CACHEDIR.TAG"));
    CHECK(testing::read_text(repo.cache() / ".gitignore") == "*\n");

    CHECK(run_claimcheck({"--no-cache", "--cache-dir", "x"}, repo.dir.path()).exit_code == 2);
    CHECK(run_claimcheck({"--cache-dir", ""}, repo.dir.path()).exit_code == 2);
    CHECK(run_claimcheck({"--update-baseline"}, repo.dir.path()).exit_code == 0);
    CHECK(entries(repo.cache()) == filled);  // --update-baseline neither reads nor writes the cache
}

TEST_CASE("every format prints the same bytes whether the stories come from the cache or not") {
    const std::vector<std::vector<std::string>> every_format{{},
                                                             {"--quiet"},
                                                             {"--format", "json"},
                                                             {"--format", "sarif"},
                                                             {"--format", "github"},
                                                             {"--format", "github", "--max-annotations", "1000"},
                                                             {"--format", "json", "--no-baseline", "--jobs", "1"}};
    for (const auto& args : every_format) {
        Repo repo;
        std::string shown;
        for (const auto& arg : args) {
            shown += " " + arg;
        }
        INFO("claimcheck" << shown);
        const Outputs uncached = run(repo, with(args, {"--no-cache"}));
        CHECK(uncached.exit_code == 1);  // the generated stories disagree
        CHECK(uncached.reports.size() == 5);
        fs::remove_all(repo.dir.path() / "reports");
        const Outputs cold = run(repo, args);  // fills the cache
        const auto filled = entries(repo.cache());
        CHECK(filled.size() == 5);
        fs::remove_all(repo.dir.path() / "reports");
        const Outputs warm = run(repo, args);  // every story from it, the reports written again
        CHECK(entries(repo.cache()) == filled);
        CHECK(cold == uncached);
        CHECK(warm == uncached);
    }
    Repo repo;
    const Outputs lint = run(repo, {"lint"});
    CHECK(run(repo, {"lint"}) == lint);
    CHECK(run(repo, {"lint", "--no-cache"}) == lint);
}

TEST_CASE("a changed story is checked again and the others come from the cache") {
    Repo repo;
    run(repo, {"--format", "json"});
    const auto before = entries(repo.cache());
    std::ofstream(repo.dir.path() / "claims" / "generated-1" / "articles" / "s0.txt", std::ios::app) << "More.\n";
    const Outputs after = run(repo, {"--format", "json"});
    const auto now = entries(repo.cache());
    REQUIRE(now.size() == before.size());
    int rewritten = 0;
    for (const auto& [file, inode] : now) {
        rewritten += before.at(file) != inode ? 1 : 0;
    }
    CHECK(rewritten == 1);
    CHECK(after == run(repo, {"--format", "json", "--no-cache"}));
}

TEST_CASE("two runs at once on one cache print what a run alone prints and leave every entry whole") {
    Repo repo;
    const Outputs alone = run(repo, {"--format", "sarif", "--no-cache"});
    testing::TempDir capture;
    std::vector<pid_t> pids;
    for (int i = 0; i < 2; ++i) {
        const std::string name = std::to_string(i);
        pids.push_back(testing::start_program(CLAIMCHECK_EXE, {"--format", "sarif", "--jobs", "2"}, repo.dir.path(),
                                              capture.path() / (name + ".out"), capture.path() / (name + ".err")));
    }
    for (std::size_t i = 0; i < 2; ++i) {
        int status = 0;
        REQUIRE(::waitpid(pids[i], &status, 0) > 0);
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == alone.exit_code));
        const std::string name = std::to_string(i);
        CHECK(testing::read_text(capture.path() / (name + ".out")) == alone.out);
        CHECK(testing::read_text(capture.path() / (name + ".err")) == alone.err);
    }
    CHECK_FALSE(any_temporary_file(repo.cache()));
    // Whichever writer won, each entry is whole: a third run takes every story from it.
    const auto filled = entries(repo.cache());
    CHECK(filled.size() == 5);
    CHECK(run(repo, {"--format", "sarif"}) == alone);
    CHECK(entries(repo.cache()) == filled);
}

TEST_CASE("entries truncated or altered on disk are ignored and rewritten") {
    Repo repo;
    const Outputs first = run(repo, {"--format", "json"});
    int n = 0;
    for (const auto& [file, inode] : entries(repo.cache())) {
        const fs::path path = repo.cache() / file;
        std::string bytes = testing::read_text(path);
        REQUIRE(bytes.size() > 64);
        if (n++ % 2 == 0) {
            bytes.resize(bytes.size() / 3);
        } else {
            bytes[bytes.size() - 10] = static_cast<char>(bytes[bytes.size() - 10] ^ 0x40);
        }
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    }
    const auto damaged = entries(repo.cache());
    CHECK(run(repo, {"--format", "json"}) == first);
    const auto rewritten = entries(repo.cache());
    REQUIRE(rewritten.size() == 5);
    for (const auto& [file, inode] : rewritten) {
        CHECK(damaged.at(file) != inode);
    }
    CHECK(run(repo, {"--format", "json"}) == first);
    CHECK(entries(repo.cache()) == rewritten);
}
