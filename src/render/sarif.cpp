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

struct RuleInfo {
    std::string_view id;
    std::string_view text;
    Severity level;
};

// The verdicts of the comparison engine (spec §6), so their rule indexes stay
// stable between runs; any other verdict gets a rule when it first occurs.
constexpr RuleInfo known_rules[] = {
    {"numeric/conflict", "The figures cannot both be true.", Severity::error},
    {"numeric/unit-mismatch", "The figures are in units that do not convert.", Severity::warning},
    {"numeric/compatible-rounding", "The figures differ, but one is the other rounded at its stated precision.",
     Severity::warning},
    {"numeric/compatible-bound", "The figures differ, but a bound or approximator covers the other.", Severity::note},
    {"numeric/compatible-share", "A share and a count agree given the total.", Severity::note},
    {"numeric/scope-difference", "The figures count different groups (a subgroup and the total).", Severity::note},
    {"numeric/precision-drift", "The same number, but a qualifier was added or dropped.", Severity::note},
    {"temporal/conflict", "The dates cannot both be true.", Severity::error},
    {"temporal/partial-overlap", "The dates overlap only in part.", Severity::warning},
    {"temporal/compatible-precision", "One date lies within the other, less precise one.", Severity::note},
    {"naming/conflict", "The names are different.", Severity::error},
    {"naming/transliteration", "The names are transliterated differently.", Severity::warning},
    {"naming/near-miss", "The names are similar but no rule explains the difference (likely a typo).",
     Severity::warning},
    {"naming/house-style", "A draft does not use the entity's house spelling.", Severity::warning},
    {"naming/style", "The names differ only in case, hyphens, spacing or punctuation.", Severity::note},
    {"naming/diacritics", "The names differ only in diacritics or long-vowel spelling.", Severity::note},
    {"naming/generic-term", "The names differ in a generic term (-ji = temple, -san = mount, ...).", Severity::note},
    {"naming/registered-variant", "Both names are listed under one entity.", Severity::note},
    {"framing/conflict", "The sources frame the event far apart on its scale.", Severity::error},
    {"framing/divergence", "The sources frame the event at clearly different levels of its scale.", Severity::warning},
    {"framing/curation-mismatch", "The curated level and the quote's own cues disagree.", Severity::warning},
    {"framing/nuance", "The sources frame the event at nearby levels of its scale.", Severity::note},
    {"framing/superseded", "An earlier, less certain report was superseded by later reporting.", Severity::note},
    {"framing/scale-mismatch", "The levels belong to different scales and are not compared.", Severity::note},
    {"quote/conflict", "The quotes share fewer than half their words.", Severity::error},
    {"quote/reworded", "Some quoted words were changed, added or removed.", Severity::warning},
    {"quote/excerpt", "One quote occurs word for word inside the other.", Severity::note},
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
    Rules() {
        for (const auto& rule : known_rules) {
            add(std::string(rule.id), std::string(rule.text), rule.level);
        }
    }

    int index(const std::string& id, Severity severity) {
        const auto found = indexes_.find(id);
        if (found != indexes_.end()) {
            return found->second;
        }
        return add(id, "A difference between sources (" + id + ").", severity);
    }

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
    return who + ": " + claim.value + " — “" + claim.quote + "”";
}

Json finding_result(const StoryResult& story, const Finding& finding, Rules& rules) {
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
                {"ruleIndex", rules.index(id, finding.severity)},
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
                            {"kind", to_string(finding.kind)},
                            {"verdict", finding.verdict},
                            {"new", finding.is_new}};
    return result;
}

Json problem_result(const StoryResult& story, const Diagnostic& problem, Rules& rules) {
    const std::string id = rule_id(problem);
    Json locations = Json::array();
    if (!problem.where.file.empty()) {
        locations.push_back(
            Json{{"physicalLocation", physical(problem.where.file, problem.where.line, problem.where.column)}});
    }
    return Json{{"ruleId", id},
                {"ruleIndex", rules.index(id, problem.severity)},
                {"level", level(problem.severity)},
                {"message", {{"text", escape::sarif_message(problem.message)}}},
                {"locations", std::move(locations)},
                {"properties", {{"story", story.story.id}}}};
}

}  // namespace

std::string sarif(const std::vector<StoryResult>& results, const std::string& version) {
    Rules rules;
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
