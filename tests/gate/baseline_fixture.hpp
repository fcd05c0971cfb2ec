// Helpers for the gate tests: baseline files in a scratch folder and
// hand-built findings.
#pragma once

#include "model/finding.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace claimcheck::test {

// A scratch folder removed when the test ends.
class ScratchDir {
  public:
    ScratchDir() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() / ("claimcheck-gate-" + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    std::filesystem::path write(const std::string& name, const std::string& content) const {
        const auto file = path_ / name;
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

inline Finding finding(std::string fingerprint, Severity severity, std::vector<std::string> values = {"183", "180"}) {
    Finding f;
    f.fingerprint = std::move(fingerprint);
    f.severity = severity;
    f.verdict = severity == Severity::error ? Verdict::numeric_conflict : Verdict::compatible_rounding;
    f.topic = "mine.deaths";
    for (std::size_t i = 0; i < values.size(); ++i) {
        FindingClaim claim;
        claim.source = "00" + std::to_string(i + 1);
        claim.value = values[i];
        f.claims.push_back(claim);
    }
    return f;
}

}  // namespace claimcheck::test
