#include "gate/baseline.hpp"

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

// The text of a 1-based line, for the caret under a diagnostic.
std::string line_text(std::string_view content, std::size_t line) {
    std::size_t start = 0;
    for (std::size_t n = 1; n < line; ++n) {
        start = content.find('\n', start);
        if (start == std::string_view::npos) {
            return {};
        }
        ++start;
    }
    std::string_view rest = content.substr(start);
    rest = rest.substr(0, rest.find('\n'));
    if (!rest.empty() && rest.back() == '\r') {
        rest.remove_suffix(1);
    }
    return std::string(rest);
}

class Reader {
  public:
    Reader(std::string_view content, const std::string& display, Diagnostics& diagnostics)
        : content_(content), display_(display), diagnostics_(diagnostics) {}

    std::optional<Baseline> read() {
        toml::table table;
        try {
            table = toml::parse(content_, display_);
        } catch (const toml::parse_error& err) {
            error(err.source().begin, "invalid baseline: " + std::string(err.description()));
            return std::nullopt;
        }
        Baseline baseline;
        for (const auto& [key, node] : table) {
            if (key.str() != "accepted") {
                unknown_key(key, {"accepted"}, "at the top of a baseline");
                continue;
            }
            const toml::array* entries = node.as_array();
            if (entries == nullptr) {
                error(node.source().begin, "'accepted' must be a list of [[accepted]] tables");
                continue;
            }
            for (const toml::node& element : *entries) {
                if (const toml::table* entry = element.as_table()) {
                    read_entry(*entry, baseline);
                } else {
                    error(element.source().begin, "each 'accepted' entry must be a table");
                }
            }
        }
        if (failed_) {
            return std::nullopt;
        }
        return baseline;
    }

  private:
    std::string_view content_;
    const std::string& display_;
    Diagnostics& diagnostics_;
    bool failed_ = false;
    std::set<std::string> seen_;

    Location location(const toml::source_position& at) const {
        return {display_, static_cast<int>(at.line), static_cast<int>(at.column)};
    }

    void error(const toml::source_position& at, std::string message) {
        failed_ = true;
        diagnostics_.error(location(at), std::move(message), line_text(content_, at.line));
    }

    void unknown_key(const toml::key& key, const std::vector<std::string>& known, std::string_view where) {
        std::string message = fmt::format("unknown key '{}' {}", text::printable(key.str()), where);
        if (const std::string close = text::closest(key.str(), known); !close.empty()) {
            message += fmt::format(" (did you mean '{}'?)", close);
        } else {
            std::string list;
            for (const auto& name : known) {
                list += (list.empty() ? "'" : ", '") + name + "'";
            }
            message += " (expected " + list + ")";
        }
        error(key.source().begin, std::move(message));
    }

    void read_entry(const toml::table& entry, Baseline& baseline) {
        BaselineEntry accepted;
        accepted.where = location(entry.source().begin);
        bool has_fingerprint = false;
        for (const auto& [key, node] : entry) {
            if (key.str() == "fingerprint") {
                const auto value = node.value<std::string>();
                if (!value || value->empty()) {
                    error(node.source().begin, "'fingerprint' must be a non-empty string");
                    return;
                }
                accepted.fingerprint = *value;
                has_fingerprint = true;
            } else if (key.str() == "reason") {
                const auto value = node.value<std::string>();
                if (!value) {
                    error(node.source().begin, "'reason' must be a string");
                    return;
                }
                accepted.reason = *value;
            } else {
                unknown_key(key, {"fingerprint", "reason"}, "in [[accepted]]");
            }
        }
        if (!has_fingerprint) {
            error(entry.source().begin, "[[accepted]] entry without a 'fingerprint'");
            return;
        }
        if (!seen_.insert(accepted.fingerprint).second) {
            diagnostics_.warning(accepted.where,
                                 fmt::format("fingerprint '{}' is accepted twice; the first reason is used",
                                             text::printable(accepted.fingerprint)),
                                 line_text(content_, static_cast<std::size_t>(accepted.where.line)));
        }
        baseline.accepted.push_back(std::move(accepted));
    }
};

// A TOML basic string.
std::string toml_string(std::string_view value) {
    std::string out = "\"";
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (byte < 0x20 || byte == 0x7f) {
                    out += fmt::format("\\u{:04X}", static_cast<unsigned>(byte));
                } else {
                    out += c;
                }
                break;
        }
    }
    return out + "\"";
}

std::string default_reason(const Finding& finding) {
    std::vector<std::string> values;
    for (const auto& claim : finding.claims) {
        if (std::find(values.begin(), values.end(), claim.value) == values.end()) {
            values.push_back(claim.value);
        }
    }
    std::string list;
    for (const auto& value : values) {
        list += (list.empty() ? "" : " vs ") + value;
    }
    return fmt::format("accepted with --update-baseline ({}: {}); say why this is acceptable", to_string(finding.verdict), list);
}

}  // namespace

std::optional<Baseline> read_baseline(const fs::path& file, const std::string& display, Diagnostics& diagnostics) {
    std::error_code ec;
    if (!fs::exists(file, ec) && !ec) {
        return Baseline{};
    }
    std::string why;
    const auto content = io::read_file(file, why);
    if (!content) {
        diagnostics.error({display, 0, 0}, "cannot read the baseline: " + why);
        return std::nullopt;
    }
    return Reader(*content, display, diagnostics).read();
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
        out += "fingerprint = " + toml_string(entry->fingerprint) + "\n";
        out += "reason = " + toml_string(entry->reason) + "\n";
    }
    return out;
}

}  // namespace claimcheck::gate
