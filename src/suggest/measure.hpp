// Leave-one-out: how well `suggest --story` proposes the claim files a
// story already has. For each source, its claims are set aside, a file is
// proposed for its article from the other sources, and the two are
// compared. A curated claim is recalled when a proposal has its topic and a
// quote that overlaps its quote in the article; a proposal is correct when
// it recalls a curated claim.
#pragma once

#include "model/diagnostics.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace claimcheck::suggest {

struct SourceScore {
    std::string story;
    std::string source;
    std::size_t curated = 0;
    std::size_t recalled = 0;
    std::size_t proposed = 0;
    std::size_t correct = 0;
    std::vector<std::string> missed;  // curated claims no proposal recalls: "topic: quote"
    std::vector<std::string> wrong;   // proposals that recall none: "topic: quote (sureness)"
    double seconds = 0;               // proposing the file, the story's loading not counted
};

// Every source of the story, in id order. Problems loading the story are
// reported to `diagnostics`; a source whose file does not load is skipped.
std::vector<SourceScore> leave_one_out(const std::filesystem::path& story_dir, Diagnostics& diagnostics);

// Recall and precision of several scores together (0 when nothing counts).
struct Totals {
    std::size_t curated = 0;
    std::size_t recalled = 0;
    std::size_t proposed = 0;
    std::size_t correct = 0;
    double recall() const { return curated == 0 ? 0 : static_cast<double>(recalled) / static_cast<double>(curated); }
    double precision() const {
        return proposed == 0 ? 0 : static_cast<double>(correct) / static_cast<double>(proposed);
    }
};
Totals totals(const std::vector<SourceScore>& scores);

}  // namespace claimcheck::suggest
