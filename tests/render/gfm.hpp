// Parses Markdown the way GitHub does (cmark-gfm with its table,
// strikethrough and autolink extensions) and walks the tree.
#pragma once

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace claimcheck::test {

class GfmDocument {
  public:
    explicit GfmDocument(const std::string& markdown) {
        cmark_gfm_core_extensions_ensure_registered();
        std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(CMARK_OPT_DEFAULT),
                                                                           &cmark_parser_free);
        for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
            if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
                cmark_parser_attach_syntax_extension(parser.get(), extension);
            }
        }
        cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
        root_ = cmark_parser_finish(parser.get());
    }
    ~GfmDocument() { cmark_node_free(root_); }
    GfmDocument(const GfmDocument&) = delete;
    GfmDocument& operator=(const GfmDocument&) = delete;

    cmark_node* root() const { return root_; }

    // Calls f on every node, depth first, in document order.
    void each(const std::function<void(cmark_node*)>& f) const {
        cmark_iter* iter = cmark_iter_new(root_);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            if (event == CMARK_EVENT_ENTER) {
                f(cmark_iter_get_node(iter));
            }
        }
        cmark_iter_free(iter);
    }

    static std::string type(cmark_node* node) { return cmark_node_get_type_string(node); }

    std::vector<cmark_node*> nodes(const std::string& wanted) const {
        std::vector<cmark_node*> out;
        each([&](cmark_node* node) {
            if (type(node) == wanted) {
                out.push_back(node);
            }
        });
        return out;
    }

    std::vector<std::string> link_targets() const {
        std::vector<std::string> out;
        for (cmark_node* link : nodes("link")) {
            out.emplace_back(cmark_node_get_url(link));
        }
        return out;
    }

    // The text a reader sees inside `node`: text, code and line breaks.
    static std::string text_of(cmark_node* node) {
        std::string out;
        cmark_iter* iter = cmark_iter_new(node);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node* n = cmark_iter_get_node(iter);
            if (event != CMARK_EVENT_ENTER) {
                continue;
            }
            const std::string t = type(n);
            if (t == "text" || t == "code" || t == "html_inline") {
                out += cmark_node_get_literal(n);
            } else if (t == "softbreak" || t == "linebreak") {
                out += '\n';
            }
        }
        cmark_iter_free(iter);
        return out;
    }

  private:
    cmark_node* root_ = nullptr;
};

}  // namespace claimcheck::test
