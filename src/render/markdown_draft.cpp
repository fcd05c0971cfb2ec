// The report's Draft review (spec §8): the page an editor fixes the draft
// from, first.
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

namespace {

// What the Draft review says when no claim of the draft differs: that is
// good news only when the draft's claims were compared at all.
std::string draft_without_findings(const StoryResult& result) {
    std::size_t compared = 0;
    std::size_t problems = 0;
    for (const Source& source : result.story.sources) {
        if (source.role != Role::draft) {
            continue;
        }
        for (const Claim& claim : source.claims) {
            const AnchorState state = claim.anchor.state;
            compared += source.article_loaded && state != AnchorState::orphan && state != AnchorState::ambiguous;
        }
        problems += static_cast<std::size_t>(std::count_if(
            result.problems.begin(), result.problems.end(),
            [&](const Diagnostic& d) { return d.severity == Severity::error && d.where.file == source.display_file; }));
    }
    if (compared == 0 && problems > 0) {
        return "No claim of the draft could be compared: its claims could not be read or their quotes were not "
               "found (see *Input problems*), so the draft was not checked.";
    }
    if (compared == 0) {
        return "The draft has no claim to compare.";
    }
    if (problems > 0) {
        return fmt::format(
            "No claim of the draft that could be compared differs from the references or the house style; {} "
            "of the draft {} "
            "listed under *Input problems*.",
            plural(static_cast<int>(problems), "problem", "problems"), problems == 1 ? "is" : "are");
    }
    return "No claim of the draft differs from the references or the house style.";
}

}  // namespace

void Writer::draft_review_section() {
    if (!has_draft(result_)) {
        return;
    }
    const std::vector<DraftEntry> entries = draft_review(result_);
    line("## Draft review");
    line();
    if (entries.empty()) {
        line(draft_without_findings(result_));
        line();
        return;
    }
    line(
        "Each claim where the draft is the one that differs, in the draft's order; claims of one finding "
        "that say the same are one row.");
    line();
    line("| Draft | Topic | The draft says | The references say | Verdict | Reconciles if |");
    line("| --- | --- | --- | --- | --- | --- |");
    for (const auto& row : draft_rows(entries)) {
        const Finding& f = *row.front()->finding;
        std::vector<std::string> links;
        for (const DraftEntry* entry : row) {
            links.push_back(file_link(entry->claim->file, entry->claim->line, entry->claim->column));
        }
        const std::string said =
            row.front()->references.empty() ? md::markdown(f.explanation) : references_said(*row.front());
        line(fmt::format("| {} | {} | {} | {} | {} {} | {} |", fmt::join(links, "<br>"),
                         md::markdown_code(f.topic, true), md::markdown(shown_value(*row.front()->claim)), said,
                         severity_symbol(f.severity), md::markdown_code(rule_id(f), true),
                         f.assumption.empty() ? "—" : md::markdown(f.assumption)));
    }
    line();
}

std::vector<std::vector<const DraftEntry*>> Writer::draft_rows(const std::vector<DraftEntry>& entries) {
    std::vector<std::vector<const DraftEntry*>> rows;
    std::map<std::pair<const Finding*, std::string>, std::size_t> row_of;
    for (const auto& entry : entries) {
        const auto key = std::make_pair(entry.finding, shown_value(*entry.claim));
        const auto [it, added] = row_of.emplace(key, rows.size());
        if (added) {
            rows.emplace_back();
        }
        rows[it->second].push_back(&entry);
    }
    return rows;
}

std::string Writer::references_said(const DraftEntry& entry) {
    std::vector<std::pair<std::string, std::vector<std::string>>> said;  // value -> sources, first seen first
    for (const FindingClaim* claim : entry.references) {
        const std::string value = shown_value(*claim);
        auto it = std::find_if(said.begin(), said.end(), [&](const auto& item) { return item.first == value; });
        if (it == said.end()) {
            it = said.emplace(said.end(), value, std::vector<std::string>{});
        }
        const std::string source = md::markdown_code(claim->source, true);
        if (std::find(it->second.begin(), it->second.end(), source) == it->second.end()) {
            it->second.push_back(source);
        }
    }
    std::vector<std::string> lines;
    for (const auto& [value, sources] : said) {
        lines.push_back(fmt::format("{}: {}", fmt::join(sources, ", "), md::markdown(value)));
    }
    return fmt::format("{}", fmt::join(lines, "<br>"));
}

}  // namespace claimcheck::render::markdown
