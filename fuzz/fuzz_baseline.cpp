// libFuzzer target: baseline.toml (spec §9). Any text is read or reported;
// a baseline that reads is written back with format_baseline, and what is
// written must read again to the same entries (the round trip of
// --update-baseline).
#include "support.hpp"
#include "gate/baseline.hpp"
#include "model/diagnostics.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using claimcheck::fuzz::require;

using namespace claimcheck;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Diagnostics diagnostics;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto baseline = gate::read_baseline_text(text, "claims/s/baseline.toml", diagnostics);
    for (const auto& diagnostic : diagnostics.sorted()) {
        require(!diagnostic.message.empty());
        require(format_diagnostic(diagnostic, false).size() < (1u << 20));
    }
    if (!baseline) {
        require(diagnostics.has_errors());
        return 0;
    }
    const std::string written = gate::format_baseline(*baseline);
    Diagnostics again;
    const auto reread = gate::read_baseline_text(written, "claims/s/baseline.toml", again);
    require(reread.has_value());
    // format_baseline sorts by fingerprint (stable), so compare as sorted sets of pairs.
    require(reread->accepted.size() == baseline->accepted.size());
    require(gate::format_baseline(*reread) == written);
    return 0;
}
