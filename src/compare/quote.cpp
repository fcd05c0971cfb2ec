// §6.5 quote: word-level diff (dtl) of quotes on the same topic. Its verdicts
// are the quote rows of `verdict_table` (src/model/verdict.hpp).
//
// A quote that is an excerpt of a fuller quote of the topic is not compared
// with the other quotes: the fuller one is.
//
// The diff is neutral text in git's --word-diff=plain style: words kept as
// they are, removed runs as "[-words-]", added runs as "{+words+}", removals
// before additions. Renderers turn it into their own markup.
#include "compare/engine.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <fmt/format.h>
#include <utf8proc.h>

namespace claimcheck::compare {

namespace {

std::vector<std::string> split_on_space(std::string_view s) {
    std::vector<std::string> words;
    std::string current;
    text::for_each_code_point(s, [&](char32_t cp, std::size_t at, std::size_t n) {
        const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || category == UTF8PROC_CATEGORY_ZS) {
            if (!current.empty()) {
                words.push_back(std::move(current));
                current.clear();
            }
        } else {
            current.append(s.substr(at, n));
        }
        return true;
    });
    if (!current.empty()) {
        words.push_back(std::move(current));
    }
    return words;
}

bool is_punctuation(char32_t cp) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return category >= UTF8PROC_CATEGORY_PC && category <= UTF8PROC_CATEGORY_PO;
}

// The word compared: case-folded, without surrounding punctuation.
std::string comparable(std::string_view word) {
    const std::string folded = text::fold_case(word);
    std::size_t begin = folded.size();
    std::size_t end = 0;
    text::for_each_code_point(folded, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (!is_punctuation(cp)) {
            begin = std::min(begin, at);
            end = at + n;
        }
        return true;
    });
    return begin < end ? folded.substr(begin, end - begin) : folded;
}

struct Words {
    std::vector<std::string> shown;     // as written
    std::vector<std::string> compared;  // comparable()
};

Words words_of(std::string_view quote) {
    Words out;
    out.shown = split_on_space(quote);
    for (const auto& word : out.shown) {
        out.compared.push_back(comparable(word));
    }
    return out;
}

// Knuth–Morris–Pratt over words: linear in both, where std::search can take
// part × whole on quotes of one repeated word.
bool contiguous_within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    const std::size_t m = part.size();
    if (m == 0 || m > whole.size()) {
        return false;
    }
    std::vector<std::size_t> border(m, 0);
    for (std::size_t i = 1, k = 0; i < m; ++i) {
        while (k > 0 && part[i] != part[k]) {
            k = border[k - 1];
        }
        k += part[i] == part[k] ? 1 : 0;
        border[i] = k;
    }
    for (std::size_t i = 0, k = 0; i < whole.size(); ++i) {
        while (k > 0 && whole[i] != part[k]) {
            k = border[k - 1];
        }
        k += whole[i] == part[k] ? 1 : 0;
        if (k == m) {
            return true;
        }
    }
    return false;
}

struct WordDiff {
    std::string text;
    std::size_t common = 0;
    std::size_t removed = 0;
    std::size_t added = 0;
    std::size_t unaligned = 0;  // > 0: the differing middle, of this many words at most, was not aligned
};

// The diff is built from runs of words: kept, removed, added.
class DiffText {
  public:
    void keep(const std::string& word) {
        flush();
        parts_.push_back(word);
    }
    void remove(const std::string& word) { removed_.push_back(word); }
    void add(const std::string& word) { added_.push_back(word); }
    std::string finish() {
        flush();
        return fmt::format("{}", fmt::join(parts_, " "));
    }

  private:
    void flush() {
        if (!removed_.empty()) {
            parts_.push_back(fmt::format("[-{}-]", fmt::join(removed_, " ")));
            removed_.clear();
        }
        if (!added_.empty()) {
            parts_.push_back(fmt::format("{{+{}+}}", fmt::join(added_, " ")));
            added_.clear();
        }
    }
    std::vector<std::string> parts_, removed_, added_;
};

// dtl takes time (words × differences): past this many words on either
// side of what differs, the middle is not aligned word by word.
constexpr std::size_t aligned_words_at_most = 2000;

// Words [a_from, a_to) of `a` against [b_from, b_to) of `b`, by dtl.
void align(const Words& a, std::size_t a_from, std::size_t a_to, const Words& b, std::size_t b_from, std::size_t b_to,
           DiffText& text, WordDiff& out) {
    using Offset = std::vector<std::string>::difference_type;
    const std::vector<std::string> before(a.compared.begin() + static_cast<Offset>(a_from),
                                          a.compared.begin() + static_cast<Offset>(a_to));
    const std::vector<std::string> after(b.compared.begin() + static_cast<Offset>(b_from),
                                         b.compared.begin() + static_cast<Offset>(b_to));
    dtl::Diff<std::string> diff(before, after, true);
    diff.compose();
    for (const auto& [word, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            text.keep(b.shown[b_from + static_cast<std::size_t>(info.afterIdx - 1)]);
            ++out.common;
        } else if (info.type == dtl::SES_DELETE) {
            text.remove(a.shown[a_from + static_cast<std::size_t>(info.beforeIdx - 1)]);
            ++out.removed;
        } else {
            text.add(b.shown[b_from + static_cast<std::size_t>(info.afterIdx - 1)]);
            ++out.added;
        }
    }
}

// A middle too long to align: removed and added whole, each shown by its
// first words only.
void unaligned(const Words& a, std::size_t a_from, std::size_t a_to, const Words& b, std::size_t b_from,
               std::size_t b_to, DiffText& text, WordDiff& out) {
    constexpr std::size_t shown = 30;
    for (std::size_t i = a_from; i < std::min(a_to, a_from + shown); ++i) {
        text.remove(a.shown[i]);
    }
    if (a_to - a_from > shown) {
        text.remove(fmt::format("… ({} words)", a_to - a_from));
    }
    for (std::size_t i = b_from; i < std::min(b_to, b_from + shown); ++i) {
        text.add(b.shown[i]);
    }
    if (b_to - b_from > shown) {
        text.add(fmt::format("… ({} words)", b_to - b_from));
    }
    out.removed += a_to - a_from;
    out.added += b_to - b_from;
    out.unaligned = std::max(a_to - a_from, b_to - b_from);
}

// The word diff. Quotes of up to aligned_words_at_most words are aligned
// whole; longer ones keep their common first and last words and align what
// lies between only when that is short enough.
WordDiff word_diff(const Words& a, const Words& b) {
    WordDiff out;
    DiffText text;
    const std::size_t na = a.compared.size();
    const std::size_t nb = b.compared.size();
    if (std::max(na, nb) <= aligned_words_at_most) {
        align(a, 0, na, b, 0, nb, text, out);
        out.text = text.finish();
        return out;
    }
    std::size_t head = 0;
    while (head < na && head < nb && a.compared[head] == b.compared[head]) {
        ++head;
    }
    std::size_t tail = 0;
    while (tail < na - head && tail < nb - head && a.compared[na - 1 - tail] == b.compared[nb - 1 - tail]) {
        ++tail;
    }
    for (std::size_t i = 0; i < head; ++i) {
        text.keep(b.shown[i]);
    }
    if (std::max(na, nb) - head - tail <= aligned_words_at_most) {
        align(a, head, na - tail, b, head, nb - tail, text, out);
    } else {
        unaligned(a, head, na - tail, b, head, nb - tail, text, out);
    }
    for (std::size_t i = nb - tail; i < nb; ++i) {
        text.keep(b.shown[i]);
    }
    out.common += head + tail;
    out.text = text.finish();
    return out;
}

std::string short_quote(std::string_view quote) {
    constexpr std::size_t limit = 60;
    if (text::code_points(quote) <= limit) {
        return in_quotes(quote);
    }
    std::string out;
    std::size_t count = 0;
    text::for_each_code_point(quote, [&](char32_t, std::size_t at, std::size_t n) {
        out.append(quote.substr(at, n));
        return ++count < limit;
    });
    return in_quotes(out + "…");
}

}  // namespace

std::string quote_key(std::string_view quote) {
    return naming_key(quote);  // NFC, white space collapsed
}

// Whether `part` is word for word inside a quote of the topic other than
// `a` and `b`: an excerpt of a fuller quote, which speaks for it.
bool excerpt_of_another(const Words& part, const ValueGroup& a, const ValueGroup& b, const Context& context) {
    if (context.group == nullptr) {
        return false;
    }
    return std::any_of(context.group->values.begin(), context.group->values.end(), [&](const ValueGroup& other) {
        if (&other == &a || &other == &b) {
            return false;
        }
        const Words whole = words_of(std::get<QuoteValue>(other.first->value).text);
        return whole.compared.size() > part.compared.size() && contiguous_within(part.compared, whole.compared);
    });
}

std::optional<PairVerdict> compare_quote(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    const std::string& ta = std::get<QuoteValue>(a.first->value).text;
    const std::string& tb = std::get<QuoteValue>(b.first->value).text;
    const Words wa = words_of(ta);
    const Words wb = words_of(tb);
    if (wa.compared == wb.compared) {
        return std::nullopt;  // only case, punctuation or spacing differ: the words are the same
    }
    const WordDiff diff = word_diff(wa, wb);
    const std::size_t longest = std::max(wa.compared.size(), wb.compared.size());
    const double shared = longest == 0 ? 1.0 : static_cast<double>(diff.common) / static_cast<double>(longest);
    const int percent = static_cast<int>(shared * 100 + 0.5);

    const bool a_shorter = wa.compared.size() < wb.compared.size();
    const Words& shorter = a_shorter ? wa : wb;
    const Words& longer = a_shorter ? wb : wa;
    if (contiguous_within(shorter.compared, longer.compared)) {
        // The speaker's words, only fewer of them: no word was changed.
        return PairVerdict{
            Verdict::excerpt,
            fmt::format("{} is an excerpt of {} ({} of {} words)", short_quote(a_shorter ? ta : tb),
                        short_quote(a_shorter ? tb : ta), shorter.compared.size(), longer.compared.size()),
            "same remark if the shorter quote was cut from the longer", diff.text};
    }
    if (excerpt_of_another(shorter, a, b, context)) {
        // An excerpt of a fuller quote is judged through that quote: the
        // fuller quote against this one is a pair of its own.
        return std::nullopt;
    }
    std::string explanation = fmt::format("word diff: {} word{} removed, {} added; {}% of words shared", diff.removed,
                                          diff.removed == 1 ? "" : "s", diff.added, percent);
    if (diff.unaligned > 0) {
        explanation += fmt::format(
            " (the {} words that differ in the middle are more than {} and are not aligned "
            "word by word: words they share count as changed)",
            diff.unaligned, aligned_words_at_most);
    }
    if (shared < 0.5) {
        return PairVerdict{Verdict::quote_conflict, explanation + " (less than half: mostly different words)", "",
                           diff.text};
    }
    return PairVerdict{Verdict::reworded, explanation,
                       "same remark if the difference comes from translation or paraphrase", diff.text};
}

}  // namespace claimcheck::compare
