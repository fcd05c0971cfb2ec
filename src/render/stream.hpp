// Machine-readable outputs written story by story (spec §11 "Outputs
// stream"): JSON, SARIF and GitHub annotations take each story's result as
// soon as it is done, in story order, and hold no more than a few stories'
// worth of text; the whole archive's document is never built.
#pragma once

#include "model/finding.hpp"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::render {

// Where a streamed output goes: a file (written out whenever a story is
// done and the buffer holds enough to be worth a write) or a string. Also
// the output stream RapidJSON's writer writes to (Put, Flush).
class Output {
  public:
    using Ch = char;
    explicit Output(std::FILE* file) : file_(file) {}
    explicit Output(std::string& text) : text_(&text) {}
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    ~Output() { flush(); }

    void Put(char c) { buffer_.push_back(c); }
    void Flush() {}  // RapidJSON's, at the end of a document: the stream calls flush()
    void write(std::string_view text) { buffer_.append(text); }
    // Hands what is buffered on: always with `force`, otherwise only once it
    // is more than a few pages.
    void flush(bool force = true);

  private:
    std::FILE* file_ = nullptr;
    std::string* text_ = nullptr;
    std::string buffer_;
};

// One output of a run: add() each story's result in story order as soon as
// it is done, then finish() once.
class StoryStream {
  public:
    virtual ~StoryStream() = default;
    virtual void add(const StoryResult& result) = 0;
    virtual void finish() = 0;
};

// Adds every result, then finishes.
void write_all(StoryStream& stream, const std::vector<StoryResult>& results);

}  // namespace claimcheck::render
