#include "gate/gate.hpp"

namespace claimcheck::gate {

namespace {

bool fails(Severity severity, FailOn fail_on) {
    switch (fail_on) {
    case FailOn::never: return false;
    case FailOn::note: return true;
    case FailOn::warning: return severity != Severity::note;
    case FailOn::error: return severity == Severity::error;
    }
    return true;
}

}  // namespace

int exit_code(const std::vector<StoryResult>& results, FailOn fail_on) {
    for (const auto& result : results) {
        for (const auto& finding : result.findings) {
            if (finding.is_new && fails(finding.severity, fail_on)) {
                return 1;
            }
        }
    }
    return 0;
}

}  // namespace claimcheck::gate
