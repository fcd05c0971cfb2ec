// What every output needs to know about a result: counts, the claim a
// finding is reported at, rule ids. Output-neutral: no escaping here.
#pragma once

#include "model/finding.hpp"

#include <string>
#include <vector>

namespace claimcheck::render {

struct Counts {
    int error = 0;
    int warning = 0;
    int note = 0;
    int fresh = 0;  // findings not accepted in the baseline
    int accepted = 0;
    int problem_errors = 0;
    int problem_warnings = 0;
    int problem_notes = 0;

    int findings() const { return error + warning + note; }
    int problems() const { return problem_errors + problem_warnings + problem_notes; }
    Counts& operator+=(const Counts& other);
};

Counts count(const StoryResult& result);

// "numeric/compatible-rounding"; "input/error" for an input problem.
std::string rule_id(const Finding& finding);
std::string rule_id(Verdict verdict);  // "numeric/compatible-rounding"
std::string rule_id(const Diagnostic& problem);

// The claim a finding is reported at (GitHub annotation, SARIF primary
// location, terminal line): a draft source's claim when there is one (the text
// being checked), else the first claim with a known line, else the first
// claim; nullptr when the finding has no claims.
const FindingClaim* primary_claim(const StoryResult& result, const Finding& finding);

// §8 Draft review: each claim of a draft source that is in a finding where
// the draft is the one that differs (not on the side of the sources that
// agree, not an accepted form of a name it writes in the house spelling),
// with what the other sources of that finding say. In the draft's order: source,
// line, column, claim id, then report order of the findings.
struct DraftEntry {
    const Finding* finding = nullptr;
    const FindingClaim* claim = nullptr;          // the draft's claim
    std::vector<const FindingClaim*> references;  // the finding's claims from reference sources
};
std::vector<DraftEntry> draft_review(const StoryResult& result);

// Whether the story has a source with role = "draft".
bool has_draft(const StoryResult& result);

// The findings in report order: kind, severity (error first), topic,
// fingerprint. With `new_first`, new findings come before accepted ones.
std::vector<const Finding*> ordered_findings(const StoryResult& result, bool new_first = false);

// Severity rank for ordering and filtering: note 0, warning 1, error 2 (the
// order of the enum).
int rank(Severity severity);
bool at_least(Severity severity, Severity min_level);

// "1 error", "2 warnings".
std::string plural(int n, const std::string& singular, const std::string& plural_form);

// A claim's value as the reader sees it: as written, then in its topic's
// unit when it is written in another: "about 40 km (about 24.9 miles)".
std::string shown_value(const FindingClaim& claim);

// "file:13:5", "file:13", "file".
std::string place(const std::string& file, int line, int column);

}  // namespace claimcheck::render
