// The report's findings, timelines, input problems and stale claims.
#include "render/markdown_writer.hpp"

#include "util/calendar.hpp"
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace claimcheck::render::markdown {

void Writer::claims_table(const Finding& finding) {
    line("| Source | Value | Quote | Where |");
    line("| --- | --- | --- | --- |");
    for (const auto& claim : finding.claims) {
        std::string source = source_name(claim.source) + " (" + md::markdown_code(claim.source, true);
        if (!claim.claim.empty() && claim.claim != finding.topic) {
            source += ", claim " + md::markdown_code(claim.claim, true);
        }
        source += ")";
        std::string where = file_link(claim.file, claim.line, claim.column);
        if (claim.anchor != AnchorState::exact) {
            where += " (" + std::string(to_string(claim.anchor)) + ")";
        }
        line(fmt::format("| {} | {} | {} | {} |", source, md::markdown(shown_value(claim)), quote_cell(claim), where));
    }
    line();
}

std::string Writer::quote_cell(const FindingClaim& claim) {
    std::string cell = "“" + md::markdown(claim.quote) + "”";
    if (!claim.speaker.empty()) {
        cell += " — " + md::markdown(claim.speaker);
    }
    if (!claim.note.empty()) {
        cell += " *Note:* " + md::markdown(claim.note);
    }
    return cell;
}

void Writer::finding(const Finding& f) {
    line(fmt::format("#### {} {}: {} in {}", severity_symbol(f.severity), severity_title(f.severity),
                     md::markdown(to_string(f.verdict)),
                     topic_heading(f.topic, f.topic_label.empty() ? topic_label(f.topic) : f.topic_label)));
    line();
    if (f.is_new) {
        line("**New**: not accepted in the baseline.");
    } else {
        line("**Accepted** in the baseline: " +
             (f.accepted_reason.empty() ? std::string("(no reason given)") : md::markdown(f.accepted_reason)));
    }
    line();
    if (!f.explanation.empty()) {
        line("**Why:** " + md::markdown(f.explanation));
        line();
    }
    line(f.assumption.empty() ? std::string("**Reconciles if:** no assumption reconciles these values.")
                              : "**Reconciles if:** " + md::markdown(f.assumption));
    line();
    const bool fold = f.claims.size() > fold_claims_over;
    open_fold(fold, fmt::format("{} claims", f.claims.size()));
    claims_table(f);
    close_fold(fold);
    if (!f.diff.empty()) {
        line("Word diff:");
        line();
        out_ += md::markdown_code_block(f.diff);
        line();
    }
    line("Fingerprint: " + md::markdown_code(f.fingerprint, false));
    line();
}

void Writer::findings() {
    line("## Findings");
    line();
    const auto list = ordered_findings(result_);
    if (list.empty()) {
        line("None.");
        line();
        return;
    }
    for (std::size_t i = 0; i < list.size();) {
        const Kind kind = list[i]->kind;
        std::size_t end = i;
        std::array<int, 3> by_rank{};
        while (end < list.size() && list[end]->kind == kind) {
            ++by_rank[static_cast<std::size_t>(rank(list[end]->severity))];
            ++end;
        }
        std::string counts;
        for (const Severity severity : {Severity::error, Severity::warning, Severity::note}) {
            const int n = by_rank[static_cast<std::size_t>(rank(severity))];
            if (n > 0) {
                counts += (counts.empty() ? "" : ", ") +
                          plural(n, std::string(to_string(severity)), std::string(to_string(severity)) + "s");
            }
        }
        line(fmt::format("### {} ({})", kind_title(kind), counts));
        line();
        for (; i < end; ++i) {
            finding(*list[i]);
        }
    }
}

void Writer::timelines() {
    if (result_.timelines.empty()) {
        return;
    }
    line("## Timelines");
    line();
    line(
        "Figures given for different dates (`as_of`) are not compared with each other; "
        "here they are in date order.");
    line();
    for (const auto& timeline : result_.timelines) {
        line("### " + topic_heading(timeline.topic,
                                    timeline.topic_label.empty() ? topic_label(timeline.topic) : timeline.topic_label));
        line();
        const bool fold = timeline.entries.size() > fold_rows_over;
        open_fold(fold, fmt::format("{} figures", timeline.entries.size()));
        line("| As of | Source | Value | Quote | Where |");
        line("| --- | --- | --- | --- | --- |");
        for (const auto& entry : timeline.entries) {
            const FindingClaim& claim = entry.claim;
            line(fmt::format("| {} | {} ({}) | {} | “{}” | {} |",
                             entry.as_of.empty() ? std::string("undated") : md::markdown(entry.as_of_shown),
                             source_name(claim.source), md::markdown_code(claim.source, true),
                             md::markdown(shown_value(claim)), md::markdown(claim.quote),
                             file_link(claim.file, claim.line, claim.column)));
        }
        line();
        close_fold(fold);
    }
}

void Writer::problems() {
    if (result_.problems.empty()) {
        return;
    }
    line("## Input problems");
    line();
    const auto& list = result_.problems;
    const bool fold = list.size() > fold_rows_over;
    open_fold(fold, plural(static_cast<int>(list.size()), "problem", "problems"));
    for (const auto& problem : list) {
        line(fmt::format("- {} **{}** {}: {}", severity_symbol(problem.severity), to_string(problem.severity),
                         file_link(problem.where.file, problem.where.line, problem.where.column),
                         md::markdown(problem.message)));
    }
    line();
    close_fold(fold);
}

void Writer::stale() {
    if (result_.stale_baseline.empty()) {
        return;
    }
    line("## Stale baseline entries");
    line();
    line(
        "These accepted findings no longer occur. `claimcheck --update-baseline` removes them "
        "from the story's `baseline.toml`.");
    line();
    line("| Fingerprint | Reason it was accepted |");
    line("| --- | --- |");
    for (const auto& entry : result_.stale_baseline) {
        line(fmt::format("| {} | {} |", md::markdown_code(entry.fingerprint, true),
                         entry.reason.empty() ? std::string("—") : md::markdown(entry.reason)));
    }
    line();
}

}  // namespace claimcheck::render::markdown
