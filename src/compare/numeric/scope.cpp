// §6.1 numeric: scopes. A figure that counts a subgroup against one that
// counts the wider group, or two figures that count different things.
#include "compare/numeric/internal.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <utility>

namespace claimcheck::compare::numeric {

namespace {

// The groups a scope names: "dead or missing" -> {dead, missing}. Split at
// " or ", " and ", ",", "/" and "+", case-folded.
std::set<std::string> scope_parts(const std::string& scope) {
    std::string s = text::fold_case(scope);
    for (std::string_view separator : {" or ", " and ", ",", "/", "+"}) {
        std::string joined;
        std::size_t from = 0;
        for (std::size_t at = s.find(separator); at != std::string::npos; at = s.find(separator, from)) {
            joined.append(s, from, at - from);
            joined += '|';
            from = at + separator.size();
        }
        joined.append(s, from);
        s = std::move(joined);
    }
    std::set<std::string> out;
    for (auto part : text::split(s, '|')) {
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        while (!part.empty() && part.back() == ' ') {
            part.remove_suffix(1);
        }
        if (!part.empty()) {
            out.emplace(part);
        }
    }
    return out;
}

// 1 when `a` names a strictly wider group than `b` ("dead or missing" and
// "missing"), -1 when `b` does, 0 otherwise.
int wider_scope(const std::string& a, const std::string& b) {
    const auto pa = scope_parts(a);
    const auto pb = scope_parts(b);
    if (pa.empty() || pb.empty()) {
        return 0;  // an unlabelled figure: the topic's scope decides
    }
    if (pa.size() > pb.size() && std::includes(pa.begin(), pa.end(), pb.begin(), pb.end())) {
        return 1;
    }
    if (pb.size() > pa.size() && std::includes(pb.begin(), pb.end(), pa.begin(), pa.end())) {
        return -1;
    }
    return 0;
}

// The subgroup `part` against the wider group `total`.
PairVerdict subgroup_against(const Side& part, const Side& total) {
    const Interval total_allows = allowed(*total.q);
    const Interval part_allows = allowed(*part.q);
    const std::string total_scope = total.scope.empty() ? "the total" : total.scope;
    if (part_allows.low > total_allows.high ||
        (part_allows.low == total_allows.high && !(part_allows.low_closed && total_allows.high_closed))) {
        return conflict(fmt::format("the subgroup {} ({}) exceeds the total {} ({})", part.text, part.scope, total.text,
                                    total_scope));
    }
    // A subgroup equal to its whole is evidence of a wrong label, not reassurance.
    if (part_allows == total_allows) {
        return PairVerdict{
            Verdict::possible_mislabel,
            fmt::format("possible mislabel: {} {} and equals the subgroup {} ({}): the subgroup's figure may "
                        "have been given as the total, or the total labelled as the subgroup",
                        total.text, total.scope.empty() ? "has no scope" : "counts " + total.scope, part.text,
                        part.scope),
            fmt::format("both correct if every one counted is {}", part.scope), ""};
    }
    return PairVerdict{Verdict::scope_difference,
                       fmt::format("different scope: {} counts {}, a subgroup of {} ({}), and is no larger", part.text,
                                   part.scope, total.text, total_scope),
                       fmt::format("both correct if {} counts only {}", part.text, part.scope), ""};
}

}  // namespace

PairVerdict compare_scopes(const Side& a, const Side& b) {
    const bool comparable = a.q->duration == b.q->duration && !is_share(*a.q) && !is_share(*b.q);
    // A scope whose groups include the other's is the wider one, whatever
    // the topic's own scope ("dead or missing" against "missing").
    if (const int wider = wider_scope(a.scope, b.scope); wider != 0 && comparable) {
        return wider > 0 ? subgroup_against(b, a) : subgroup_against(a, b);
    }
    // Otherwise a subgroup against the total is consistent when the subgroup
    // is no larger; two subgroups are not compared.
    if (a.total == b.total || !comparable) {
        return PairVerdict{
            Verdict::scope_difference,
            fmt::format("different scopes: {} counts {} and {} counts {}; they are not compared", a.text,
                        a.scope.empty() ? "the whole" : a.scope, b.text, b.scope.empty() ? "the whole" : b.scope),
            fmt::format("consistent if {} and {} count different things", in_quotes(a.scope), in_quotes(b.scope)), ""};
    }
    return a.total ? subgroup_against(b, a) : subgroup_against(a, b);
}

}  // namespace claimcheck::compare::numeric
