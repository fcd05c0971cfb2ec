// Making a file or folder impossible to write, also for root (who ignores
// permission bits): chmod for other users; for root, the immutable flag
// (`chattr +i`), where the file system and the capabilities allow it.
#pragma once

#include "support/process.hpp"

#include <filesystem>
#include <string>
#include <unistd.h>

namespace claimcheck::testing {

// While alive, `path` cannot be written (or, for a folder, have entries
// added, removed or renamed). `ok()` is false when the machine does not
// allow it; `why()` then says why, for the test to print as it skips.
class ReadOnly {
  public:
    explicit ReadOnly(std::filesystem::path path) : path_(std::move(path)) {
        if (::geteuid() != 0) {
            std::filesystem::permissions(path_, std::filesystem::perms::owner_write,
                                         std::filesystem::perm_options::remove);
            ok_ = true;
            return;
        }
        const auto result = run_program("/usr/bin/chattr", {"+i", path_.string()}, path_.parent_path());
        ok_ = result.exit_code == 0;
        immutable_ = ok_;
        why_ = ok_ ? "" : "running as root, and chattr +i is not possible here: " + result.err;
    }
    ~ReadOnly() {
        if (immutable_) {
            run_program("/usr/bin/chattr", {"-i", path_.string()}, path_.parent_path());
        } else if (ok_) {
            std::filesystem::permissions(path_, std::filesystem::perms::owner_write,
                                         std::filesystem::perm_options::add);
        }
    }
    ReadOnly(const ReadOnly&) = delete;
    ReadOnly& operator=(const ReadOnly&) = delete;

    bool ok() const { return ok_; }
    const std::string& why() const { return why_; }

  private:
    std::filesystem::path path_;
    bool ok_ = false;
    bool immutable_ = false;
    std::string why_;
};

}  // namespace claimcheck::testing
