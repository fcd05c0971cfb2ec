#include "render/json_writer.hpp"

#include "util/text.hpp"

#include <nlohmann/json.hpp>
#include <rapidjson/prettywriter.h>

namespace claimcheck::render {

namespace {

// Whether `text` goes into a JSON string as it is: valid UTF-8 without
// control characters, quotes or backslashes (what nlohmann copies unchanged).
bool verbatim(std::string_view text) {
    bool ascii = true;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || c == '"' || c == '\\') {
            return false;
        }
        ascii = ascii && byte < 0x80;
    }
    return ascii || !text::invalid_utf8_offset(text);
}

}  // namespace

struct JsonWriter::Impl {
    explicit Impl(Output& out) : writer(out) { writer.SetIndent(' ', 2); }
    rapidjson::PrettyWriter<Output> writer;
};

JsonWriter::JsonWriter(Output& out) : out_(out), impl_(std::make_unique<Impl>(out)) {}
JsonWriter::~JsonWriter() = default;

void JsonWriter::begin_object() {
    impl_->writer.StartObject();
}
void JsonWriter::end_object() {
    impl_->writer.EndObject();
}
void JsonWriter::begin_array() {
    impl_->writer.StartArray();
}
void JsonWriter::end_array() {
    impl_->writer.EndArray();
}
void JsonWriter::key(std::string_view name) {
    impl_->writer.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}
void JsonWriter::integer(std::int64_t n) {
    impl_->writer.Int64(n);
}
void JsonWriter::boolean(bool value) {
    impl_->writer.Bool(value);
}
void JsonWriter::null() {
    impl_->writer.Null();
}

// The writer places the separator and the indent (a raw value of no bytes);
// the string goes straight into the buffer. Text that needs escaping, or
// holds invalid UTF-8, is escaped by nlohmann's serializer, so that every
// string reads as nlohmann writes it (RapidJSON escapes control characters
// in capitals and stops at invalid UTF-8).
void JsonWriter::string(std::string_view text) {
    impl_->writer.RawValue("", 0, rapidjson::kStringType);
    if (verbatim(text)) {
        out_.Put('"');
        out_.write(text);
        out_.Put('"');
        return;
    }
    const nlohmann::json value(std::string{text});
    out_.write(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void JsonWriter::strings(std::string_view name, const std::vector<std::string>& list) {
    key(name);
    begin_array();
    for (const auto& item : list) {
        string(item);
    }
    end_array();
}

}  // namespace claimcheck::render
