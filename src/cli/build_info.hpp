// What the binary was built from. Defined in a file the build generates
// (cmake/build_info.cmake) on every build, rewritten only when it changes.
#pragma once

namespace claimcheck::cli::build_info {

extern const char* const version;  // the project's version, as in CMakeLists.txt
extern const char* const commit;   // the git commit, "<hash>-dirty" with changes, or "unknown"

}  // namespace claimcheck::cli::build_info
