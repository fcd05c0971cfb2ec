// `--format github`: workflow commands that GitHub Actions turns into
// annotations on the files. Input problems come first, then new findings,
// then accepted ones, each group most severe first; at most `max_annotations`
// are emitted and the rest are counted in one notice.
#include "render/common.hpp"
#include "render/escape.hpp"
#include "render/render.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace claimcheck::render {

namespace {

std::string_view command(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            return "notice";
    }
    return "error";
}

struct Annotation {
    Severity severity = Severity::error;
    std::string file;
    int line = 0;
    int column = 0;
    std::string title;
    std::string message;  // may hold line breaks; encoded when written
};

std::string command_line(const Annotation& a) {
    std::string properties;
    const auto add = [&](std::string_view key, const std::string& value) {
        properties += properties.empty() ? " " : ",";
        properties += key;
        properties += '=';
        properties += escape::github_property(value);
    };
    if (!a.file.empty()) {
        add("file", a.file);
        if (a.line > 0) {
            add("line", std::to_string(a.line));
            if (a.column > 0) {
                add("col", std::to_string(a.column));
            }
        }
    }
    add("title", a.title);
    return fmt::format("::{}{}::{}\n", command(a.severity), properties, escape::github_data(a.message));
}

Annotation finding_annotation(const StoryResult& result, const Finding& finding) {
    using escape::one_line;
    Annotation a;
    a.severity = finding.severity;
    if (const FindingClaim* primary = primary_claim(result, finding)) {
        a.file = one_line(primary->file);
        a.line = primary->line;
        a.column = primary->column;
    }
    a.title = one_line(rule_id(finding) + " " + finding.topic + (finding.is_new ? "" : " (accepted)"));
    a.message = one_line(values_in_brief(finding)) + " — " + one_line(finding.explanation);
    for (const auto& claim : finding.claims) {
        a.message += "\n" + one_line((claim.outlet.empty() ? claim.source : claim.outlet) + ": " + shown_value(claim) +
                                     " “" + claim.quote + "” (" + place(claim.file, claim.line, claim.column) + ")");
    }
    if (!finding.assumption.empty()) {
        a.message += "\nreconciles if: " + one_line(finding.assumption);
    }
    if (!finding.is_new) {
        a.message += "\naccepted: " + one_line(finding.accepted_reason);
    }
    a.message += "\nfingerprint: " + one_line(finding.fingerprint);
    return a;
}

}  // namespace

std::string github(const std::vector<StoryResult>& results, const GithubOptions& options) {
    std::vector<Annotation> problems;
    std::vector<Annotation> fresh;
    std::vector<Annotation> accepted;
    for (const auto& result : results) {
        for (const auto& problem : result.problems) {
            if (at_least(problem.severity, options.min_level)) {
                problems.push_back({problem.severity, escape::one_line(problem.where.file), problem.where.line,
                                    problem.where.column, "claimcheck " + rule_id(problem),
                                    escape::one_line(problem.message)});
            }
        }
        for (const Finding* finding : ordered_findings(result)) {
            if (at_least(finding->severity, options.min_level)) {
                (finding->is_new ? fresh : accepted).push_back(finding_annotation(result, *finding));
            }
        }
    }
    // Within each group the most severe first: they matter most when the limit cuts.
    for (auto* group : {&problems, &fresh, &accepted}) {
        std::stable_sort(group->begin(), group->end(),
                         [](const Annotation& a, const Annotation& b) { return rank(a.severity) > rank(b.severity); });
    }
    std::string out;
    std::size_t left = static_cast<std::size_t>(std::max(0, options.max_annotations));
    std::size_t skipped = 0;
    for (const auto* group : {&problems, &fresh, &accepted}) {
        for (const auto& annotation : *group) {
            if (left > 0) {
                out += command_line(annotation);
                --left;
            } else {
                ++skipped;
            }
        }
    }
    if (skipped > 0) {
        const std::string where = results.size() == 1 && !results.front().report_path.empty()
                                      ? escape::one_line(results.front().report_path)
                                      : "the reports";
        out += command_line({Severity::note,
                             {},
                             0,
                             0,
                             "claimcheck",
                             fmt::format("{} more {} not annotated (limit {}); see {}", skipped,
                                         skipped == 1 ? "finding or problem" : "findings and problems",
                                         options.max_annotations, where)});
    }
    return out;
}

}  // namespace claimcheck::render
