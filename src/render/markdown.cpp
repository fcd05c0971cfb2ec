// The Markdown report (spec §8): written for an editor who never ran the
// tool, read on a code host. Byte-identical for identical input: no clock, no
// absolute path, every list in a fixed order.
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

namespace {

// A path the report may link to: relative, and never leaving the repository.
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

}  // namespace

Writer::Writer(const StoryResult& result, const std::string& report_dir_to_root)
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

std::string Writer::run() {
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

void Writer::line(std::string_view text) {
    out_ += text;
    out_ += '\n';
}

std::string Writer::short_path(const std::string& file) const {
    const std::string& dir = result_.story.display_dir;
    if (!dir.empty() && file.size() > dir.size() + 1 && file.compare(0, dir.size(), dir) == 0 &&
        file[dir.size()] == '/') {
        return file.substr(dir.size() + 1);
    }
    return file;
}

std::string Writer::file_link(const std::string& file, int line_number, int column) const {
    if (file.empty()) {
        return "—";
    }
    auto known = file_links_.find(file);
    if (known == file_links_.end()) {
        FileLink link{md::markdown(short_path(file)), {}};
        if (is_relative(file)) {
            link.target = (root_.empty() ? std::string() : root_ + "/") + md::url_path(file);
        }
        known = file_links_.emplace(file, std::move(link)).first;
    }
    // ":12:5" after the escaped path is what escaping the whole place would
    // give: digits and a colon followed by a digit are never escaped.
    const FileLink& link = known->second;
    std::string text = link.text + place("", line_number, column);
    if (link.target.empty()) {
        return text;
    }
    std::string out = "[" + text + "](" + link.target;
    if (line_number > 0) {
        out += "#L" + std::to_string(line_number);
    }
    out += ")";
    return out;
}

std::string Writer::source_name(const std::string& source_id) const {
    const auto found = outlets_.find(source_id);
    return md::markdown(found == outlets_.end() || found->second.empty() ? source_id : found->second);
}

std::string Writer::topic_heading(const std::string& topic, const std::string& label) const {
    std::string text = md::markdown_code(topic, false);
    if (!label.empty()) {
        text += " — " + md::markdown(label);
    }
    return text;
}

std::string Writer::topic_label(const std::string& topic) const {
    const auto found = result_.story.topics.find(topic);
    return found != result_.story.topics.end() ? found->second.label : std::string();
}

void Writer::open_fold(bool fold, const std::string& summary) {
    if (fold) {
        line("<details><summary>" + summary + "</summary>");
        line();
    }
}

void Writer::close_fold(bool fold) {
    if (fold) {
        line("</details>");
        line();
    }
}

void Writer::title() {
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

void Writer::verdict() {
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

std::string Writer::anchor_health(const Source& source) {
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
        bad = bad || state == AnchorState::relocated || state == AnchorState::ambiguous || state == AnchorState::orphan;
    }
    return (bad ? "⚠️ " : "✅ ") + out;
}

void Writer::sources() {
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
        const std::string article = source.article.display_path.empty() ? md::markdown(source.text)
                                                                        : file_link(source.article.display_path, 0, 0);
        line(fmt::format("| {} | {} | {} | {} | {} | {} | {} |", md::markdown_code(source.id, true), outlet,
                         source.role == Role::draft ? "**draft**" : "reference",
                         source.published ? calendar::iso_date(*source.published) : "—", article, source.claims.size(),
                         anchor_health(source)));
    }
    line();
}

void Writer::footer() {
    line("---");
    line();
    std::string from = result_.story.display_dir.empty() || !is_relative(result_.story.display_dir)
                           ? std::string("the story's claim files")
                           : "the claim files in " + md::markdown_code(result_.story.display_dir + "/", false);
    line("*Generated by claimcheck from " + from + ". Edit those, not this file.*");
}

}  // namespace claimcheck::render::markdown

namespace claimcheck::render {

std::string markdown_report(const StoryResult& result, const std::string& report_dir_to_root) {
    return markdown::Writer(result, report_dir_to_root).run();
}

}  // namespace claimcheck::render
