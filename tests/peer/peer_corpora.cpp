// The value language measured on public corpora nobody here wrote
// (docs/peer-corpora.md): Duckling's English phrases through parse_quantity
// and parse_date, quantulum3's sentences through the scanner behind
// `suggest`. Prints a table per dimension; with --list, every misread,
// refusal and scanner difference. Reads the tables of docs/peer-corpora.md
// (--docs FILE): phrases out of scope are counted apart, and the run fails
// (exit 1) when a phrase is misread that neither table lists.
#include "judge.hpp"

#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <vector>

using namespace claimcheck;
using namespace claimcheck::peer;
using json = nlohmann::json;

namespace {

// The phrases docs/peer-corpora.md lists, as "dimension<TAB>phrase": those
// out of scope (not judged) and the open misreads (judged, and allowed to
// misread). A table row is `| Dimension | `phrase` | ... |` under the
// heading "## Out of scope" or "## Open misreads".
struct Listed {
    std::set<std::string> out_of_scope, open_misreads;
};

Listed read_listed(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    Listed out;
    std::set<std::string>* table = nullptr;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) {
            table = line == "## Out of scope" ? &out.out_of_scope
                                              : (line == "## Open misreads" ? &out.open_misreads : nullptr);
            continue;
        }
        const auto tick = line.find("| `");
        if (table == nullptr || line.rfind("| ", 0) != 0 || tick == std::string::npos) {
            continue;
        }
        const auto end = line.find("` |", tick + 3);
        if (end == std::string::npos) {
            throw std::runtime_error(path + ": a row's phrase is not closed: " + line);
        }
        const std::string dimension = line.substr(2, line.find(' ', 2) - 2);
        if (!table->insert(dimension + "\t" + line.substr(tick + 3, end - tick - 3)).second) {
            throw std::runtime_error(path + ": listed twice: " + line);
        }
    }
    return out;
}

struct Tally {
    int phrases = 0, out_of_scope = 0, unmapped = 0, right = 0, misread = 0, refused = 0;
    int in_scope() const { return phrases - out_of_scope; }
};

struct Run {
    Listed listed;
    std::map<std::string, Tally> per_dimension;
    std::vector<std::string> misreads, refusals, scanner;
    std::vector<std::string> unlisted_misreads;  // misread, and not an open misread of the docs
    std::vector<std::string> no_longer_misread;  // an open misread of the docs that now reads
    std::set<std::string> phrases;               // every ordinary phrase, "dimension<TAB>phrase"
    std::map<std::string, int> figures;
};

json read_json(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    return json::parse(in);
}

void judge_phrase(Run& run, const std::string& dimension, const std::string& phrase, const std::string& expression,
                  const std::optional<Expected>& expected) {
    Tally& tally = run.per_dimension[dimension];
    if (!expected) {
        ++tally.unmapped;
        return;
    }
    const Judged judged = dimension == "Time" ? judge_date(phrase, *expected) : judge_quantity(phrase, *expected);
    const std::string line = fmt::format("{}\t{}\t{}\t{}", dimension, phrase, expression, judged.got);
    const bool open_misread = run.listed.open_misreads.count(dimension + "\t" + phrase) != 0;
    switch (judged.outcome) {
        case Outcome::right:
            ++tally.right;
            break;
        case Outcome::misread:
            ++tally.misread;
            run.misreads.push_back(line);
            if (!open_misread) {
                run.unlisted_misreads.push_back(line);
            }
            break;
        case Outcome::refused:
            ++tally.refused;
            run.refusals.push_back(line);
            break;
    }
    if (open_misread && judged.outcome != Outcome::misread) {
        run.no_longer_misread.push_back(line);
    }
}

void run_duckling(const std::string& dir, Run& run) {
    const json corpus = read_json(dir + "/duckling-en/corpus.json");
    const UnitTable units = read_unit_table(dir + "/duckling_units.tsv");
    for (const auto& group : corpus.at("groups")) {
        const std::string section = group.at("section");
        if (section != "allExamples" && section != "defaultCorpus") {
            continue;  // latent and negative phrases are not ordinary ones
        }
        const std::string dimension = group.at("dimension");
        const std::string expression = group.at("expected");
        const auto expected = expected_value(dimension, expression, units);
        for (const auto& phrase_json : group.at("phrases")) {
            const std::string phrase = phrase_json;
            Tally& tally = run.per_dimension[dimension];
            ++tally.phrases;
            run.phrases.insert(dimension + "\t" + phrase);
            if (run.listed.out_of_scope.count(dimension + "\t" + phrase) != 0) {
                ++tally.out_of_scope;
                continue;
            }
            judge_phrase(run, dimension, phrase, expression, expected);
        }
    }
}

}  // namespace

namespace {

struct Scanned {
    int expected = 0, right = 0, wrong = 0, missed = 0, spurious = 0, years = 0;
};

// A bare year ("1979"): claimcheck reads it as a date (find_dates), never as
// a quantity, so the quantity scanner is not judged on it.
bool bare_year(const std::string& surface, const std::string& unit) {
    return unit == "dimensionless" && surface.size() == 4 &&
           surface.find_first_not_of("0123456789") == std::string::npos && surface >= "1000" && surface <= "2100";
}

// quantulum3's unit → claimcheck's dimension ("" = none: the figure decides).
std::map<std::string, std::string> read_quantulum_units(const std::string& path) {
    std::ifstream in(path);
    std::map<std::string, std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (!line.empty() && line.front() != '#' && tab != std::string::npos) {
            out[line.substr(0, tab)] = line.substr(tab + 1);
        }
    }
    return out;
}

std::optional<grammar::Dimension> quantulum_dimension(const std::map<std::string, std::string>& units,
                                                      const std::string& unit) {
    const auto found = units.find(unit);
    return found == units.end() ? std::nullopt : dimension_named(found->second);
}

void scan_sentence(const json& sentence, const std::map<std::string, std::string>& units, Scanned& tally,
                   std::vector<std::string>& lines) {
    const std::string text = sentence.at("req");
    const auto found = grammar::find_quantities(text);
    std::vector<bool> used(found.size(), false);
    std::size_t from = 0;
    for (const auto& item : sentence.at("res")) {
        const std::string surface = item.at("surface");
        if (bare_year(surface, item.at("unit"))) {
            ++tally.years;
            continue;
        }
        ++tally.expected;
        std::size_t at = text.find(surface, from);
        at = at == std::string::npos ? text.find(surface) : at;
        from = at == std::string::npos ? from : at + surface.size();
        std::size_t hit = found.size();
        for (std::size_t i = 0; i < found.size() && at != std::string::npos; ++i) {
            if (!used[i] && found[i].offset < at + surface.size() && at < found[i].offset + found[i].length) {
                hit = i;
                break;
            }
        }
        const double value = item.at("value");
        const std::optional<double> uncertainty = item.contains("uncertainty") && item.at("uncertainty").is_number()
                                                      ? std::optional<double>(item.at("uncertainty").get<double>())
                                                      : std::nullopt;
        const std::string unit = item.at("unit");
        if (hit == found.size()) {
            ++tally.missed;
            lines.push_back(fmt::format("missed\t{}\t{} {}\t{}", surface, value, unit, text));
            continue;
        }
        used[hit] = true;
        const bool right = scanned_right(found[hit].value, value, quantulum_dimension(units, unit), uncertainty);
        ++(right ? tally.right : tally.wrong);
        if (!right) {
            lines.push_back(fmt::format("wrong\t{}\t{} {}\t'{}' read as {} ({})", surface, value, unit, found[hit].text,
                                        found[hit].value.canonical,
                                        grammar::dimension_name(found[hit].value.dimension)));
        }
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (!used[i]) {
            ++tally.spurious;
            lines.push_back(fmt::format("spurious\t{}\t{} ({})\t{}", found[i].text, found[i].value.canonical,
                                        grammar::dimension_name(found[i].value.dimension), text));
        }
    }
}

void run_quantulum(const std::string& dir, Run& run) {
    const auto units = read_quantulum_units(dir + "/quantulum_units.tsv");
    Scanned tally;
    for (const char* file : {"quantities.json", "quantities.ambiguity.json"}) {
        for (const auto& sentence : read_json(dir + "/quantulum3-en/" + file)) {
            scan_sentence(sentence, units, tally, run.scanner);
        }
    }
    run.figures["quantulum.expected"] = tally.expected;
    run.figures["quantulum.right"] = tally.right;
    run.figures["quantulum.wrong"] = tally.wrong;
    run.figures["quantulum.missed"] = tally.missed;
    run.figures["quantulum.spurious"] = tally.spurious;
    run.figures["quantulum.years"] = tally.years;
}

std::string percent(int part, int whole) {
    return whole == 0 ? "-" : fmt::format("{:.1f}%", 100.0 * part / whole);
}

void print_tables(Run& run) {
    fmt::print("Duckling (English), ordinary phrases\n\n");
    fmt::print(
        "| dimension | phrases | out of scope | unmapped | read right | misread | refused | right of in scope |\n");
    fmt::print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    Tally non_time, time;
    for (const auto& [dimension, t] : run.per_dimension) {
        fmt::print("| {} | {} | {} | {} | {} | {} | {} | {} |\n", dimension, t.phrases, t.out_of_scope, t.unmapped,
                   t.right, t.misread, t.refused, percent(t.right, t.in_scope()));
        Tally& sum = dimension == "Time" ? time : non_time;
        sum.phrases += t.phrases;
        sum.out_of_scope += t.out_of_scope;
        sum.unmapped += t.unmapped;
        sum.right += t.right;
        sum.misread += t.misread;
        sum.refused += t.refused;
    }
    for (const auto& [name, t] : {std::pair{"non-time", non_time}, std::pair{"time", time}}) {
        fmt::print("| **{}** | {} | {} | {} | {} | {} | {} | {} |\n", name, t.phrases, t.out_of_scope, t.unmapped,
                   t.right, t.misread, t.refused, percent(t.right, t.in_scope()));
    }
    const auto& f = run.figures;
    fmt::print("\nquantulum3 (English sentences), the scanner behind `suggest`\n\n");
    fmt::print("| quantities | found right | found wrong | missed | spurious | bare years (dates here) |\n");
    fmt::print("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    fmt::print("| {} | {} | {} | {} | {} | {} |\n", f.at("quantulum.expected"), f.at("quantulum.right"),
               f.at("quantulum.wrong"), f.at("quantulum.missed"), f.at("quantulum.spurious"), f.at("quantulum.years"));
}

void print_list(const char* title, const std::vector<std::string>& lines) {
    fmt::print("\n{} ({}):\n", title, lines.size());
    for (const auto& line : lines) {
        fmt::print("  {}\n", line);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: peer_corpora DIR --docs docs/peer-corpora.md [--list]\n";
        return 2;
    }
    const std::string dir = argv[1];
    bool list = false;
    std::string docs;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--list") {
            list = true;
        } else if (arg == "--docs" && i + 1 < argc) {
            docs = argv[++i];
        } else {
            std::cerr << "peer_corpora: unknown argument '" << arg << "'\n";
            return 2;
        }
    }
    try {
        Run run;
        if (!docs.empty()) {
            run.listed = read_listed(docs);
        }
        run_duckling(dir, run);
        for (const auto* listed : {&run.listed.out_of_scope, &run.listed.open_misreads}) {
            for (const auto& phrase : *listed) {
                if (run.phrases.count(phrase) == 0) {
                    throw std::runtime_error(docs + " lists a phrase no ordinary Duckling phrase is: " + phrase);
                }
            }
        }
        run_quantulum(dir, run);
        print_tables(run);
        if (list) {
            print_list("Misread (dimension, phrase, expected, read as)", run.misreads);
            print_list("Refused (dimension, phrase, expected, error)", run.refusals);
            print_list("Scanner differences (kind, surface, expected, sentence or reading)", run.scanner);
        }
        if (!run.no_longer_misread.empty()) {
            print_list("Listed as open misreads in the docs, and no longer misread (remove the rows)",
                       run.no_longer_misread);
        }
        if (!run.unlisted_misreads.empty()) {
            print_list("Misread, and not listed in the docs (a defect)", run.unlisted_misreads);
            return 1;
        }
    } catch (const std::exception& e) {
        std::cerr << "peer_corpora: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
