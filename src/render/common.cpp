#include "render/common.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace claimcheck::render {

Counts& Counts::operator+=(const Counts& other) {
    error += other.error;
    warning += other.warning;
    note += other.note;
    fresh += other.fresh;
    accepted += other.accepted;
    problem_errors += other.problem_errors;
    problem_warnings += other.problem_warnings;
    problem_notes += other.problem_notes;
    return *this;
}

Counts count(const StoryResult& result) {
    Counts counts;
    for (const auto& finding : result.findings) {
        switch (finding.severity) {
            case Severity::error:
                ++counts.error;
                break;
            case Severity::warning:
                ++counts.warning;
                break;
            case Severity::note:
                ++counts.note;
                break;
        }
        ++(finding.is_new ? counts.fresh : counts.accepted);
    }
    for (const auto& problem : result.problems) {
        switch (problem.severity) {
            case Severity::error:
                ++counts.problem_errors;
                break;
            case Severity::warning:
                ++counts.problem_warnings;
                break;
            case Severity::note:
                ++counts.problem_notes;
                break;
        }
    }
    return counts;
}

std::string rule_id(const Finding& finding) {
    return rule_id(finding.verdict);
}

std::string rule_id(Verdict verdict) {
    return fmt::format("{}/{}", family_name(kind_of(verdict)), to_string(verdict));
}

std::string rule_id(const Diagnostic& problem) {
    return "input/" + std::string(to_string(problem.severity));
}

namespace {

bool is_draft_source(const StoryResult& result, const std::string& id) {
    return std::any_of(result.story.sources.begin(), result.story.sources.end(),
                       [&](const Source& source) { return source.id == id && source.role == Role::draft; });
}

}  // namespace

bool has_draft(const StoryResult& result) {
    return std::any_of(result.story.sources.begin(), result.story.sources.end(),
                       [](const Source& source) { return source.role == Role::draft; });
}

namespace {

// The draft is the one that differs in `finding` unless it sides with the
// sources that agree, or keeps the house spelling of a name another source
// writes in another accepted form.
bool draft_differs(const Finding& finding, const std::string& draft) {
    if (finding.verdict == Verdict::accepted_form) {
        return false;
    }
    return std::find(finding.agreeing.begin(), finding.agreeing.end(), draft) == finding.agreeing.end();
}

}  // namespace

std::vector<DraftEntry> draft_review(const StoryResult& result) {
    std::vector<DraftEntry> out;
    for (const Finding* finding : ordered_findings(result)) {
        std::vector<const FindingClaim*> references;
        for (const auto& claim : finding->claims) {
            if (!is_draft_source(result, claim.source)) {
                references.push_back(&claim);
            }
        }
        for (const auto& claim : finding->claims) {
            if (is_draft_source(result, claim.source) && draft_differs(*finding, claim.source)) {
                out.push_back({finding, &claim, references});
            }
        }
    }
    // Stable: findings of one claim keep the report's order.
    std::stable_sort(out.begin(), out.end(), [](const DraftEntry& x, const DraftEntry& y) {
        return std::tie(x.claim->source, x.claim->line, x.claim->column, x.claim->claim) <
               std::tie(y.claim->source, y.claim->line, y.claim->column, y.claim->claim);
    });
    return out;
}

const FindingClaim* primary_claim(const StoryResult& result, const Finding& finding) {
    if (finding.claims.empty()) {
        return nullptr;
    }
    const auto is_draft = [&](const FindingClaim& claim) {
        return std::any_of(result.story.sources.begin(), result.story.sources.end(), [&](const Source& source) {
            return source.id == claim.source && source.role == Role::draft;
        });
    };
    const auto located = [](const FindingClaim& claim) { return claim.line > 0; };
    // §6.6: the odd one out when the sources split, else any claim; a
    // draft's first.
    const auto candidate = [&](const FindingClaim& claim) {
        return finding.outliers.empty() ||
               std::binary_search(finding.outliers.begin(), finding.outliers.end(), claim.source);
    };
    for (const auto& claim : finding.claims) {
        if (candidate(claim) && is_draft(claim) && located(claim)) {
            return &claim;
        }
    }
    for (const auto& claim : finding.claims) {
        if (candidate(claim) && located(claim)) {
            return &claim;
        }
    }
    const auto first = std::find_if(finding.claims.begin(), finding.claims.end(), located);
    return first != finding.claims.end() ? &*first : &finding.claims.front();
}

int rank(Severity severity) {
    return static_cast<int>(severity);
}

bool at_least(Severity severity, Severity min_level) {
    return severity >= min_level;
}

std::vector<const Finding*> ordered_findings(const StoryResult& result, bool new_first) {
    std::vector<const Finding*> out;
    out.reserve(result.findings.size());
    for (const auto& finding : result.findings) {
        out.push_back(&finding);
    }
    const auto key = [&](const Finding* f) {
        return std::tuple<bool, int, int, const std::string&, const std::string&>(
            !(new_first && f->is_new), static_cast<int>(f->kind), -rank(f->severity), f->topic, f->fingerprint);
    };
    std::stable_sort(out.begin(), out.end(), [&](const Finding* a, const Finding* b) { return key(a) < key(b); });
    return out;
}

std::string plural(int n, const std::string& singular, const std::string& plural_form) {
    return std::to_string(n) + " " + (n == 1 ? singular : plural_form);
}

std::string place(const std::string& file, int line, int column) {
    std::string out = file;
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0) {
            out += ":" + std::to_string(column);
        }
    }
    return out;
}

std::string shown_value(const FindingClaim& claim) {
    return claim.display.empty() ? claim.value : claim.value + " (" + claim.display + ")";
}

}  // namespace claimcheck::render
