#include "support/process.hpp"

#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace claimcheck::testing {

namespace fs = std::filesystem;

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::map<std::string, std::string> files_in(const fs::path& dir) {
    std::map<std::string, std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        files[entry.path().filename().string()] = read_text(entry.path());
    }
    return files;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

void copy_story(const fs::path& story, const fs::path& root) {
    const fs::path target = root / "claims" / story.filename();
    fs::create_directories(target.parent_path());
    fs::copy(story, target, fs::copy_options::recursive);
}

void write_text(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << text;
}

TempDir::TempDir() {
    std::string pattern = (fs::temp_directory_path() / "claimcheck-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

pid_t start_program(const std::string& program, const std::vector<std::string>& args, const fs::path& cwd,
                    const fs::path& out, const fs::path& err) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    // The child changes into `cwd` through a shell-free trampoline: /usr/bin/env -C.
    std::vector<std::string> argv_strings{"/usr/bin/env", "-C", cwd.string(), "NO_COLOR=1", program};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : argv_strings) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("posix_spawn failed");
    }
    return pid;
}

Result run_program(const std::string& program, const std::vector<std::string>& args, const fs::path& cwd) {
    TempDir capture;
    const fs::path out_file = capture.path() / "out";
    const fs::path err_file = capture.path() / "err";
    const pid_t pid = start_program(program, args, cwd, out_file, err_file);
    int status = 0;
    ::waitpid(pid, &status, 0);
    Result result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_text(out_file);
    result.err = read_text(err_file);
    return result;
}

}  // namespace claimcheck::testing
