// The command line (spec §7). main() only calls cli::run.
#pragma once

namespace claimcheck::cli {

// Parses the arguments, runs the command and returns the exit code:
// 0 no new finding at or above --fail-on, 1 new findings, 2 invalid input or usage.
int run(int argc, char** argv);

}  // namespace claimcheck::cli
