// `--format json` (spec §8): one document, keys in the order the spec shows,
// extra keys after them, written story by story (json_stream) as each story
// is done.
#include "render/common.hpp"
#include "render/json_writer.hpp"
#include "render/render.hpp"

namespace claimcheck::render {

namespace {

// The members of a claim, without the braces (the draft review and the
// timelines add their own).
void claim_members(JsonWriter& w, const FindingClaim& claim) {
    w.string("source", claim.source);
    w.string("id", claim.claim);
    w.string("value", claim.value);
    w.string("quote", claim.quote);
    w.string("anchor", to_string(claim.anchor));
    w.string("file", claim.file);
    w.position("line", claim.line);
    w.position("column", claim.column);
    w.string("outlet", claim.outlet);
    w.string("speaker", claim.speaker);
    w.string("note", claim.note);
    w.string("display", claim.display.empty() ? claim.value : claim.display);
}

void finding_json(JsonWriter& w, const Finding& finding) {
    w.begin_object();
    w.string("fingerprint", finding.fingerprint);
    w.string("kind", family_name(finding.kind));
    w.string("verdict", to_string(finding.verdict));
    w.string("severity", to_string(finding.severity));
    w.string("topic", finding.topic);
    w.boolean("new", finding.is_new);
    w.string("explanation", finding.explanation);
    w.key("claims");
    w.begin_array();
    for (const auto& claim : finding.claims) {
        w.begin_object();
        claim_members(w, claim);
        w.end_object();
    }
    w.end_array();
    w.string("label", finding.topic_label);
    w.string("assumption", finding.assumption);
    w.string("accepted_reason", finding.accepted_reason);
    w.string("diff", finding.diff);
    w.strings("values", finding.values);
    w.strings("outliers", finding.outliers);
    w.strings("agreeing", finding.agreeing);
    w.end_object();
}

void draft_entry_json(JsonWriter& w, const DraftEntry& entry) {
    w.begin_object();
    claim_members(w, *entry.claim);
    w.string("fingerprint", entry.finding->fingerprint);
    w.string("verdict", to_string(entry.finding->verdict));
    w.string("severity", to_string(entry.finding->severity));
    w.string("topic", entry.finding->topic);
    w.string("assumption", entry.finding->assumption);
    w.key("references");
    w.begin_array();
    for (const FindingClaim* claim : entry.references) {
        w.begin_object();
        w.string("source", claim->source);
        w.string("id", claim->claim);
        w.string("value", claim->value);
        w.string("display", claim->display.empty() ? claim->value : claim->display);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

// §8: the draft review, null when the story has no draft source.
void draft_json(JsonWriter& w, const StoryResult& result) {
    w.key("draft");
    if (!has_draft(result)) {
        w.null();
        return;
    }
    w.begin_object();
    w.key("claims");
    w.begin_array();
    for (const auto& entry : draft_review(result)) {
        draft_entry_json(w, entry);
    }
    w.end_array();
    w.end_object();
}

void sources_json(JsonWriter& w, const StoryResult& result) {
    w.key("sources");
    w.begin_array();
    for (const auto& source : result.story.sources) {
        w.begin_object();
        w.string("id", source.id);
        w.string("outlet", source.outlet);
        w.integer("claims", static_cast<std::int64_t>(source.number_of_claims()));
        w.string("role", source.role == Role::draft ? "draft" : "reference");
        w.string("file", source.display_file);
        w.end_object();
    }
    w.end_array();
}

void problems_json(JsonWriter& w, const StoryResult& result) {
    w.key("problems");
    w.begin_array();
    for (const auto& problem : result.problems) {
        w.begin_object();
        w.string("file", problem.where.file);
        w.position("line", problem.where.line);
        w.position("column", problem.where.column);
        w.string("severity", to_string(problem.severity));
        w.string("message", problem.message);
        w.end_object();
    }
    w.end_array();
    w.key("stale_baseline");
    w.begin_array();
    for (const auto& entry : result.stale_baseline) {
        w.begin_object();
        w.string("fingerprint", entry.fingerprint);
        w.string("reason", entry.reason);
        w.end_object();
    }
    w.end_array();
}

void timelines_json(JsonWriter& w, const StoryResult& result) {
    w.key("timelines");
    w.begin_array();
    for (const auto& timeline : result.timelines) {
        w.begin_object();
        w.string("topic", timeline.topic);
        w.string("label", timeline.topic_label);
        w.key("claims");
        w.begin_array();
        for (const auto& entry : timeline.entries) {
            w.begin_object();
            claim_members(w, entry.claim);
            w.key("as_of");
            entry.as_of.empty() ? w.null() : w.string(entry.as_of);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
}

void story_json(JsonWriter& w, const StoryResult& result) {
    w.begin_object();
    w.string("id", result.story.id);
    w.string("title", result.story.title);
    w.string("report", result.report_path);
    sources_json(w, result);
    w.key("findings");
    w.begin_array();
    for (const Finding* finding : ordered_findings(result)) {
        finding_json(w, *finding);
    }
    w.end_array();
    problems_json(w, result);
    timelines_json(w, result);
    draft_json(w, result);
    w.end_object();
}

class JsonStream : public StoryStream {
  public:
    explicit JsonStream(Output& out) : out_(out), w_(out) {
        w_.begin_object();
        w_.integer("version", 1);
        w_.key("stories");
        w_.begin_array();
    }

    void add(const StoryResult& result) override {
        story_json(w_, result);
        totals_ += count(result);
        out_.flush(false);
    }

    void finish() override {
        w_.end_array();
        w_.key("totals");
        w_.begin_object();
        w_.integer("error", totals_.error);
        w_.integer("warning", totals_.warning);
        w_.integer("note", totals_.note);
        w_.integer("new", totals_.fresh);
        w_.integer("problems", totals_.problems());
        w_.integer("accepted", totals_.accepted);
        w_.end_object();
        w_.end_object();
        out_.write("\n");
        out_.flush();
    }

  private:
    Output& out_;
    JsonWriter w_;
    Counts totals_;
};

}  // namespace

std::unique_ptr<StoryStream> json_stream(Output& out) {
    return std::make_unique<JsonStream>(out);
}

std::string json(const std::vector<StoryResult>& results) {
    std::string text;
    Output out(text);
    write_all(*json_stream(out), results);
    return text;
}

}  // namespace claimcheck::render
