// The Markdown report (spec §8): written for an editor who never ran the
// tool, read on a code host. Byte-identical for identical input: no clock, no
// absolute path, every list in a fixed order.
#include "render/common.hpp"
#include "render/escape.hpp"
#include "render/render.hpp"
#include "util/calendar.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace claimcheck::render {

namespace {

namespace md = escape;

// Long parts fold away behind a <details> block.
constexpr std::size_t fold_claims_over = 8;
constexpr std::size_t fold_rows_over = 25;
// An agreement matrix of more cells than this lists the topics in a finding
// instead: a table of every topic by every source grows as their product
// (5 MB of input once made a 123 MB report), the list as the findings.
constexpr std::size_t matrix_cells_at_most = 10000;

std::string_view severity_symbol(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "❌";
        case Severity::warning:
            return "⚠️";
        case Severity::note:
            return "🔹";
    }
    return "❌";
}

std::string_view severity_title(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "Error";
        case Severity::warning:
            return "Warning";
        case Severity::note:
            return "Note";
    }
    return "Error";
}

std::string_view kind_title(Kind kind) {
    switch (kind) {
        case Kind::quantity:
            return "Numbers";
        case Kind::date:
            return "Dates";
        case Kind::name:
            return "Names";
        case Kind::frame:
            return "Framing";
        case Kind::quote:
            return "Quotes";
    }
    return "Findings";
}

bool is_relative(const std::string& path) {
    if (path.empty() || path.front() == '/') {
        return false;
    }
    // No ".." segment: a link must stay inside the repository.
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        if (path.compare(start, end - start, "..") == 0) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

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

class Writer {
  public:
    Writer(const StoryResult& result, const std::string& report_dir_to_root)
        : result_(result), root_(report_dir_to_root) {
        while (!root_.empty() && root_.back() == '/') {
            root_.pop_back();
        }
        // Indexes, so the matrix costs the size of the input, not its product.
        std::set<std::string> topics;
        for (const auto& [id, topic] : result_.story.topics) {
            topics.insert(id);
        }
        for (const auto& source : result_.story.sources) {
            outlets_.emplace(source.id, source.outlet);
            for (const auto& claim : source.claims) {
                topics.insert(claim.topic);
                covered_.emplace(claim.topic, source.id);
            }
        }
        for (const auto& finding : result_.findings) {
            topics.insert(finding.topic);
            for (const auto& claim : finding.claims) {
                if (std::binary_search(finding.agreeing.begin(), finding.agreeing.end(), claim.source)) {
                    with_majority_.emplace(finding.topic, claim.source);
                    continue;  // on the majority's side: not the source that differs
                }
                const auto [at, added] = worst_.emplace(TopicSource{finding.topic, claim.source}, finding.severity);
                if (!added && rank(finding.severity) > rank(at->second)) {
                    at->second = finding.severity;
                }
            }
        }
        topics_.assign(topics.begin(), topics.end());
    }

    std::string run() {
        title();
        verdict();
        draft_review_section();
        sources();
        matrix();
        findings();
        timelines();
        problems();
        stale();
        footer();
        return std::move(out_);
    }

  private:
    using TopicSource = std::pair<std::string, std::string>;

    const StoryResult& result_;
    std::string root_;
    std::string out_;
    std::vector<std::string> topics_;             // every topic: declared, claimed or in a finding
    std::set<TopicSource> covered_;               // (topic, source) pairs with a claim
    std::map<TopicSource, Severity> worst_;       // the worst finding of a source on a topic
    std::set<TopicSource> with_majority_;         // on the majority's side of a finding (§6.6)
    std::map<std::string, std::string> outlets_;  // source id -> outlet

    void line(std::string_view text = {}) {
        out_ += text;
        out_ += '\n';
    }

    // "articles/001.txt" for a file inside the story's folder, else the path.
    std::string short_path(const std::string& file) const {
        const std::string& dir = result_.story.display_dir;
        if (!dir.empty() && file.size() > dir.size() + 1 && file.compare(0, dir.size(), dir) == 0 &&
            file[dir.size()] == '/') {
            return file.substr(dir.size() + 1);
        }
        return file;
    }

    // A link to a line of a repository file, or the plain place when the path
    // cannot be linked (absolute, or leaving the repository).
    std::string file_link(const std::string& file, int line_number, int column) const {
        if (file.empty()) {
            return "—";
        }
        const std::string text = md::markdown(place(short_path(file), line_number, column));
        if (!is_relative(file)) {
            return text;
        }
        std::string target = root_.empty() ? std::string() : root_ + "/";
        target += md::url_path(file);
        if (line_number > 0) {
            target += "#L" + std::to_string(line_number);
        }
        return "[" + text + "](" + target + ")";
    }

    std::string source_name(const std::string& source_id) const {
        const auto found = outlets_.find(source_id);
        return md::markdown(found == outlets_.end() || found->second.empty() ? source_id : found->second);
    }

    std::string topic_heading(const std::string& topic, const std::string& label) const {
        std::string text = md::markdown_code(topic, false);
        if (!label.empty()) {
            text += " — " + md::markdown(label);
        }
        return text;
    }

    std::string topic_label(const std::string& topic) const {
        const auto found = result_.story.topics.find(topic);
        return found != result_.story.topics.end() ? found->second.label : std::string();
    }

    void open_fold(bool fold, const std::string& summary) {
        if (fold) {
            line("<details><summary>" + summary + "</summary>");
            line();
        }
    }
    void close_fold(bool fold) {
        if (fold) {
            line("</details>");
            line();
        }
    }

    // ------------------------------------------------------------ sections

    void title() {
        const Story& story = result_.story;
        line("# " + md::markdown(story.title.empty() ? story.id : story.title));
        line();
        std::size_t claims = 0;
        for (const auto& source : story.sources) {
            claims += source.claims.size();
        }
        std::string about = "Claim check of story " + md::markdown_code(story.id, false);
        if (story.date) {
            about += " (" + calendar::iso_date(*story.date) + ")";
        }
        about += ": " + plural(static_cast<int>(story.sources.size()), "source", "sources") + ", " +
                 plural(static_cast<int>(claims), "claim", "claims") + ", " +
                 plural(static_cast<int>(topics_.size()), "topic", "topics") + ".";
        line(about);
        line();
    }

    void verdict() {
        const Counts counts = count(result_);
        if (counts.findings() == 0) {
            line("**Verdict:** ✅ no discrepancies — the sources agree on every topic they share.");
        } else {
            std::string text = "**Verdict:** ";
            text += fmt::format("{} {} · {} {} · {} {}", severity_symbol(Severity::error),
                                plural(counts.error, "error", "errors"), severity_symbol(Severity::warning),
                                plural(counts.warning, "warning", "warnings"), severity_symbol(Severity::note),
                                plural(counts.note, "note", "notes"));
            text += fmt::format(" — **{} new**", counts.fresh);
            if (counts.accepted > 0) {
                text += fmt::format(", {} accepted in the baseline", counts.accepted);
            }
            text += ".";
            line(text);
        }
        if (counts.problems() > 0) {
            std::string kinds;
            for (const auto& [n, singular, many] : {std::tuple{counts.problem_errors, "error", "errors"},
                                                    std::tuple{counts.problem_warnings, "warning", "warnings"},
                                                    std::tuple{counts.problem_notes, "note", "notes"}}) {
                if (n > 0) {
                    kinds += (kinds.empty() ? "" : ", ") + plural(n, singular, many);
                }
            }
            line();
            line("**Input problems:** " + kinds +
                 " (listed under *Input problems*; claims with errors are left out of the "
                 "comparison).");
        }
        if (!result_.stale_baseline.empty()) {
            line();
            line(fmt::format(
                "**Baseline:** {} no longer {} (see *Stale baseline entries*).",
                plural(static_cast<int>(result_.stale_baseline.size()), "accepted finding", "accepted findings"),
                result_.stale_baseline.size() == 1 ? "occurs" : "occur"));
        }
        line();
    }

    // §8: the page an editor fixes the draft from, first.
    void draft_review_section() {
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

    // The draft's entries of one finding that show one value share a row, at
    // the place of the first.
    static std::vector<std::vector<const DraftEntry*>> draft_rows(const std::vector<DraftEntry>& entries) {
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

    // The references that say one thing on one line: "`000`, `002`: 180 people".
    static std::string references_said(const DraftEntry& entry) {
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

    static std::string anchor_health(const Source& source) {
        if (!source.article_loaded) {
            return "⚠️ article not read";
        }
        std::map<AnchorState, int> states;
        for (const auto& claim : source.claims) {
            ++states[claim.anchor.state];
        }
        if (states.empty()) {
            return "—";
        }
        std::string out;
        bool bad = false;
        for (const auto& [state, n] : states) {
            out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(to_string(state));
            bad = bad || state == AnchorState::relocated || state == AnchorState::ambiguous ||
                  state == AnchorState::orphan;
        }
        return (bad ? "⚠️ " : "✅ ") + out;
    }

    void sources() {
        line("## Sources");
        line();
        const auto& list = result_.story.sources;
        if (list.empty()) {
            line("No claim files.");
            line();
            return;
        }
        line("| Source | Outlet | Role | Published | Article | Claims | Anchors |");
        line("| --- | --- | --- | --- | --- | ---: | --- |");
        for (const auto& source : list) {
            std::string outlet = md::markdown(source.outlet);
            if (const std::string url = md::web_url(source.url); !url.empty()) {
                outlet = "[" + outlet + "](" + url + ")";
            }
            const std::string article = source.article.display_path.empty()
                                            ? md::markdown(source.text)
                                            : file_link(source.article.display_path, 0, 0);
            line(fmt::format("| {} | {} | {} | {} | {} | {} | {} |", md::markdown_code(source.id, true), outlet,
                             source.role == Role::draft ? "**draft**" : "reference",
                             source.published ? calendar::iso_date(*source.published) : "—", article,
                             source.claims.size(), anchor_health(source)));
        }
        line();
    }

    // One cell of the agreement matrix (the legend below the table defines them).
    std::string_view cell(const std::string& topic, const std::string& source, int sources_on_topic) const {
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

    void matrix() {
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

    // The matrix's cells that are not ✅, ◻️ or —, topic by topic: what a
    // matrix too large to show says beyond "agrees".
    void agreement_by_finding() {
        line(
            fmt::format("{} topics by {} sources are more than {} cells: only the topics in a finding are listed, "
                        "each with the sources in its findings (symbols as in the legend below). Every other "
                        "source with claims on a listed topic agrees, and no other topic is in a finding.",
                        topics_.size(), result_.story.sources.size(), matrix_cells_at_most));
        line();
        std::map<std::string, std::map<std::string, std::string_view>> cells;  // topic → source → symbol
        for (const auto& [key, severity] : worst_) {
            cells[key.first][key.second] = severity_symbol(severity);
        }
        for (const auto& key : with_majority_) {
            cells[key.first].try_emplace(key.second, "☑️");
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

    // One column per source: the outlet names it; the source id tells apart
    // two articles of one outlet.
    void matrix_header() {
        std::map<std::string, int> outlet_uses;
        for (const auto& source : result_.story.sources) {
            ++outlet_uses[source.outlet];
        }
        std::string header = "| Topic |";
        std::string rule = "| --- |";
        for (const auto& source : result_.story.sources) {
            std::string name = source.outlet.empty() || outlet_uses[source.outlet] > 1
                                   ? md::markdown_code(source.id, true)
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

    void matrix_row(const std::string& topic) {
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

    void matrix_legend() {
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

    void claims_table(const Finding& finding) {
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
            line(fmt::format("| {} | {} | {} | {} |", source, md::markdown(shown_value(claim)), quote_cell(claim),
                             where));
        }
        line();
    }

    // The quote, who said it and the curator's note, in one table cell.
    static std::string quote_cell(const FindingClaim& claim) {
        std::string cell = "“" + md::markdown(claim.quote) + "”";
        if (!claim.speaker.empty()) {
            cell += " — " + md::markdown(claim.speaker);
        }
        if (!claim.note.empty()) {
            cell += " *Note:* " + md::markdown(claim.note);
        }
        return cell;
    }

    void finding(const Finding& f) {
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

    void findings() {
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

    void timelines() {
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
            line("### " + topic_heading(timeline.topic, timeline.topic_label.empty() ? topic_label(timeline.topic)
                                                                                     : timeline.topic_label));
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

    void problems() {
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

    void stale() {
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

    void footer() {
        line("---");
        line();
        std::string from = result_.story.display_dir.empty() || !is_relative(result_.story.display_dir)
                               ? std::string("the story's claim files")
                               : "the claim files in " + md::markdown_code(result_.story.display_dir + "/", false);
        line("*Generated by claimcheck from " + from + ". Edit those, not this file.*");
    }
};

}  // namespace

std::string markdown_report(const StoryResult& result, const std::string& report_dir_to_root) {
    return Writer(result, report_dir_to_root).run();
}

}  // namespace claimcheck::render
