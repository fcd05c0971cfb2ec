// The CI gate (spec §7): which findings fail a run, and the exit code.
#pragma once

#include "model/finding.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace claimcheck::gate {

// --fail-on: the lowest severity of a new finding that fails the run.
enum class FailOn { error, warning, note, never };

std::optional<FailOn> fail_on_from_string(std::string_view text);
std::string_view to_string(FailOn fail_on);

inline constexpr int exit_ok = 0;        // no new finding at or above --fail-on
inline constexpr int exit_findings = 1;  // new findings at or above --fail-on
inline constexpr int exit_invalid = 2;   // invalid input or usage

// A finding fails the run when it is new (not accepted in the baseline) and
// at or above `fail_on`.
bool fails(const Finding& finding, FailOn fail_on);

// exit_findings when any story has a failing finding, else exit_ok. Input
// problems are not considered: see overall_exit_code.
int exit_code(const std::vector<StoryResult>& results, FailOn fail_on);

// Any input problem of severity error in any story.
bool has_input_errors(const std::vector<StoryResult>& results);

// The process's exit code: exit_invalid on input errors (in a story, or
// `other_errors`: problems outside any story, such as a path that names
// nothing or a file that cannot be written), else exit_code.
int overall_exit_code(const std::vector<StoryResult>& results, FailOn fail_on, bool other_errors = false);

}  // namespace claimcheck::gate
