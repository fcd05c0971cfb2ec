// libFuzzer target: anchor resolution (spec §4.1) on an arbitrary article and
// quote.
//
// Input: ARTICLE '\0' QUOTE ['\0' LINE], or, without a NUL, an article whose
// middle third is the quote (so plain texts make good seeds). The article
// goes through the same normalisation as a file (BOM, CRLF, UTF-8 check);
// quotes come from TOML strings, which are valid UTF-8, so others are skipped.
#include "support.hpp"
#include "anchor/anchor.hpp"
#include "load/load.hpp"
#include "util/text.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using claimcheck::fuzz::require;

using namespace claimcheck;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string_view article_text = input;
    std::string_view quote;
    std::optional<int> line_hint;
    if (const auto nul = input.find('\0'); nul != std::string_view::npos) {
        article_text = input.substr(0, nul);
        quote = input.substr(nul + 1);
        if (const auto second = quote.find('\0'); second != std::string_view::npos) {
            const std::string_view line = quote.substr(second + 1);
            quote = quote.substr(0, second);
            int value = 0;
            for (const char c : line.substr(0, 6)) {
                value = value * 10 + static_cast<unsigned char>(c) % 10;
            }
            line_hint = value;
        }
    } else {
        quote = input.substr(size / 3, size / 3);
    }
    if (text::invalid_utf8_offset(quote)) {
        return 0;
    }
    Diagnostics diagnostics;
    auto article = load::article_from_text(std::string(article_text), "article.txt", "article.txt", diagnostics);
    if (!article) {
        require(diagnostics.has_errors());
        return 0;
    }
    const Anchor anchor = anchor::resolve(*article, quote, line_hint);
    const int lines = article->lines.count();
    switch (anchor.state) {
        case AnchorState::exact:
        case AnchorState::folded:
        case AnchorState::relocated:
            require(anchor.line >= 1 && anchor.line <= lines);
            require(anchor.column >= 1);
            break;
        case AnchorState::ambiguous:
            require(anchor.candidate_lines.size() >= 1);
            for (const int line : anchor.candidate_lines) {
                require(line >= 1 && line <= lines);
            }
            break;
        case AnchorState::orphan:
            require(anchor.suggestion.empty() || (anchor.suggestion_line >= 1 && anchor.suggestion_line <= lines));
            break;
    }
    // The exact matches are real: the quote's bytes stand at each offset.
    for (const auto& occurrence : anchor::find_exact(*article, quote)) {
        require(std::string_view(article->text).substr(occurrence.offset, occurrence.length) == quote);
    }
    for (const auto& occurrence : anchor::find_folded(*article, quote)) {
        require(occurrence.offset + occurrence.length <= article->text.size());
    }
    return 0;
}
