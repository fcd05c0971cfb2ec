// The report's agreement matrix: every topic by every source, or the topics
// in a finding when the matrix would be too large.
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

std::string_view Writer::cell(const std::string& topic, const std::string& source, int sources_on_topic) const {
    const TopicSource key{topic, source};
    if (const auto worst = worst_.find(key); worst != worst_.end()) {
        return severity_symbol(worst->second);
    }
    if (with_majority_.count(key) > 0) {
        return "☑️";
    }
    if (covered_.count(key) == 0) {
        return "—";
    }
    return sources_on_topic > 1 ? "✅" : "◻️";
}

void Writer::matrix() {
    const auto& sources = result_.story.sources;
    line("## Agreement");
    line();
    if (sources.empty() || topics_.empty()) {
        line("No topics to compare.");
        line();
        return;
    }
    if (topics_.size() * sources.size() > matrix_cells_at_most) {
        agreement_by_finding();
        return;
    }
    const bool fold = topics_.size() > fold_rows_over;
    open_fold(fold, fmt::format("Agreement of {} sources on {} topics", sources.size(), topics_.size()));
    matrix_header();
    for (const auto& topic : topics_) {
        matrix_row(topic);
    }
    line();
    matrix_legend();
    close_fold(fold);
}

void Writer::agreement_by_finding() {
    line(
        fmt::format("{} topics by {} sources are more than {} cells: only the topics in a finding are listed, "
                    "each with the sources in its findings (symbols as in the legend below). Every other "
                    "source with claims on a listed topic agrees, and no other topic is in a finding.",
                    topics_.size(), result_.story.sources.size(), matrix_cells_at_most));
    line();
    std::map<std::string, std::map<std::string, std::string_view>> cells;  // topic → source → symbol
    for (const auto& [key, severity] : worst_) {
        cells[std::string(key.first)][std::string(key.second)] = severity_symbol(severity);
    }
    for (const auto& key : with_majority_) {
        cells[std::string(key.first)].try_emplace(std::string(key.second), "☑️");
    }
    const bool fold = cells.size() > fold_rows_over;
    open_fold(fold, fmt::format("{} topics in a finding", cells.size()));
    line("| Topic | Sources in its findings |");
    line("| --- | --- |");
    for (const auto& [topic, by_source] : cells) {
        std::vector<std::string> shown;
        for (const auto& [source, symbol] : by_source) {
            shown.push_back(fmt::format("{} {}", symbol, md::markdown_code(source, true)));
        }
        line(fmt::format("| {} | {} |", md::markdown_code(topic, true), fmt::join(shown, ", ")));
    }
    line();
    matrix_legend();
    close_fold(fold);
}

void Writer::matrix_header() {
    std::map<std::string, int> outlet_uses;
    for (const auto& source : result_.story.sources) {
        ++outlet_uses[source.outlet];
    }
    std::string header = "| Topic |";
    std::string rule = "| --- |";
    for (const auto& source : result_.story.sources) {
        std::string name = source.outlet.empty() || outlet_uses[source.outlet] > 1 ? md::markdown_code(source.id, true)
                                                                                   : md::markdown(source.outlet);
        if (!source.outlet.empty() && outlet_uses[source.outlet] > 1) {
            name = md::markdown(source.outlet) + " " + name;
        }
        header += " " + name + " |";
        rule += " :---: |";
    }
    line(header);
    line(rule);
}

void Writer::matrix_row(const std::string& topic) {
    const auto& sources = result_.story.sources;
    int on_topic = 0;
    for (const auto& source : sources) {
        on_topic += static_cast<int>(covered_.count({topic, source.id}));
    }
    std::string row = "| " + md::markdown_code(topic, true);
    if (const std::string label = topic_label(topic); !label.empty()) {
        row += " " + md::markdown(label);
    }
    row += " |";
    for (const auto& source : sources) {
        row += " " + std::string(cell(topic, source.id, on_topic)) + " |";
    }
    line(row);
}

void Writer::matrix_legend() {
    line("Legend:");
    line();
    line(
        "- ✅ agrees: the source has claims on the topic and is in no finding for it (its "
        "values are identical to the other sources', or differ only in the date they refer "
        "to, `as_of`)");
    line(
        "- ☑️ agrees with the majority: the source is in a finding on the topic, on the side of the "
        "sources that agree; the finding's other sources (marked with its severity) are the odd ones out");
    line("- ◻️ sole source: no other source has claims on the topic, so nothing was compared");
    line("- 🔹 differs slightly: in a note (rounding style, spelling variant, added qualifier)");
    line("- ⚠️ differs: in a warning");
    line("- ❌ conflicts: in an error");
    line("- — not covered: the source has no claim on the topic");
    line();
    line(
        "A source in several findings on one topic shows the most severe; ☑️ only when it is on the "
        "majority's side of every one.");
    line();
}

}  // namespace claimcheck::render::markdown
