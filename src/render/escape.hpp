// Escaping for every output: text from articles, claims and notes is data,
// never markup or a command, whatever characters it holds.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck::render::escape {

// One line of plain text: line breaks and tabs become spaces, other control
// characters and bidirectional overrides become visible escapes (\x1b,
// \u{202e}), so no output line can be split or rewritten by input text.
std::string one_line(std::string_view text);

// Inline GitHub-flavoured Markdown that renders exactly as `text`: usable in a
// heading, a table cell or after a prefix in a paragraph or list item (not at
// the start of a line, where `- `, `1. ` or `===` would still open a block).
// Emphasis, links, images, code spans, raw HTML, entities, tables (`|`),
// strikethrough, math (`$`), headings (`#`) and URL autolinks (`https://`,
// `www.`) are made inert. An e-mail address still becomes a mailto link, as
// GitHub makes any address one; its text is its target, nothing is hidden.
std::string markdown(std::string_view text);

// A code span holding `text` literally. Inside a GFM table cell `|` must be
// written `\|` (the table parser removes the backslash); elsewhere a code
// span shows backslashes literally, so the caller says where it is.
std::string markdown_code(std::string_view text, bool in_table);

// A fenced code block holding `text` literally (the fence is longer than any
// run of backticks inside it).
std::string markdown_code_block(std::string_view text);

// Text inside raw HTML (the <summary> of a <details> block).
std::string html(std::string_view text);

// A relative path as a URL path: every byte outside [A-Za-z0-9-._~/] is
// percent-encoded, so the result cannot end a Markdown link or carry a scheme.
std::string url_path(std::string_view path);

// An http(s) URL for a Markdown link, or "" when `url` is not one; characters
// that could end the link are percent-encoded.
std::string web_url(std::string_view url);

// A SARIF message string: `\`, `[` and `]` are escaped (SARIF 2.1.0 §3.11.6),
// so no text turns into an embedded link.
std::string sarif_message(std::string_view text);

// GitHub Actions workflow commands: the message after `::` and a property
// value (`file=…`, `title=…`).
std::string github_data(std::string_view text);
std::string github_property(std::string_view text);

}  // namespace claimcheck::render::escape
