// `--format github`: workflow commands that GitHub Actions turns into
// annotations on the files. Input problems come first, then new findings,
// then accepted ones, each group most severe first; at most `max_annotations`
// are emitted and the rest are counted in one notice.
#include "render/common.hpp"
#include "render/escape.hpp"
#include "render/render.hpp"

#include <algorithm>
#include <array>
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

// The annotations of one group (problems, new findings or accepted ones):
// at most `limit` of each severity, in the order they came, and how many
// more there were. Emitted most severe first, as a stable sort of the whole
// group would order them, so no more than `limit` of a severity can be shown.
class Group {
  public:
    explicit Group(std::size_t limit) : limit_(limit) {}

    void add(Annotation annotation) {
        auto& kept = by_rank_[static_cast<std::size_t>(rank(annotation.severity))];
        if (kept.size() < limit_) {
            kept.push_back(std::move(annotation));
        } else {
            ++dropped_;
        }
    }

    // Writes up to `left` annotations (most severe first) and counts the rest.
    void emit(std::string& out, std::size_t& left, std::size_t& skipped) const {
        for (auto it = by_rank_.rbegin(); it != by_rank_.rend(); ++it) {
            for (const auto& annotation : *it) {
                if (left > 0) {
                    out += command_line(annotation);
                    --left;
                } else {
                    ++skipped;
                }
            }
        }
        skipped += dropped_;
    }

  private:
    std::size_t limit_;
    std::array<std::vector<Annotation>, 3> by_rank_;  // by rank(): note, warning, error
    std::size_t dropped_ = 0;
};

class GithubStream : public StoryStream {
  public:
    GithubStream(Output& out, const GithubOptions& options)
        : out_(out),
          options_(options),
          limit_(static_cast<std::size_t>(std::max(0, options.max_annotations))),
          problems_(limit_),
          fresh_(limit_),
          accepted_(limit_) {}

    void add(const StoryResult& result) override {
        for (const auto& problem : result.problems) {
            if (at_least(problem.severity, options_.min_level)) {
                problems_.add({problem.severity, escape::one_line(problem.where.file), problem.where.line,
                               problem.where.column, "claimcheck " + rule_id(problem),
                               escape::one_line(problem.message)});
            }
        }
        for (const Finding* finding : ordered_findings(result)) {
            if (at_least(finding->severity, options_.min_level)) {
                (finding->is_new ? fresh_ : accepted_).add(finding_annotation(result, *finding));
            }
        }
        ++stories_;
        if (stories_ == 1) {
            first_report_ = result.report_path;
        }
    }

    void finish() override {
        std::string text;
        std::size_t left = limit_;
        std::size_t skipped = 0;
        for (const Group* group : {&problems_, &fresh_, &accepted_}) {
            group->emit(text, left, skipped);
        }
        if (skipped > 0) {
            text += skipped_notice(skipped);
        }
        out_.write(text);
        out_.flush();
    }

  private:
    Output& out_;
    GithubOptions options_;
    std::size_t limit_;
    Group problems_;
    Group fresh_;
    Group accepted_;
    std::size_t stories_ = 0;
    std::string first_report_;

    std::string skipped_notice(std::size_t skipped) const {
        const std::string where =
            stories_ == 1 && !first_report_.empty() ? escape::one_line(first_report_) : "the reports";
        return command_line({Severity::note,
                             {},
                             0,
                             0,
                             "claimcheck",
                             fmt::format("{} more {} not annotated (limit {}); see {}", skipped,
                                         skipped == 1 ? "finding or problem" : "findings and problems",
                                         options_.max_annotations, where)});
    }
};

}  // namespace

std::unique_ptr<StoryStream> github_stream(Output& out, const GithubOptions& options) {
    return std::make_unique<GithubStream>(out, options);
}

std::string github(const std::vector<StoryResult>& results, const GithubOptions& options) {
    std::string text;
    Output out(text);
    write_all(*github_stream(out, options), results);
    return text;
}

}  // namespace claimcheck::render
