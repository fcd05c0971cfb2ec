// The comparison engine's pairs (spec §6): a topic's distinct values compared
// pairwise through its rule family, in key order, stopping early once a pair
// has the family's worst verdict.
#include "compare/pairs.hpp"

#include "compare/grouping.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace claimcheck::compare {

namespace {

using Compare = std::optional<PairVerdict> (*)(const ValueGroup&, const ValueGroup&, const Context&);

Compare rule_family(Kind kind) {
    switch (kind) {
        case Kind::quantity:
            return &compare_numeric;
        case Kind::date:
            return &compare_temporal;
        case Kind::name:
            return &compare_naming;
        case Kind::frame:
            return &compare_framing;
        case Kind::quote:
            return &compare_quote;
    }
    return &compare_numeric;
}

// The worst verdict a rule family can give.
Verdict top_verdict(Kind kind) {
    const VerdictInfo* top = nullptr;
    for (const VerdictInfo& verdict : verdict_table) {
        if (verdict.kind == kind && (top == nullptr || worse(verdict.verdict, top->verdict))) {
            top = &verdict;
        }
    }
    return top->verdict;
}

// Where a pair stands in the order of docs/engine.md: worse verdict first,
// then the two values' keys (values are sorted by key, so their indexes).
struct PairOrder {
    Verdict verdict;
    std::size_t a;
    std::size_t b;
    bool operator<(const PairOrder& other) const {
        if (worse(verdict, other.verdict) != worse(other.verdict, verdict)) {
            return worse(verdict, other.verdict);
        }
        return std::tie(a, b) < std::tie(other.a, other.b);
    }
};

// What the pairs of one topic's distinct values amount to. Pairs are not
// kept: memory stays linear in the distinct values (plus the distinct
// reconciling assumptions while no pair is an error), whatever their number.
class Pairs {
  public:
    Pairs(const TopicGroup& group, const Context& context)
        : group_(group),
          context_(context),
          compare_(rule_family(group.kind)),
          top_(top_verdict(group.kind)),
          involved_(group.values.size(), false) {}

    // Pairs in key order until one has the family's worst verdict: no later
    // pair can then be the worst pair. The values and sources the remaining
    // pairs would add are found by completing().
    void run() {
        const std::size_t n = group_.values.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (const auto verdict = compare(i, j); verdict && add(i, j, *verdict)) {
                    complete();
                    return;
                }
            }
        }
    }

    const std::optional<PairVerdict>& worst() const { return worst_; }

    std::vector<std::size_t> involved() const {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < involved_.size(); ++i) {
            if (involved_[i]) {
                out.push_back(i);
            }
        }
        return out;
    }

    // The distinct assumptions, in pair order; empty when the worst pair is an error.
    std::vector<std::string> assumptions() const {
        std::vector<std::pair<PairOrder, std::string>> ordered;
        for (const auto& [assumption, order] : assumptions_) {
            ordered.emplace_back(order, assumption);
        }
        std::sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        std::vector<std::string> out;
        for (auto& [order, assumption] : ordered) {
            out.push_back(std::move(assumption));
        }
        return out;
    }

    // Sources that disagree with themselves: a pair of values at warning or
    // error severity that one source gives both of. (A note, such as a
    // subgroup next to its total, is not a contradiction.)
    const std::set<std::string>& self_contradicting() const { return self_contradicting_; }

  private:
    const TopicGroup& group_;
    const Context& context_;
    Compare compare_;
    Verdict top_;
    std::optional<PairVerdict> worst_;
    PairOrder worst_order_{};
    std::vector<bool> involved_;
    std::map<std::string, PairOrder> assumptions_;
    std::set<std::string> self_contradicting_;

    std::optional<PairVerdict> compare(std::size_t i, std::size_t j) const {
        if (!comparable_in_time(group_.values[i], group_.values[j])) {
            return std::nullopt;  // different `as_of`: a timeline, not a discrepancy
        }
        return compare_(group_.values[i], group_.values[j], context_);
    }

    // Records a disagreeing pair; true when it has the family's worst verdict.
    bool add(std::size_t i, std::size_t j, PairVerdict verdict) {
        involved_[i] = involved_[j] = true;
        const PairOrder order{verdict.verdict, i, j};
        if (severity_of(verdict.verdict) != Severity::note) {
            note_self_contradiction(i, j);
        }
        if (severity_of(verdict.verdict) == Severity::error) {
            assumptions_.clear();  // nothing reconciles an error
        } else if (!verdict.assumption.empty() && !(worst_ && severity_of(worst_->verdict) == Severity::error)) {
            const auto [it, inserted] = assumptions_.try_emplace(verdict.assumption, order);
            if (!inserted && order < it->second) {
                it->second = order;
            }
        }
        if (!worst_ || order < worst_order_) {
            worst_order_ = order;
            worst_ = std::move(verdict);
        }
        return worst_->verdict == top_;
    }

    void note_self_contradiction(std::size_t i, std::size_t j) {
        for (const auto& a : group_.values[i].claims) {
            for (const auto& b : group_.values[j].claims) {
                if (a.source == b.source) {
                    self_contradicting_.insert(a.source->id);
                }
            }
        }
    }

    // After an early stop: every value that disagrees with some other value,
    // and every source that gives two values at warning or error severity.
    void complete() {
        const std::size_t n = group_.values.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n && !involved_[i]; ++j) {
                if (j != i && compare(std::min(i, j), std::max(i, j))) {
                    involved_[i] = true;
                }
            }
        }
        std::map<const Source*, std::vector<std::size_t>> values_of;
        for (std::size_t i = 0; i < n; ++i) {
            for (const auto& ref : group_.values[i].claims) {
                auto& list = values_of[ref.source];
                if (list.empty() || list.back() != i) {
                    list.push_back(i);
                }
            }
        }
        for (const auto& [source, list] : values_of) {
            for (std::size_t x = 0; x < list.size() && self_contradicting_.count(source->id) == 0; ++x) {
                for (std::size_t y = x + 1; y < list.size(); ++y) {
                    const auto verdict = compare(list[x], list[y]);
                    if (verdict && severity_of(verdict->verdict) != Severity::note) {
                        self_contradicting_.insert(source->id);
                        break;
                    }
                }
            }
        }
    }
};

// The value of the involved ones that drafts give, when drafts give exactly one.
std::optional<std::size_t> draft_value(const TopicGroup& group, const std::vector<std::size_t>& involved) {
    std::optional<std::size_t> found;
    for (const std::size_t i : involved) {
        const auto& claims = group.values[i].claims;
        if (std::any_of(claims.begin(), claims.end(),
                        [](const ClaimRef& ref) { return ref.source->role == Role::draft; })) {
            if (found) {
                return std::nullopt;
            }
            found = i;
        }
    }
    return found;
}

// Linear in the involved values: the draft's value against each other once.
std::set<std::string> draft_side(const TopicGroup& group, const std::vector<std::size_t>& involved,
                                 const Context& context) {
    const auto draft = draft_value(group, involved);
    if (!draft) {
        return {};
    }
    const Compare compare = rule_family(group.kind);
    std::set<std::string> side;
    for (const std::size_t i : involved) {
        const ValueGroup& value = group.values[i];
        if (i != *draft) {
            const ValueGroup& a = group.values[std::min(i, *draft)];
            const ValueGroup& b = group.values[std::max(i, *draft)];
            if (!comparable_in_time(a, b)) {
                return {};
            }
            const auto verdict = compare(a, b, context);
            if (verdict && severity_of(verdict->verdict) != Severity::note) {
                continue;  // the other side
            }
        }
        for (const auto& ref : value.claims) {
            side.insert(ref.source->id);
        }
    }
    return side;
}

}  // namespace

TopicPairs compare_pairs(const TopicGroup& group, const Context& context) {
    Pairs pairs(group, context);
    pairs.run();
    TopicPairs out;
    out.worst = pairs.worst();
    if (out.worst) {
        out.involved = pairs.involved();
        out.assumptions = pairs.assumptions();
        out.self_contradicting = pairs.self_contradicting();
        out.draft_side = draft_side(group, out.involved, context);
    }
    return out;
}

}  // namespace claimcheck::compare
