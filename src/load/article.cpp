// Articles: UTF-8 checked, BOM and CRLF normalised.
#include "load/load.hpp"
#include "model/io.hpp"
#include "util/lines.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace claimcheck::load {

namespace fs = std::filesystem;

std::optional<Article> load_article(const fs::path& file, const std::string& display, Diagnostics& diagnostics) {
    std::string why;
    auto content = io::read_file(file, why);
    if (!content) {
        diagnostics.error({display, 0, 0}, fmt::format("cannot read article: {}", why));
        return std::nullopt;
    }
    return article_from_text(std::move(*content), file, display, diagnostics);
}

std::optional<Article> article_from_text(std::string text, const fs::path& file, const std::string& display,
                                         Diagnostics& diagnostics) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.erase(0, 3);
    }
    if (text.find('\r') != std::string::npos) {
        std::string normal;
        normal.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                continue;
            }
            normal += text[i];
        }
        text = std::move(normal);
    }
    Article article;
    article.path = file;
    article.display_path = display;
    article.lines = text::Lines(text);
    if (const auto bad = text::invalid_utf8_offset(text)) {
        const int line = article.lines.line_of(*bad);
        diagnostics.error({display, line, article.lines.column_of(text, *bad)},
                          fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02x}): articles must be UTF-8 text",
                                      *bad, static_cast<unsigned char>(text[*bad])),
                          article.lines.line_text(text, line));
        return std::nullopt;
    }
    article.text = std::move(text);
    return article;
}

}  // namespace claimcheck::load
