#include "pipeline/cache.hpp"

#include "data_hash.hpp"
#include "model/io.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <elf.h>
#include <fmt/format.h>
#include <link.h>
#include <memory>
#include <xxhash.h>

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

namespace claimcheck::pipeline::cache {

namespace fs = std::filesystem;

namespace {

// The GNU build id of the running program (a hash the linker computes over
// the whole binary), or "" when it has none.
std::string build_id() {
    std::string id;
    dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* data) {
            auto& out = *static_cast<std::string*>(data);
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const auto& header = info->dlpi_phdr[i];
                if (header.p_type != PT_NOTE) {
                    continue;
                }
                const char* at = reinterpret_cast<const char*>(info->dlpi_addr + header.p_vaddr);
                const char* end = at + header.p_memsz;
                while (at + sizeof(ElfW(Nhdr)) <= end) {
                    ElfW(Nhdr) note;
                    std::memcpy(&note, at, sizeof note);
                    const char* name = at + sizeof note;
                    const char* desc = name + ((note.n_namesz + 3) & ~3u);
                    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                        out.assign(desc, note.n_descsz);
                        return 1;
                    }
                    at = desc + ((note.n_descsz + 3) & ~3u);
                }
            }
            return 1;  // only the program itself, the first object listed
        },
        &id);
    return id;
}

// The XML files of the units database UDUNITS-2 reads (ut_read_xml: the
// file UDUNITS2_XML_PATH names, else the system's), by name.
std::vector<fs::path> units_database() {
    const char* named = std::getenv("UDUNITS2_XML_PATH");
    const fs::path main =
        named != nullptr && *named != '\0' ? fs::path(named) : fs::path("/usr/share/xml/udunits/udunits2.xml");
    std::vector<fs::path> files{main};
    std::error_code ec;
    for (fs::directory_iterator it(main.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".xml" && it->path() != main) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin() + 1, files.end());
    return files;
}

Key canonical(XXH128_hash_t hash) {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    Key out;
    std::memcpy(out.data(), canonical.digest, out.size());
    return out;
}

// Adds `text` to `state` with its length first, so that no two lists of
// texts hash alike by moving bytes between neighbours.
void add(XXH3_state_t& state, std::string_view text) {
    const std::uint64_t size = text.size();
    XXH3_128bits_update(&state, &size, sizeof size);
    XXH3_128bits_update(&state, text.data(), text.size());
}

struct Listed {
    fs::path file;
    std::string below;  // the path below the story folder, generic form
};

// Every regular file below `dir` by its path below `dir`, leaving out the
// folders in `skip` (the cache's and the reports' when they lie inside);
// false when anything else is there (a link, a FIFO...) or the folder
// cannot be read.
bool list_files(const fs::path& dir, const std::vector<fs::path>& skip, std::vector<Listed>& files) {
    std::error_code ec;
    const std::size_t prefix = (dir / "").native().size();
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        // The entry's own type, from the listing where the file system gives
        // it (no lstat for each file); a link is a link, not what it points to.
        const auto type = it->is_symlink(ec)        ? fs::file_type::symlink
                          : it->is_directory(ec)    ? fs::file_type::directory
                          : it->is_regular_file(ec) ? fs::file_type::regular
                                                    : fs::file_type::unknown;
        if (ec) {
            return false;
        }
        if (type == fs::file_type::directory) {
            // Resolved only when the name is one of theirs: a folder of a
            // story is rarely either.
            const auto named = [&](const fs::path& folder) { return folder.filename() == it->path().filename(); };
            if (std::any_of(skip.begin(), skip.end(), named) &&
                std::find(skip.begin(), skip.end(), fs::weakly_canonical(it->path(), ec)) != skip.end()) {
                it.disable_recursion_pending();
            }
            continue;
        }
        if (type != fs::file_type::regular) {
            return false;
        }
        files.push_back({it->path(), it->path().generic_string().substr(prefix)});
    }
    std::sort(files.begin(), files.end(), [](const Listed& a, const Listed& b) { return a.below < b.below; });
    return !ec;
}

}  // namespace

// What identifies the build: its version, its build id (or, without one,
// the program's bytes), the data tables compiled in, and the system's tz
// and units databases that values are read with.
std::string build_identity() {
    std::string id = fmt::format("claimcheck {}\n{}\n", CLAIMCHECK_VERSION, data::tables_hash);
    const std::string build = build_id();
    std::string why;
    if (!build.empty()) {
        id += build;
    } else if (const auto program = io::read_file("/proc/self/exe", why, std::size_t{1} << 30)) {
        id += fmt::format("{:016x}", XXH3_64bits(program->data(), program->size()));
    }
    std::vector<fs::path> databases{"/usr/share/zoneinfo/tzdata.zi"};
    for (auto& file : units_database()) {
        databases.push_back(std::move(file));
    }
    for (const auto& file : databases) {
        const auto text = io::read_file(file, why);
        id += fmt::format("\n{} {:016x}", file.string(), text ? XXH3_64bits(text->data(), text->size()) : 0);
    }
    return id;
}

Cache::Cache(fs::path dir, std::string settings, std::vector<fs::path> skip, std::string build)
    : dir_(std::move(dir)), build_(std::move(build)) {
    std::error_code ec;
    settings_ = std::move(settings) + "\n" + fs::current_path(ec).string();
    skip.push_back(dir_);
    for (auto& folder : skip) {
        fs::path resolved = fs::weakly_canonical(fs::absolute(folder, ec), ec);
        skip_.push_back(resolved.has_filename() ? resolved : resolved.parent_path());  // "reports/"
    }
}

std::optional<Key> Cache::key(const fs::path& story_dir, std::vector<Stamp>* stamps,
                              load::FileContents* contents) const {
    std::vector<Listed> files;
    if (!list_files(story_dir, skip_, files)) {
        return std::nullopt;
    }
    if (stamps != nullptr) {
        stamps->clear();
        stamps->reserve(files.size());
    }
    const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> owned(XXH3_createState(), &XXH3_freeState);
    if (!owned) {
        return std::nullopt;
    }
    XXH3_state_t& state = *owned;
    XXH3_128bits_reset(&state);
    add(state, build_);
    add(state, settings_);
    add(state, story_dir.string());
    std::string why;
    for (const auto& listed : files) {
        io::FileStat stat;
        auto text = io::read_file(listed.file, why, io::max_file_size, &stat);
        if (!text) {
            return std::nullopt;
        }
        if (stamps != nullptr) {
            stamps->push_back({listed.below, stat});
        }
        const Key hash = canonical(XXH3_128bits(text->data(), text->size()));
        add(state, listed.below);
        XXH3_128bits_update(&state, hash.data(), hash.size());
        if (contents != nullptr) {
            contents->emplace(listed.file.native(), std::move(*text));
        }
    }
    return canonical(XXH3_128bits_digest(&state));
}

bool Cache::unchanged(const fs::path& story_dir, const std::vector<Stamp>& stamps) const {
    std::vector<Listed> files;
    if (!list_files(story_dir, skip_, files) || files.size() != stamps.size()) {
        return false;
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto stat = io::stat_file(files[i].file);
        if (!stat || files[i].below != stamps[i].below || *stat != stamps[i].stat) {
            return false;
        }
    }
    return true;
}

// One entry a story (and settings): a story that changes, or a new build,
// replaces its entry, so the cache holds no more entries than there are
// stories (times the settings they were checked with).
fs::path Cache::entry_file(const fs::path& story_dir) const {
    std::error_code ec;
    const std::string slot = settings_ + "\n" + fs::absolute(story_dir, ec).lexically_normal().string();
    const std::uint64_t h = XXH3_64bits(slot.data(), slot.size());
    return dir_ / fmt::format("v1/{:016x}", h);
}

std::optional<Entry> Cache::load(const fs::path& story_dir, const Key& key) const {
    std::string why;
    const auto bytes = io::read_file(entry_file(story_dir), why);
    if (!bytes) {
        return std::nullopt;
    }
    auto entry = decode(*bytes);
    if (!entry || entry->key != key) {
        return std::nullopt;
    }
    return entry;
}

void Cache::store(const fs::path& story_dir, const Entry& entry) const {
    std::error_code ec;
    if (!tagged_.load(std::memory_order_relaxed) && !fs::exists(dir_ / "CACHEDIR.TAG", ec)) {
        // Marks the folder as a cache for backup tools, and keeps it out of git.
        io::write_file_atomically(dir_ / "CACHEDIR.TAG",
                                  "Signature: 8a477f597d28d172789f06886806bc55\n"
                                  "# claimcheck's result cache: safe to delete (docs/cache.md).\n",
                                  io::Sync::atomic);
        io::write_file_atomically(dir_ / ".gitignore", "*\n", io::Sync::atomic);
    }
    tagged_.store(true, std::memory_order_relaxed);
    io::write_file_atomically(entry_file(story_dir), encode(entry), io::Sync::atomic);
}

}  // namespace claimcheck::pipeline::cache
