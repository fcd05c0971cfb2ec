// The bytes of a cache entry: a header (magic, format version, key, payload
// size and checksum) and the payload, integers little-endian, strings as a
// length and their bytes. Decoding checks the checksum, every length against
// what is left and every enumerator against its range: whatever is in the
// file, a bad entry is refused, never trusted.
#include "pipeline/cache.hpp"

#include <cstring>
#include <xxhash.h>

namespace claimcheck::pipeline::cache {

namespace {

constexpr std::string_view magic{"claimcheck-cache\n", 17};
// Raised whenever what an entry holds changes (fields of StoryResult the
// outputs use, their order or meaning).
constexpr std::uint64_t format_version = 1;

class Writer {
  public:
    void u64(std::uint64_t n) {
        char bytes[8];
        for (int i = 0; i < 8; ++i) {
            bytes[i] = static_cast<char>((n >> (8 * i)) & 0xff);
        }
        out_.append(bytes, sizeof bytes);
    }
    void i32(int n) { u64(static_cast<std::uint64_t>(static_cast<std::uint32_t>(n))); }
    void flag(bool b) { u64(b ? 1 : 0); }
    template <typename Enum>
    void enumerator(Enum e) {
        u64(static_cast<std::uint64_t>(e));
    }
    void str(std::string_view s) {
        u64(s.size());
        out_.append(s);
    }
    void strs(const std::vector<std::string>& list) {
        u64(list.size());
        for (const auto& s : list) {
            str(s);
        }
    }
    std::string& text() { return out_; }

  private:
    std::string out_;
};

class Reader {
  public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool at_end() const { return ok_ && in_.empty(); }

    std::uint64_t u64() {
        if (in_.size() < 8) {
            return fail();
        }
        std::uint64_t n = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            n |= std::uint64_t{static_cast<unsigned char>(in_[i])} << (8 * i);
        }
        in_.remove_prefix(8);
        return n;
    }
    int i32() {
        const std::uint64_t n = below(std::uint64_t{1} << 32);
        return static_cast<int>(static_cast<std::int32_t>(static_cast<std::uint32_t>(n)));
    }
    bool flag() { return below(2) == 1; }
    // A number below `limit` (an enumerator's range, a count that fits what
    // is left); anything else spends the reader.
    std::uint64_t below(std::uint64_t limit) {
        const std::uint64_t n = u64();
        return n < limit ? n : fail();
    }
    // A count of items of at least 8 bytes each.
    std::size_t count() { return static_cast<std::size_t>(below(in_.size() / 8 + 1)); }
    template <typename Enum>
    Enum enumerator(Enum last) {
        return static_cast<Enum>(below(static_cast<std::uint64_t>(last) + 1));
    }
    std::string str() {
        const auto n = static_cast<std::size_t>(below(in_.size() + 1));
        std::string s(in_.substr(0, n));
        in_.remove_prefix(n);
        return s;
    }
    std::vector<std::string> strs() {
        std::vector<std::string> list(count());
        for (auto& s : list) {
            s = str();
        }
        return list;
    }

  private:
    std::string_view in_;
    bool ok_ = true;

    std::uint64_t fail() {
        ok_ = false;
        in_ = {};
        return 0;
    }
};

void put(Writer& w, const FindingClaim& c) {
    for (const auto* s : {&c.source, &c.outlet, &c.claim, &c.value, &c.display, &c.quote, &c.speaker, &c.note}) {
        w.str(*s);
    }
    w.enumerator(c.anchor);
    w.str(c.file);
    w.i32(c.line);
    w.i32(c.column);
}

void get(Reader& r, FindingClaim& c) {
    for (auto* s : {&c.source, &c.outlet, &c.claim, &c.value, &c.display, &c.quote, &c.speaker, &c.note}) {
        *s = r.str();
    }
    c.anchor = r.enumerator(AnchorState::orphan);
    c.file = r.str();
    c.line = r.i32();
    c.column = r.i32();
}

void put(Writer& w, const Finding& f) {
    w.enumerator(f.kind);
    w.enumerator(f.verdict);
    w.enumerator(f.severity);
    for (const auto* s : {&f.topic, &f.topic_label, &f.explanation, &f.assumption, &f.diff}) {
        w.str(*s);
    }
    w.strs(f.values);
    w.str(f.fingerprint);
    w.flag(f.is_new);
    w.str(f.accepted_reason);
    w.u64(f.claims.size());
    for (const auto& c : f.claims) {
        put(w, c);
    }
    w.strs(f.outliers);
    w.strs(f.agreeing);
}

void get(Reader& r, Finding& f) {
    f.kind = r.enumerator(Kind::quote);
    f.verdict = static_cast<Verdict>(r.below(std::size(verdict_table)));
    f.severity = r.enumerator(Severity::error);
    for (auto* s : {&f.topic, &f.topic_label, &f.explanation, &f.assumption, &f.diff}) {
        *s = r.str();
    }
    f.values = r.strs();
    f.fingerprint = r.str();
    f.is_new = r.flag();
    f.accepted_reason = r.str();
    f.claims.resize(r.count());
    for (auto& c : f.claims) {
        get(r, c);
    }
    f.outliers = r.strs();
    f.agreeing = r.strs();
}

void put(Writer& w, const Diagnostic& d) {
    w.enumerator(d.severity);
    w.str(d.where.file);
    w.i32(d.where.line);
    w.i32(d.where.column);
    w.str(d.message);
    w.str(d.source.text);
    w.i32(d.source.caret);
}

void get(Reader& r, Diagnostic& d) {
    d.severity = r.enumerator(Severity::error);
    d.where.file = r.str();
    d.where.line = r.i32();
    d.where.column = r.i32();
    d.message = r.str();
    d.source.text = r.str();
    d.source.caret = r.i32();
}

// What the outputs read of a story once its inputs are released.
void put(Writer& w, const Story& s) {
    for (const auto* text : {&s.id, &s.display_dir, &s.title}) {
        w.str(*text);
    }
    w.str(s.dir.generic_string());
    w.u64(s.sources.size());
    for (const auto& source : s.sources) {
        for (const auto* text : {&source.id, &source.display_file, &source.outlet}) {
            w.str(*text);
        }
        w.str(source.file.generic_string());
        w.enumerator(source.role);
        w.u64(source.number_of_claims());
    }
}

void get(Reader& r, Story& s) {
    for (auto* text : {&s.id, &s.display_dir, &s.title}) {
        *text = r.str();
    }
    s.dir = r.str();
    s.sources.resize(r.count());
    for (auto& source : s.sources) {
        for (auto* text : {&source.id, &source.display_file, &source.outlet}) {
            *text = r.str();
        }
        source.file = r.str();
        source.role = r.enumerator(Role::draft);
        source.claim_count = static_cast<std::size_t>(r.u64());
    }
}

void put(Writer& w, const StoryResult& result) {
    put(w, result.story);
    w.u64(result.findings.size());
    for (const auto& f : result.findings) {
        put(w, f);
    }
    w.u64(result.timelines.size());
    for (const auto& t : result.timelines) {
        w.str(t.topic);
        w.str(t.topic_label);
        w.u64(t.entries.size());
        for (const auto& e : t.entries) {
            w.str(e.as_of);
            w.str(e.as_of_shown);
            put(w, e.claim);
        }
    }
    w.u64(result.problems.size());
    for (const auto& d : result.problems) {
        put(w, d);
    }
    w.u64(result.stale_baseline.size());
    for (const auto& e : result.stale_baseline) {
        w.str(e.fingerprint);
        w.str(e.reason);
    }
    w.str(result.report_path);
}

void get(Reader& r, StoryResult& result) {
    get(r, result.story);
    result.findings.resize(r.count());
    for (auto& f : result.findings) {
        get(r, f);
    }
    result.timelines.resize(r.count());
    for (auto& t : result.timelines) {
        t.topic = r.str();
        t.topic_label = r.str();
        t.entries.resize(r.count());
        for (auto& e : t.entries) {
            e.as_of = r.str();
            e.as_of_shown = r.str();
            get(r, e.claim);
        }
    }
    result.problems.resize(r.count());
    for (auto& d : result.problems) {
        get(r, d);
    }
    result.stale_baseline.resize(r.count());
    for (auto& e : result.stale_baseline) {
        e.fingerprint = r.str();
        e.reason = r.str();
    }
    result.report_path = r.str();
}

std::uint64_t checksum(std::string_view bytes) {
    return XXH3_64bits(bytes.data(), bytes.size());
}

constexpr std::size_t header_size = magic.size() + 8 + sizeof(Key) + 8 + 8;

}  // namespace

std::string encode(const Entry& entry) {
    Writer w;
    w.text().append(magic);
    w.u64(format_version);
    w.text().append(reinterpret_cast<const char*>(entry.key.data()), entry.key.size());
    w.u64(0);  // the payload's size and checksum, filled in below
    w.u64(0);
    put(w, entry.result);
    w.flag(entry.input_errors);
    w.flag(entry.has_report);
    w.str(entry.report);

    std::string bytes = std::move(w.text());
    const std::string_view payload = std::string_view(bytes).substr(header_size);
    Writer sizes;
    sizes.u64(payload.size());
    sizes.u64(checksum(payload));
    bytes.replace(header_size - 16, 16, sizes.text());
    return bytes;
}

std::optional<Entry> decode(std::string_view bytes) {
    if (bytes.size() < header_size || bytes.substr(0, magic.size()) != magic) {
        return std::nullopt;
    }
    Reader head(bytes.substr(magic.size(), header_size - magic.size()));
    if (head.u64() != format_version) {
        return std::nullopt;
    }
    Entry entry;
    std::memcpy(entry.key.data(), bytes.data() + magic.size() + 8, entry.key.size());
    Reader sizes(bytes.substr(header_size - 16, 16));
    const std::uint64_t size = sizes.u64();
    const std::uint64_t sum = sizes.u64();
    const std::string_view payload = bytes.substr(header_size);
    if (size != payload.size() || sum != checksum(payload)) {
        return std::nullopt;
    }
    Reader r(payload);
    get(r, entry.result);
    entry.input_errors = r.flag();
    entry.has_report = r.flag();
    entry.report = r.str();
    if (!r.at_end()) {
        return std::nullopt;
    }
    return entry;
}

}  // namespace claimcheck::pipeline::cache
