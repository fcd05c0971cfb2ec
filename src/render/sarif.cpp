// `--format sarif`: SARIF 2.1.0 for code scanning. One rule per verdict
// ("numeric/conflict"), one result per finding at its primary claim with the
// other claims as related locations, input problems as "input/<severity>".
#include "render/common.hpp"
#include "render/escape.hpp"
#include "render/render.hpp"

#include <map>
#include <nlohmann/json.hpp>

namespace claimcheck::render {

namespace {

using Json = nlohmann::ordered_json;

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

    Json json() const { return rules_; }

  private:
    Json rules_ = Json::array();
    std::map<std::string, int> indexes_;

    int add(const std::string& id, const std::string& text, Severity severity) {
        const int at = static_cast<int>(rules_.size());
        rules_.push_back(Json{{"id", id},
                              {"name", rule_name(id)},
                              {"shortDescription", {{"text", text}}},
                              {"defaultConfiguration", {{"level", level(severity)}}}});
        indexes_.emplace(id, at);
        return at;
    }
};

Json physical(const std::string& file, int line, int column) {
    Json location{{"artifactLocation", {{"uri", escape::url_path(file)}}}};
    if (line > 0) {
        Json region{{"startLine", line}};
        if (column > 0) {
            region["startColumn"] = column;
        }
        location["region"] = std::move(region);
    }
    return location;
}

std::string claim_text(const FindingClaim& claim) {
    const std::string who = claim.outlet.empty() ? claim.source : claim.outlet + " (" + claim.source + ")";
    return who + ": " + shown_value(claim) + " — “" + claim.quote + "”";
}

Json finding_result(const StoryResult& story, const Finding& finding, const Rules& rules) {
    const std::string id = rule_id(finding);
    std::string message = (finding.topic_label.empty() ? finding.topic : finding.topic_label) + ": " +
                          values_in_brief(finding) + ". " + finding.explanation;
    if (!finding.assumption.empty()) {
        message += " Reconciles if: " + finding.assumption + ".";
    }
    const FindingClaim* primary = primary_claim(story, finding);
    Json locations = Json::array();
    Json related = Json::array();
    int related_id = 1;
    for (const auto& claim : finding.claims) {
        if (claim.file.empty()) {
            continue;
        }
        Json location{{"physicalLocation", physical(claim.file, claim.line, claim.column)},
                      {"message", {{"text", escape::sarif_message(claim_text(claim))}}}};
        if (&claim == primary) {
            locations.push_back(std::move(location));
        } else {
            location = Json{{"id", related_id++},
                            {"physicalLocation", location["physicalLocation"]},
                            {"message", location["message"]}};
            related.push_back(std::move(location));
        }
    }
    Json result{{"ruleId", id},
                {"ruleIndex", rules.index(id)},
                {"level", level(finding.severity)},
                {"message", {{"text", escape::sarif_message(message)}}},
                {"locations", std::move(locations)}};
    if (!related.empty()) {
        result["relatedLocations"] = std::move(related);
    }
    if (!finding.fingerprint.empty()) {
        result["partialFingerprints"] = {{"claimcheck/v1", finding.fingerprint}};
    }
    result["baselineState"] = finding.is_new ? "new" : "unchanged";
    if (!finding.is_new) {
        result["suppressions"] = Json::array(
            {Json{{"kind", "external"}, {"status", "accepted"}, {"justification", finding.accepted_reason}}});
    }
    result["properties"] = {{"story", story.story.id},
                            {"topic", finding.topic},
                            {"kind", family_name(finding.kind)},
                            {"verdict", to_string(finding.verdict)},
                            {"new", finding.is_new}};
    return result;
}

Json problem_result(const StoryResult& story, const Diagnostic& problem, const Rules& rules) {
    const std::string id = rule_id(problem);
    Json locations = Json::array();
    if (!problem.where.file.empty()) {
        locations.push_back(
            Json{{"physicalLocation", physical(problem.where.file, problem.where.line, problem.where.column)}});
    }
    return Json{{"ruleId", id},
                {"ruleIndex", rules.index(id)},
                {"level", level(problem.severity)},
                {"message", {{"text", escape::sarif_message(problem.message)}}},
                {"locations", std::move(locations)},
                {"properties", {{"story", story.story.id}}}};
}

}  // namespace

std::string sarif(const std::vector<StoryResult>& results, const std::string& version) {
    const Rules rules;
    Json list = Json::array();
    for (const auto& result : results) {
        for (const auto& problem : result.problems) {
            list.push_back(problem_result(result, problem, rules));
        }
        for (const Finding* finding : ordered_findings(result)) {
            list.push_back(finding_result(result, *finding, rules));
        }
    }
    Json driver{{"name", "claimcheck"}, {"version", version}, {"semanticVersion", version}, {"rules", rules.json()}};
    const Json document{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                        {"version", "2.1.0"},
                        {"runs", Json::array({Json{{"tool", {{"driver", std::move(driver)}}},
                                                   {"columnKind", "unicodeCodePoints"},
                                                   {"results", std::move(list)}}})}};
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck::render
