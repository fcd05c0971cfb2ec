#include "gate/baseline.hpp"

#include "load/paths.hpp"
#include "load/toml_reader.hpp"
#include "load/toml_string.hpp"
#include "model/io.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>
#include <toml++/toml.h>

namespace claimcheck::gate {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view baseline_keys[] = {"accepted"};
constexpr std::string_view accepted_keys[] = {"fingerprint", "reason"};

// Reads a baseline through the loader's TOML reader: the same checks and
// messages as story.toml and claim files.
class Reader {
  public:
    Reader(std::string content, const std::string& display, Diagnostics& diagnostics)
        : file_(display, std::move(content), diagnostics), errors_before_(diagnostics.count(Severity::error)) {}

    std::optional<Baseline> read() {
        const auto table = file_.parse();
        if (!table) {
            return std::nullopt;
        }
        Baseline baseline;
        file_.check_keys(*table, "a baseline", baseline_keys);
        if (const toml::node* node = table->get("accepted")) {
            read_entries(*node, baseline);
        }
        if (file_.diagnostics().count(Severity::error) > errors_before_) {
            return std::nullopt;
        }
        return baseline;
    }

  private:
    load::TomlFile file_;
    std::size_t errors_before_;
    std::set<std::string> seen_;

    void read_entries(const toml::node& node, Baseline& baseline) {
        const toml::array* entries = node.as_array();
        if (entries == nullptr) {
            file_.error(node.source(), "'accepted' must be a list of [[accepted]] tables");
            return;
        }
        for (const toml::node& element : *entries) {
            if (const toml::table* entry = element.as_table()) {
                read_entry(*entry, baseline);
            } else {
                file_.error(element.source(), "each 'accepted' entry must be a table");
            }
        }
    }

    void read_entry(const toml::table& entry, Baseline& baseline) {
        file_.check_keys(entry, "[[accepted]]", accepted_keys);
        BaselineEntry accepted;
        accepted.where = file_.location(entry.source());
        bool ok = true;
        if (const toml::node* reason = entry.get("reason")) {
            const auto text = reason->value<std::string>();
            ok = text.has_value();
            if (!ok) {
                file_.error(reason->source(), "'reason' must be a string");
            }
            accepted.reason = text.value_or("");
        }
        const toml::node* fingerprint = entry.get("fingerprint");
        const auto value = fingerprint != nullptr ? fingerprint->value<std::string>() : std::nullopt;
        if (fingerprint == nullptr) {
            file_.error(entry.source(), "[[accepted]] entry without a 'fingerprint'");
            return;
        }
        if (!value || value->empty()) {
            file_.error(fingerprint->source(), "'fingerprint' must be a non-empty string");
            return;
        }
        accepted.fingerprint = *value;
        if (!ok) {
            return;
        }
        if (!seen_.insert(accepted.fingerprint).second) {
            file_.warning(entry.source(), fmt::format("fingerprint '{}' is accepted twice; the first reason is used",
                                                      text::printable(accepted.fingerprint)));
        }
        baseline.accepted.push_back(std::move(accepted));
    }
};

std::string default_reason(const Finding& finding) {
    return fmt::format("accepted with --update-baseline ({}: {}); say why this is acceptable",
                       to_string(finding.verdict), values_in_brief(finding));
}

}  // namespace

std::optional<Baseline> read_baseline(const fs::path& file, const std::string& display, Diagnostics& diagnostics,
                                      const load::FileContents* read) {
    std::error_code ec;
    const bool was_read = read != nullptr && read->count(file.native()) > 0;
    if (!was_read && fs::symlink_status(file, ec).type() == fs::file_type::not_found) {
        return Baseline{};
    }
    std::string why;
    auto content = load::read_story_file(file, why, read);
    if (!content) {
        diagnostics.error({display, 0, 0}, "cannot read the baseline: " + why);
        return std::nullopt;
    }
    return read_baseline_text(std::move(*content), display, diagnostics);
}

std::optional<Baseline> read_baseline_text(std::string text, const std::string& display, Diagnostics& diagnostics) {
    return Reader(std::move(text), display, diagnostics).read();
}

void apply_baseline(StoryResult& result, const Baseline& baseline) {
    std::map<std::string, const BaselineEntry*> accepted;  // the first entry of a fingerprint wins
    for (const auto& entry : baseline.accepted) {
        accepted.emplace(entry.fingerprint, &entry);
    }
    std::set<std::string> current;
    for (auto& finding : result.findings) {
        current.insert(finding.fingerprint);
        const auto found = accepted.find(finding.fingerprint);
        finding.is_new = found == accepted.end();
        finding.accepted_reason = finding.is_new ? std::string() : found->second->reason;
    }
    result.stale_baseline.clear();
    for (const auto& [fingerprint, entry] : accepted) {
        if (current.count(fingerprint) == 0) {
            result.stale_baseline.push_back({fingerprint, entry->reason});
        }
    }
}

Baseline updated_baseline(const StoryResult& result, const Baseline& existing) {
    std::map<std::string, std::string> reasons;
    for (const auto& entry : existing.accepted) {
        reasons.emplace(entry.fingerprint, entry.reason);
    }
    std::map<std::string, std::string> kept;
    for (const auto& finding : result.findings) {
        if (finding.fingerprint.empty()) {
            continue;
        }
        const auto found = reasons.find(finding.fingerprint);
        kept.emplace(finding.fingerprint, found != reasons.end() ? found->second : default_reason(finding));
    }
    Baseline updated;
    for (auto& [fingerprint, reason] : kept) {
        updated.accepted.push_back({fingerprint, std::move(reason), {}});
    }
    return updated;
}

std::string format_baseline(const Baseline& baseline) {
    std::vector<const BaselineEntry*> entries;
    for (const auto& entry : baseline.accepted) {
        entries.push_back(&entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BaselineEntry* a, const BaselineEntry* b) { return a->fingerprint < b->fingerprint; });
    std::string out =
        "# Accepted discrepancies of this story. A finding whose fingerprint is listed\n"
        "# here is still reported, but does not fail `claimcheck`. A fingerprint\n"
        "# changes when a new disagreeing value appears, so such a finding is new again.\n"
        "# `claimcheck --update-baseline` rewrites this file: it keeps every reason,\n"
        "# adds current findings and drops entries that no longer occur. Edit the\n"
        "# reasons; they are shown in the report.\n";
    for (const BaselineEntry* entry : entries) {
        out += "\n[[accepted]]\n";
        out += "fingerprint = " + load::toml_basic_string(entry->fingerprint) + "\n";
        out += "reason = " + load::toml_basic_string(entry->reason) + "\n";
    }
    return out;
}

}  // namespace claimcheck::gate
