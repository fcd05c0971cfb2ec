#include "gate/gate.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace claimcheck::gate {

namespace {

constexpr std::array<std::pair<std::string_view, FailOn>, 4> names{{
    {"error", FailOn::error},
    {"warning", FailOn::warning},
    {"note", FailOn::note},
    {"never", FailOn::never},
}};

}  // namespace

std::optional<FailOn> fail_on_from_string(std::string_view text) {
    for (const auto& [name, value] : names) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

std::string_view to_string(FailOn fail_on) {
    for (const auto& [name, value] : names) {
        if (value == fail_on) {
            return name;
        }
    }
    return "never";
}

bool fails(const Finding& finding, FailOn fail_on) {
    if (!finding.is_new) {
        return false;
    }
    switch (fail_on) {
        // Severity is ordered note < warning < error.
        case FailOn::error:
            return finding.severity >= Severity::error;
        case FailOn::warning:
            return finding.severity >= Severity::warning;
        case FailOn::note:
            return true;
        case FailOn::never:
            return false;
    }
    return false;
}

int exit_code(const std::vector<StoryResult>& results, FailOn fail_on) {
    const bool failed = std::any_of(results.begin(), results.end(), [&](const StoryResult& result) {
        return std::any_of(result.findings.begin(), result.findings.end(),
                           [&](const Finding& finding) { return fails(finding, fail_on); });
    });
    return failed ? exit_findings : exit_ok;
}

bool has_input_errors(const std::vector<StoryResult>& results) {
    return std::any_of(results.begin(), results.end(), [](const StoryResult& result) {
        return std::any_of(result.problems.begin(), result.problems.end(),
                           [](const Diagnostic& problem) { return problem.severity == Severity::error; });
    });
}

int overall_exit_code(const std::vector<StoryResult>& results, FailOn fail_on, bool other_errors) {
    return other_errors || has_input_errors(results) ? exit_invalid : exit_code(results, fail_on);
}

}  // namespace claimcheck::gate
