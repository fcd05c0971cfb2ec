// `claimcheck --version`.
#include "cli/build_info.hpp"
#include "cli/command_line.hpp"

#include <fmt/format.h>

namespace claimcheck::cli {

std::string version_line() {
    return fmt::format("claimcheck {} (commit {})", build_info::version, build_info::commit);
}

}  // namespace claimcheck::cli
