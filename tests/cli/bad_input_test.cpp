// The bad-input corpus (docs/reliability.md): every folder of
// tests/fixtures/bad/ is a small repository that claimcheck must reject (or,
// for a few, accept) with the exact diagnostics of its expected.txt, without
// crashing, hanging, or touching any file that was there before the run, and
// again with the same output when the run is repeated over its result cache.
//
// A fixture folder holds:
//   claims/<story>/…   the input, laid out as in a repository
//   expected.txt       "exit: N", then the expected diagnostic heading lines
//                      ("claims/s/a.toml:3:10: error: …"), in the order
//                      claimcheck prints them
//   args.txt           optional: the arguments, one a line (default: none;
//                      a line "" is an empty argument)
//   setup.txt          optional: what git cannot hold, done in the copy
//                      before the run, one a line:
//                        symlink LINK TARGET   (TARGET "{outside}" is a file
//                                               outside the copy)
//                        chmod-000 PATH        (as root, claimcheck runs without
//                                               the capability to override it)
//                        mkfifo PATH
//
// CLAIMCHECK_FIXTURE=<name> runs one fixture only.
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures_dir = fs::path(CLAIMCHECK_TEST_DIR) / "fixtures" / "bad";
const std::set<std::string> control_files{"expected.txt", "args.txt", "setup.txt"};
constexpr const char* sentinel = "sentinel: a report from an earlier run\n";

struct Expected {
    int exit_code = -1;
    std::vector<std::string> lines;
};

Expected read_expected(const fs::path& file) {
    Expected expected;
    const auto lines = testing::lines_of(testing::read_text(file));
    REQUIRE_FALSE(lines.empty());
    REQUIRE(lines.front().rfind("exit: ", 0) == 0);
    expected.exit_code = std::stoi(lines.front().substr(6));
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (!lines[i].empty()) {
            expected.lines.push_back(lines[i]);
        }
    }
    return expected;
}

// Every regular file below `root` (symbolic links not followed) and its bytes.
std::map<std::string, std::string> snapshot(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied);
         it != fs::recursive_directory_iterator(); ++it) {
        if (it->is_regular_file() && !it->is_symlink()) {
            files[fs::relative(it->path(), root).generic_string()] = testing::read_text(it->path());
        }
    }
    return files;
}

// Diagnostic heading lines: "place: error: message" (source and caret lines
// are indented).
bool is_heading(const std::string& line, const std::string& severity) {
    return !line.empty() && line[0] != ' ' && line.find(": " + severity + ": ") != std::string::npos;
}

// Applies setup.txt in `root`; returns false when the fixture cannot run here.
// Files made unreadable are added to `locked`.
// Root reads any file whatever its mode. Run as root, the program is
// started without the capabilities that let it (setpriv), so that chmod 000
// means for it what it means for everybody else.
const std::vector<std::string> without_override{"/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search"};

bool without_override_available() {
    static const bool available = [] {
        std::vector<std::string> args(without_override.begin() + 1, without_override.end());
        args.push_back("/bin/true");
        return testing::run_program(without_override.front(), args, "/").exit_code == 0;
    }();
    return available;
}

bool apply_setup(const fs::path& fixture, const fs::path& root, const fs::path& outside,
                 std::vector<fs::path>& locked) {
    const fs::path setup = fixture / "setup.txt";
    if (!fs::exists(setup)) {
        return true;
    }
    for (const auto& line : testing::lines_of(testing::read_text(setup))) {
        std::istringstream words(line);
        std::string action;
        std::string path;
        words >> action >> path;
        if (action.empty() || action[0] == '#') {
            continue;
        }
        if (action == "symlink") {
            std::string target;
            words >> target;
            if (target == "{outside}") {
                testing::write_text(outside / "secret.txt", "a file outside the story\n");
                target = (outside / "secret.txt").string();
            }
            fs::create_directories((root / path).parent_path());
            fs::create_symlink(target, root / path);
        } else if (action == "mkfifo") {
            fs::create_directories((root / path).parent_path());
            REQUIRE(::mkfifo((root / path).c_str(), 0644) == 0);
        } else if (action == "chmod-000") {
            if (::geteuid() == 0 && !without_override_available()) {
                WARN("skipped " << fixture.filename().string()
                                << ": running as root, where chmod 000 does not stop reading, and setpriv cannot "
                                   "drop the capability to override it here");
                return false;
            }
            fs::permissions(root / path, fs::perms::none);
            locked.push_back(root / path);
        } else {
            FAIL("setup.txt of " << fixture.filename().string() << ": unknown action '" << action << "'");
        }
    }
    return true;
}

std::vector<std::string> read_args(const fs::path& fixture) {
    std::vector<std::string> args;
    if (fs::exists(fixture / "args.txt")) {
        for (const auto& line : testing::lines_of(testing::read_text(fixture / "args.txt"))) {
            if (line == "\"\"") {
                args.emplace_back();  // an empty argument
            } else if (!line.empty()) {
                args.push_back(line);
            }
        }
    }
    return args;
}

void run_fixture(const fs::path& fixture) {
    const Expected expected = read_expected(fixture / "expected.txt");
    testing::TempDir dir;
    testing::TempDir outside;
    const fs::path root = dir.path();
    for (const auto& entry : fs::directory_iterator(fixture)) {
        if (control_files.count(entry.path().filename().string()) == 0) {
            fs::copy(entry.path(), root / entry.path().filename(), fs::copy_options::recursive);
        }
    }
    // A report from an earlier run for every story folder: a failing run must
    // leave it as it was.
    if (fs::is_directory(root / "claims")) {
        for (const auto& story : fs::directory_iterator(root / "claims")) {
            const fs::path report = root / "reports" / (story.path().filename().string() + ".md");
            if (story.is_directory() && !fs::exists(report)) {
                testing::write_text(report, sentinel);
            }
        }
    }
    const auto before = snapshot(root);
    std::vector<fs::path> locked;
    if (!apply_setup(fixture, root, outside.path(), locked)) {
        return;
    }

    // `timeout` turns a hang into a failure instead of a stuck test run.
    std::vector<std::string> args{"120"};
    if (::geteuid() == 0 && !locked.empty()) {
        args.insert(args.end(), without_override.begin(), without_override.end());
    }
    args.push_back(CLAIMCHECK_EXE);
    const auto extra = read_args(fixture);
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = testing::run_program("/usr/bin/timeout", args, root);
    INFO("stderr:\n" << result.err);
    INFO("stdout:\n" << result.out);
    REQUIRE(result.exit_code != 124);  // timed out: a hang
    CHECK(result.err.find("internal error") == std::string::npos);
    CHECK(result.exit_code == expected.exit_code);

    // Every expected heading, in order; no error heading that is not expected.
    const auto err_lines = testing::lines_of(result.err);
    auto from = err_lines.begin();
    for (const auto& line : expected.lines) {
        INFO("expected line: " << line);
        const auto found = std::find(from, err_lines.end(), line);
        CHECK(found != err_lines.end());
        if (found != err_lines.end()) {
            from = found + 1;
        }
    }
    for (const auto& line : err_lines) {
        if (is_heading(line, "error")) {
            INFO("unexpected error line: " << line);
            CHECK(std::find(expected.lines.begin(), expected.lines.end(), line) != expected.lines.end());
        }
    }

    // A second run, which finds the first one's reports and result cache,
    // prints the same bytes.
    const auto again = testing::run_program("/usr/bin/timeout", args, root);
    CHECK(again.exit_code == result.exit_code);
    CHECK(again.out == result.out);
    CHECK(again.err == result.err);

    // Input files and baselines are never touched; a failing run writes no
    // file but reports and its result cache (a story whose story.toml reads
    // still gets its report, listing its problems).
    for (const auto& file : locked) {
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    }
    const auto after = snapshot(root);
    for (const auto& [path, bytes] : before) {
        INFO("file: " << path);
        if (path.rfind("reports/", 0) == 0) {
            continue;  // a run replaces its report
        }
        REQUIRE(after.count(path) == 1);
        CHECK(after.at(path) == bytes);
    }
    for (const auto& [path, bytes] : after) {
        if (before.count(path) == 0) {
            INFO("new file: " << path);
            CHECK(((path.rfind("reports/", 0) == 0 || path.rfind(".claimcheck-cache/", 0) == 0) &&
                   path.find(".tmp") == std::string::npos));
        }
    }
}

std::vector<fs::path> fixtures() {
    std::vector<fs::path> out;
    const char* only = std::getenv("CLAIMCHECK_FIXTURE");
    for (const auto& entry : fs::directory_iterator(fixtures_dir)) {
        if (entry.is_directory() && (only == nullptr || entry.path().filename() == only)) {
            out.push_back(entry.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("the bad-input corpus has at least 40 fixtures, each with an expected.txt") {
    if (std::getenv("CLAIMCHECK_FIXTURE") != nullptr) {
        return;
    }
    const auto all = fixtures();
    CHECK(all.size() >= 40);
    for (const auto& fixture : all) {
        INFO(fixture.filename().string());
        CHECK(fs::exists(fixture / "expected.txt"));
        CHECK((fs::exists(fixture / "claims") || fs::exists(fixture / "args.txt")));
    }
}

TEST_CASE("every bad-input fixture gives its exit code and diagnostics and changes no file") {
    for (const auto& fixture : fixtures()) {
        DYNAMIC_SECTION(fixture.filename().string()) {
            run_fixture(fixture);
        }
    }
}
