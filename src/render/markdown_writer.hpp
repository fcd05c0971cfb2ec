// The Markdown report's writer (spec §8), one file a part of the report:
// markdown.cpp (title, verdict, sources, footer), markdown_draft.cpp (the
// Draft review), markdown_matrix.cpp (the agreement matrix) and
// markdown_findings.cpp (findings, timelines, problems, stale claims).
// Internal to src/render.
#pragma once

#include "render/common.hpp"
#include "render/escape.hpp"
#include "render/render.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace claimcheck::render::markdown {

namespace md = escape;

// Long parts fold away behind a <details> block.
constexpr std::size_t fold_claims_over = 8;
constexpr std::size_t fold_rows_over = 25;
// An agreement matrix of more cells than this lists the topics in a finding
// instead: a table of every topic by every source grows as their product
// (5 MB of input once made a 123 MB report), the list as the findings.
constexpr std::size_t matrix_cells_at_most = 10000;

std::string_view severity_symbol(Severity severity);

std::string_view severity_title(Severity severity);

std::string_view kind_title(Kind kind);

class Writer {
  public:
    Writer(const StoryResult& result, const std::string& report_dir_to_root);

    std::string run();

  private:
    // Views of the topic and source ids in result_, which outlives the writer.
    using TopicSource = std::pair<std::string_view, std::string_view>;
    struct TopicSourceHash {
        std::size_t operator()(const TopicSource& key) const noexcept {
            const std::size_t h = std::hash<std::string_view>{}(key.first);
            return h ^ (std::hash<std::string_view>{}(key.second) + 0x9e3779b97f4a7c15ULL + (h << 6U) + (h >> 2U));
        }
    };

    const StoryResult& result_;
    std::string root_;
    std::string out_;
    std::vector<std::string> topics_;  // every topic: declared, claimed or in a finding
    // Looked up once per cell of the matrix; never listed in their own order.
    std::unordered_set<TopicSource, TopicSourceHash> covered_;          // (topic, source) pairs with a claim
    std::unordered_map<TopicSource, Severity, TopicSourceHash> worst_;  // the worst finding of a source on a topic
    std::unordered_set<TopicSource, TopicSourceHash> with_majority_;    // on the majority's side of a finding (§6.6)
    std::map<std::string, std::string> outlets_;                        // source id -> outlet

    // A file's escaped short path and link target, made once per file: a
    // report links the same few files at many lines.
    struct FileLink {
        std::string text;    // md::markdown(short_path(file))
        std::string target;  // "" when the file cannot be linked
    };
    mutable std::map<std::string, FileLink, std::less<>> file_links_;

    void line(std::string_view text = {});

    // "articles/001.txt" for a file inside the story's folder, else the path.
    std::string short_path(const std::string& file) const;

    // A link to a line of a repository file, or the plain place when the path
    // cannot be linked (absolute, or leaving the repository).
    std::string file_link(const std::string& file, int line_number, int column) const;

    std::string source_name(const std::string& source_id) const;

    std::string topic_heading(const std::string& topic, const std::string& label) const;

    std::string topic_label(const std::string& topic) const;

    void open_fold(bool fold, const std::string& summary);
    void close_fold(bool fold);

    // The report's parts, in its order (run()).

    void title();

    void verdict();

    // §8: the page an editor fixes the draft from, first.
    void draft_review_section();

    // The draft's entries of one finding that show one value share a row, at
    // the place of the first.
    static std::vector<std::vector<const DraftEntry*>> draft_rows(const std::vector<DraftEntry>& entries);

    // The references that say one thing on one line: "`000`, `002`: 180 people".
    static std::string references_said(const DraftEntry& entry);

    static std::string anchor_health(const Source& source);

    void sources();

    // One cell of the agreement matrix (the legend below the table defines them).
    std::string_view cell(const std::string& topic, const std::string& source, int sources_on_topic) const;

    void matrix();

    // The matrix's cells that are not ✅, ◻️ or —, topic by topic: what a
    // matrix too large to show says beyond "agrees".
    void agreement_by_finding();

    // One column per source: the outlet names it; the source id tells apart
    // two articles of one outlet.
    void matrix_header();

    void matrix_row(const std::string& topic);

    void matrix_legend();

    void claims_table(const Finding& finding);

    // The quote, who said it and the curator's note, in one table cell.
    static std::string quote_cell(const FindingClaim& claim);

    void finding(const Finding& f);

    void findings();

    void timelines();

    void problems();

    void stale();

    void footer();
};

}  // namespace claimcheck::render::markdown
