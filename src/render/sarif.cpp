// `--format sarif`: SARIF 2.1.0 for code scanning. One rule per verdict
// ("numeric/conflict"), one result per finding at its primary claim with the
// other claims as related locations, input problems as "input/<severity>".
// Written story by story (sarif_stream): the results are the last member of
// the run.
#include "render/common.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/render.hpp"

#include <map>

namespace claimcheck::render {

namespace {

// Input problems, after the verdicts of model/verdict.hpp, one rule a severity.
struct ProblemRule {
    std::string_view id;
    std::string_view text;
    Severity level;
};
constexpr ProblemRule problem_rules[] = {
    {"input/error", "The input is invalid.", Severity::error},
    {"input/warning", "The input is suspect.", Severity::warning},
    {"input/note", "A remark on the input.", Severity::note},
};

std::string_view level(Severity severity) {
    // SARIF levels: error, warning, note.
    return to_string(severity);
}

// "numeric/compatible-rounding" → "NumericCompatibleRounding".
std::string rule_name(std::string_view id) {
    std::string out;
    bool upper = true;
    for (const char c : id) {
        if (c == '/' || c == '-' || c == '_' || c == '.') {
            upper = true;
            continue;
        }
        out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return out;
}

class Rules {
  public:
    struct Rule {
        std::string id;
        std::string text;
        Severity level;
    };

    // Every verdict has a rule, in the table's order, so rule indexes stay
    // stable between runs whatever the findings are.
    Rules() {
        for (const VerdictInfo& verdict : verdict_table) {
            add(rule_id(verdict.verdict), std::string(verdict.description), verdict.severity);
        }
        for (const auto& rule : problem_rules) {
            add(std::string(rule.id), std::string(rule.text), rule.level);
        }
    }

    int index(const std::string& id) const { return indexes_.at(id); }

    void write(JsonWriter& w) const {
        w.key("rules");
        w.begin_array();
        for (const auto& rule : rules_) {
            w.begin_object();
            w.string("id", rule.id);
            w.string("name", rule_name(rule.id));
            w.key("shortDescription");
            w.begin_object();
            w.string("text", rule.text);
            w.end_object();
            w.key("defaultConfiguration");
            w.begin_object();
            w.string("level", level(rule.level));
            w.end_object();
            w.end_object();
        }
        w.end_array();
    }

  private:
    std::vector<Rule> rules_;
    std::map<std::string, int> indexes_;

    void add(const std::string& id, const std::string& text, Severity severity) {
        indexes_.emplace(id, static_cast<int>(rules_.size()));
        rules_.push_back({id, text, severity});
    }
};

void physical(JsonWriter& w, const std::string& file, int line, int column) {
    w.key("physicalLocation");
    w.begin_object();
    w.key("artifactLocation");
    w.begin_object();
    w.string("uri", escape::url_path(file));
    w.end_object();
    if (line > 0) {
        w.key("region");
        w.begin_object();
        w.integer("startLine", line);
        if (column > 0) {
            w.integer("startColumn", column);
        }
        w.end_object();
    }
    w.end_object();
}

void message(JsonWriter& w, std::string_view text) {
    w.key("message");
    w.begin_object();
    w.string("text", escape::sarif_message(text));
    w.end_object();
}

std::string claim_text(const FindingClaim& claim) {
    const std::string who = claim.outlet.empty() ? claim.source : claim.outlet + " (" + claim.source + ")";
    return who + ": " + shown_value(claim) + " — “" + claim.quote + "”";
}

// The primary claim's location, then the others' as related locations
// (numbered from 1; omitted when there are none).
void finding_locations(JsonWriter& w, const StoryResult& story, const Finding& finding) {
    const FindingClaim* primary = primary_claim(story, finding);
    const auto located = [](const FindingClaim& claim) { return !claim.file.empty(); };
    w.key("locations");
    w.begin_array();
    for (const auto& claim : finding.claims) {
        if (located(claim) && &claim == primary) {
            w.begin_object();
            physical(w, claim.file, claim.line, claim.column);
            message(w, claim_text(claim));
            w.end_object();
        }
    }
    w.end_array();
    int related_id = 1;
    for (const auto& claim : finding.claims) {
        if (!located(claim) || &claim == primary) {
            continue;
        }
        if (related_id == 1) {
            w.key("relatedLocations");
            w.begin_array();
        }
        w.begin_object();
        w.integer("id", related_id++);
        physical(w, claim.file, claim.line, claim.column);
        message(w, claim_text(claim));
        w.end_object();
    }
    if (related_id > 1) {
        w.end_array();
    }
}

void finding_result(JsonWriter& w, const StoryResult& story, const Finding& finding, const Rules& rules) {
    const std::string id = rule_id(finding);
    std::string text = (finding.topic_label.empty() ? finding.topic : finding.topic_label) + ": " +
                       values_in_brief(finding) + ". " + finding.explanation;
    if (!finding.assumption.empty()) {
        text += " Reconciles if: " + finding.assumption + ".";
    }
    w.begin_object();
    w.string("ruleId", id);
    w.integer("ruleIndex", rules.index(id));
    w.string("level", level(finding.severity));
    message(w, text);
    finding_locations(w, story, finding);
    if (!finding.fingerprint.empty()) {
        w.key("partialFingerprints");
        w.begin_object();
        w.string("claimcheck/v1", finding.fingerprint);
        w.end_object();
    }
    w.string("baselineState", finding.is_new ? "new" : "unchanged");
    if (!finding.is_new) {
        w.key("suppressions");
        w.begin_array();
        w.begin_object();
        w.string("kind", "external");
        w.string("status", "accepted");
        w.string("justification", finding.accepted_reason);
        w.end_object();
        w.end_array();
    }
    w.key("properties");
    w.begin_object();
    w.string("story", story.story.id);
    w.string("topic", finding.topic);
    w.string("kind", family_name(finding.kind));
    w.string("verdict", to_string(finding.verdict));
    w.boolean("new", finding.is_new);
    w.end_object();
    w.end_object();
}

void problem_result(JsonWriter& w, const StoryResult& story, const Diagnostic& problem, const Rules& rules) {
    const std::string id = rule_id(problem);
    w.begin_object();
    w.string("ruleId", id);
    w.integer("ruleIndex", rules.index(id));
    w.string("level", level(problem.severity));
    message(w, problem.message);
    w.key("locations");
    w.begin_array();
    if (!problem.where.file.empty()) {
        w.begin_object();
        physical(w, problem.where.file, problem.where.line, problem.where.column);
        w.end_object();
    }
    w.end_array();
    w.key("properties");
    w.begin_object();
    w.string("story", story.story.id);
    w.end_object();
    w.end_object();
}

class SarifStream : public StoryStream {
  public:
    SarifStream(Output& out, const std::string& version) : out_(out), w_(out) {
        w_.begin_object();
        w_.string("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w_.string("version", "2.1.0");
        w_.key("runs");
        w_.begin_array();
        w_.begin_object();
        w_.key("tool");
        w_.begin_object();
        w_.key("driver");
        w_.begin_object();
        w_.string("name", "claimcheck");
        w_.string("version", version);
        w_.string("semanticVersion", version);
        rules_.write(w_);
        w_.end_object();
        w_.end_object();
        w_.string("columnKind", "unicodeCodePoints");
        w_.key("results");
        w_.begin_array();
    }

    void add(const StoryResult& result) override {
        for (const auto& problem : result.problems) {
            problem_result(w_, result, problem, rules_);
        }
        for (const Finding* finding : ordered_findings(result)) {
            finding_result(w_, result, *finding, rules_);
        }
        out_.flush(false);
    }

    void finish() override {
        w_.end_array();
        w_.end_object();
        w_.end_array();
        w_.end_object();
        out_.write("\n");
        out_.flush();
    }

  private:
    Output& out_;
    const Rules rules_;
    JsonWriter w_;
};

}  // namespace

std::unique_ptr<StoryStream> sarif_stream(Output& out, const std::string& version) {
    return std::make_unique<SarifStream>(out, version);
}

std::string sarif(const std::vector<StoryResult>& results, const std::string& version) {
    std::string text;
    Output out(text);
    write_all(*sarif_stream(out, version), results);
    return text;
}

}  // namespace claimcheck::render
