#include "render/stream.hpp"

namespace claimcheck::render {

namespace {

// Written out once this much is buffered: large enough for few writes, small
// enough that a run holds no more than a few stories' output.
constexpr std::size_t flush_threshold = 64 * 1024;

}  // namespace

void Output::flush(bool force) {
    if (buffer_.empty() || (!force && buffer_.size() < flush_threshold)) {
        return;
    }
    if (file_ != nullptr) {
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
    } else {
        text_->append(buffer_);
    }
    buffer_.clear();
}

void write_all(StoryStream& stream, const std::vector<StoryResult>& results) {
    for (const auto& result : results) {
        stream.add(result);
    }
    stream.finish();
}

}  // namespace claimcheck::render
