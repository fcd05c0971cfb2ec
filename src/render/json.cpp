// `--format json` (spec §8): one document, keys in the order the spec shows,
// extra keys after them.
#include "render/common.hpp"
#include "render/render.hpp"

#include <nlohmann/json.hpp>

namespace claimcheck::render {

namespace {

using Json = nlohmann::ordered_json;

// Unknown lines and columns are null rather than 0.
Json position(int n) {
    return n > 0 ? Json(n) : Json(nullptr);
}

Json claim_json(const FindingClaim& claim) {
    return Json{{"source", claim.source},
                {"id", claim.claim},
                {"value", claim.value},
                {"quote", claim.quote},
                {"anchor", to_string(claim.anchor)},
                {"file", claim.file},
                {"line", position(claim.line)},
                {"column", position(claim.column)},
                {"outlet", claim.outlet},
                {"speaker", claim.speaker},
                {"note", claim.note},
                {"display", claim.display.empty() ? claim.value : claim.display}};
}

Json finding_json(const Finding& finding) {
    Json claims = Json::array();
    for (const auto& claim : finding.claims) {
        claims.push_back(claim_json(claim));
    }
    return Json{{"fingerprint", finding.fingerprint},
                {"kind", family_name(finding.kind)},
                {"verdict", to_string(finding.verdict)},
                {"severity", to_string(finding.severity)},
                {"topic", finding.topic},
                {"new", finding.is_new},
                {"explanation", finding.explanation},
                {"claims", std::move(claims)},
                {"label", finding.topic_label},
                {"assumption", finding.assumption},
                {"accepted_reason", finding.accepted_reason},
                {"diff", finding.diff},
                {"values", finding.values},
                {"outliers", finding.outliers},
                {"agreeing", finding.agreeing}};
}

// §8: the draft review, null when the story has no draft source.
Json draft_json(const StoryResult& result) {
    if (!has_draft(result)) {
        return nullptr;
    }
    Json claims = Json::array();
    for (const auto& entry : draft_review(result)) {
        Json references = Json::array();
        for (const FindingClaim* claim : entry.references) {
            references.push_back(Json{{"source", claim->source},
                                      {"id", claim->claim},
                                      {"value", claim->value},
                                      {"display", claim->display.empty() ? claim->value : claim->display}});
        }
        Json item = claim_json(*entry.claim);
        item["fingerprint"] = entry.finding->fingerprint;
        item["verdict"] = to_string(entry.finding->verdict);
        item["severity"] = to_string(entry.finding->severity);
        item["topic"] = entry.finding->topic;
        item["assumption"] = entry.finding->assumption;
        item["references"] = std::move(references);
        claims.push_back(std::move(item));
    }
    return Json{{"claims", std::move(claims)}};
}

Json story_json(const StoryResult& result) {
    Json sources = Json::array();
    for (const auto& source : result.story.sources) {
        sources.push_back(Json{{"id", source.id},
                               {"outlet", source.outlet},
                               {"claims", source.number_of_claims()},
                               {"role", source.role == Role::draft ? "draft" : "reference"},
                               {"file", source.display_file}});
    }
    Json findings = Json::array();
    for (const Finding* finding : ordered_findings(result)) {
        findings.push_back(finding_json(*finding));
    }
    Json problems = Json::array();
    for (const auto& problem : result.problems) {
        problems.push_back(Json{{"file", problem.where.file},
                                {"line", position(problem.where.line)},
                                {"column", position(problem.where.column)},
                                {"severity", to_string(problem.severity)},
                                {"message", problem.message}});
    }
    Json stale = Json::array();
    for (const auto& entry : result.stale_baseline) {
        stale.push_back(Json{{"fingerprint", entry.fingerprint}, {"reason", entry.reason}});
    }
    Json timelines = Json::array();
    for (const auto& timeline : result.timelines) {
        Json entries = Json::array();
        for (const auto& entry : timeline.entries) {
            Json claim = claim_json(entry.claim);
            claim["as_of"] = entry.as_of.empty() ? Json(nullptr) : Json(entry.as_of);
            entries.push_back(std::move(claim));
        }
        timelines.push_back(
            Json{{"topic", timeline.topic}, {"label", timeline.topic_label}, {"claims", std::move(entries)}});
    }
    return Json{{"id", result.story.id},
                {"title", result.story.title},
                {"report", result.report_path},
                {"sources", std::move(sources)},
                {"findings", std::move(findings)},
                {"problems", std::move(problems)},
                {"stale_baseline", std::move(stale)},
                {"timelines", std::move(timelines)},
                {"draft", draft_json(result)}};
}

}  // namespace

std::string json(const std::vector<StoryResult>& results) {
    Json stories = Json::array();
    Counts totals;
    for (const auto& result : results) {
        stories.push_back(story_json(result));
        totals += count(result);
    }
    const Json document{{"version", 1},
                        {"stories", std::move(stories)},
                        {"totals",
                         {{"error", totals.error},
                          {"warning", totals.warning},
                          {"note", totals.note},
                          {"new", totals.fresh},
                          {"problems", totals.problems()},
                          {"accepted", totals.accepted}}}};
    // Invalid UTF-8 in an input becomes U+FFFD instead of throwing.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck::render
