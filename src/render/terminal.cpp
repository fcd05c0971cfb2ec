// The default text output: one compiler-style line per finding, indented
// lines for each source's value, then a summary per story and in total.
// Input problems are not repeated here (the caller prints them on stderr as
// diagnostics); the summaries count them. `quiet` prints the total line only.
#include "util/text.hpp"
#include "render/common.hpp"
#include "render/escape.hpp"
#include "render/render.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace claimcheck::render {

namespace {

struct Style : ansi::Palette {
    std::string_view severity(Severity s) const { return color_of(s, *this); }
};

std::string counts_text(const Counts& counts) {
    std::string out =
        fmt::format("{}, {}, {} ({} new", plural(counts.error, "error", "errors"),
                    plural(counts.warning, "warning", "warnings"), plural(counts.note, "note", "notes"), counts.fresh);
    if (counts.accepted > 0) {
        out += fmt::format(", {} accepted", counts.accepted);
    }
    out += ")";
    if (counts.problems() > 0) {
        out += ", " + plural(counts.problems(), "input problem", "input problems");
    }
    return out;
}

void finding_lines(std::string& out, const StoryResult& result, const Finding& finding, const Style& style) {
    using escape::one_line;
    const FindingClaim* primary = primary_claim(result, finding);
    const std::string where = primary != nullptr && !primary->file.empty()
                                  ? place(primary->file, primary->line, primary->column)
                                  : result.story.display_dir;
    out += fmt::format("{}{}:{} {}{}:{} [{}] {}: {} — {}{}\n", style.bold(), one_line(where), style.reset(),
                       style.severity(finding.severity), to_string(finding.severity), style.reset(),
                       one_line(rule_id(finding)), one_line(finding.topic), one_line(values_in_brief(finding)),
                       one_line(finding.explanation), finding.is_new ? "" : " (accepted)");
    std::size_t width = 0;
    for (const auto& claim : finding.claims) {
        width = std::max(width, text::code_points(one_line(claim.source + " " + claim.outlet)));
    }
    for (const auto& claim : finding.claims) {
        std::string who = one_line(claim.source + " " + claim.outlet);
        who.append(width - text::code_points(who), ' ');
        const std::string speaker = claim.speaker.empty() ? "" : " — " + one_line(claim.speaker);
        out += fmt::format("    {}  {}  “{}”{}  {}{}{}\n", who, one_line(shown_value(claim)), one_line(claim.quote),
                           speaker, style.dim(), one_line(place(claim.file, claim.line, claim.column)), style.reset());
        if (!claim.note.empty()) {
            out += fmt::format("    {}  note: {}\n", std::string(width, ' '), one_line(claim.note));
        }
    }
    if (!finding.assumption.empty()) {
        out += "    reconciles if: " + one_line(finding.assumption) + "\n";
    }
    if (!finding.diff.empty()) {
        out += "    diff: " + one_line(finding.diff) + "\n";
    }
    if (!finding.is_new) {
        out += "    accepted: " + one_line(finding.accepted_reason) + "\n";
    }
    out += fmt::format("    {}fingerprint: {}{}\n", style.dim(), one_line(finding.fingerprint), style.reset());
}

}  // namespace

std::string terminal(const std::vector<StoryResult>& results, const TerminalOptions& options) {
    const Style style{{options.color}};
    std::string out;
    Counts totals;
    for (const auto& result : results) {
        const Counts counts = count(result);
        totals += counts;
        if (options.quiet) {
            continue;
        }
        for (const Finding* finding : ordered_findings(result)) {
            if (at_least(finding->severity, options.min_level)) {
                finding_lines(out, result, *finding, style);
            }
        }
        std::string line = fmt::format("{}{}:{} {}", style.bold(), escape::one_line(result.story.id), style.reset(),
                                       counts_text(counts));
        if (!result.stale_baseline.empty()) {
            line += ", " + plural(static_cast<int>(result.stale_baseline.size()), "stale baseline entry",
                                  "stale baseline entries");
        }
        if (!result.report_path.empty()) {
            line += " — " + escape::one_line(result.report_path);
        }
        out += line + "\n";
    }
    out += fmt::format("{}total:{} {} in {}\n", style.bold(), style.reset(), counts_text(totals),
                       plural(static_cast<int>(results.size()), "story", "stories"));
    return out;
}

}  // namespace claimcheck::render
