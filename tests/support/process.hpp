// Runs the claimcheck binary in a folder and captures what it prints.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace claimcheck::testing {

struct Result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Starts `program args...` with `cwd` as working directory, NO_COLOR set,
// stdin from /dev/null and stdout and stderr written to `out` and `err`;
// returns its process id without waiting for it.
pid_t start_program(const std::string& program, const std::vector<std::string>& args, const std::filesystem::path& cwd,
                    const std::filesystem::path& out = "/dev/null", const std::filesystem::path& err = "/dev/null");

// Runs `program args...` as start_program does, with no terminal; waits for it.
Result run_program(const std::string& program, const std::vector<std::string>& args, const std::filesystem::path& cwd);

#ifdef CLAIMCHECK_EXE
inline Result run_claimcheck(const std::vector<std::string>& args, const std::filesystem::path& cwd) {
    return run_program(CLAIMCHECK_EXE, args, cwd);
}
#endif

// Everything a check run in a repository produces: exit code, stdout,
// stderr and every report in its reports/.
struct Outputs {
    int exit_code = -1;
    std::string out;
    std::string err;
    std::map<std::string, std::string> reports;
    bool operator==(const Outputs&) const = default;
};

// Every file directly in `dir` by name, with its bytes (none when `dir` does not exist).
std::map<std::string, std::string> files_in(const std::filesystem::path& dir);

#ifdef CLAIMCHECK_EXE
inline Outputs run_check_in(const std::filesystem::path& repo, const std::vector<std::string>& args) {
    const Result result = run_claimcheck(args, repo);
    return {result.exit_code, result.out, result.err, files_in(repo / "reports")};
}
#endif

// A fresh empty folder under the system's temporary folder, removed on destruction.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

std::string read_text(const std::filesystem::path& file);

// The lines of `text`, without their newlines.
std::vector<std::string> lines_of(const std::string& text);

// Copies the story folder `story` to `root`/claims/<its name>, as in a repository.
void copy_story(const std::filesystem::path& story, const std::filesystem::path& root);
void write_text(const std::filesystem::path& file, const std::string& text);

#ifdef CLAIMCHECK_SOURCE_DIR
// A temporary repository holding a copy of the sample story, as
// claims/nara-summit: what the command-line tests run claimcheck in.
struct SampleRepo {
    TempDir dir;
    std::filesystem::path story = dir.path() / "claims" / "nara-summit";
    SampleRepo() { copy_story(std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "claims" / "nara-summit", dir.path()); }
};
#endif

}  // namespace claimcheck::testing
