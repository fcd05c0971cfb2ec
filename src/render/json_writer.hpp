// A streaming JSON writer (RapidJSON's PrettyWriter) for the machine-readable
// outputs: members are written in the order they are given, nothing is
// built in memory, and the bytes are those of nlohmann's
// dump(2, ' ', false, error_handler_t::replace): two-space indent, non-ASCII
// as it is, control characters as \u00XX, invalid UTF-8 as U+FFFD.
#pragma once

#include "render/stream.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::render {

class JsonWriter {
  public:
    explicit JsonWriter(Output& out);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view name);  // an ASCII name that needs no escapes

    void string(std::string_view text);
    void integer(std::int64_t n);
    void boolean(bool value);
    void null();
    void position(int n) { n > 0 ? integer(n) : null(); }  // unknown lines and columns are null

    // key(name), then the value.
    void string(std::string_view name, std::string_view text) { key(name), string(text); }
    void integer(std::string_view name, std::int64_t n) { key(name), integer(n); }
    void boolean(std::string_view name, bool value) { key(name), boolean(value); }
    void position(std::string_view name, int n) { key(name), position(n); }
    void strings(std::string_view name, const std::vector<std::string>& list);

  private:
    struct Impl;
    Output& out_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck::render
