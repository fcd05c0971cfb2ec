// §6.5 quote: word-level diff (dtl) of quotes on the same topic.
//
// Verdicts, worst first (see docs/engine.md):
//   conflict (error, < 50% shared words)  reworded (warning)  excerpt (note)
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

bool contiguous_within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    return !part.empty() && std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

struct WordDiff {
    std::string text;
    std::size_t common = 0;
    std::size_t removed = 0;
    std::size_t added = 0;
};

WordDiff word_diff(const Words& a, const Words& b) {
    dtl::Diff<std::string> diff(a.compared, b.compared, true);
    diff.compose();
    WordDiff out;
    std::vector<std::string> parts;
    std::vector<std::string> removed;
    std::vector<std::string> added;
    auto flush = [&]() {
        if (!removed.empty()) {
            parts.push_back(fmt::format("[-{}-]", fmt::join(removed, " ")));
            removed.clear();
        }
        if (!added.empty()) {
            parts.push_back(fmt::format("{{+{}+}}", fmt::join(added, " ")));
            added.clear();
        }
    };
    for (const auto& [word, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            flush();
            parts.push_back(b.shown[static_cast<std::size_t>(info.afterIdx - 1)]);
            ++out.common;
        } else if (info.type == dtl::SES_DELETE) {
            removed.push_back(a.shown[static_cast<std::size_t>(info.beforeIdx - 1)]);
            ++out.removed;
        } else {
            added.push_back(b.shown[static_cast<std::size_t>(info.afterIdx - 1)]);
            ++out.added;
        }
    }
    flush();
    out.text = fmt::format("{}", fmt::join(parts, " "));
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

std::optional<PairVerdict> compare_quote(const ValueGroup& a, const ValueGroup& b, const Context&) {
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
    const std::string explanation = fmt::format("word diff: {} word{} removed, {} added; {}% of words shared",
                                                diff.removed, diff.removed == 1 ? "" : "s", diff.added, percent);
    if (shared < 0.5) {
        return PairVerdict{Verdict::quote_conflict, explanation + " (less than half: mostly different words)", "",
                           diff.text};
    }
    return PairVerdict{Verdict::reworded, explanation,
                       "same remark if the difference comes from translation or paraphrase", diff.text};
}

}  // namespace claimcheck::compare
