// File input and output that never loses what the user had.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::io {

// The largest file claimcheck reads (claim files, story files, baselines,
// articles, reports): 64 MiB, far above any article, far below what would
// exhaust a CI runner's memory.
inline constexpr std::size_t max_file_size = std::size_t{64} << 20;

// A file as the file system last saw it (stat(2)): writing or replacing the
// file changes its size, inode, or modification or change time.
struct FileStat {
    std::uint64_t size = 0;
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t modified_ns = 0;
    std::int64_t changed_ns = 0;
    bool operator==(const FileStat&) const = default;
};

// The file's FileStat (following links), or nullopt when it cannot be had.
std::optional<FileStat> stat_file(const std::filesystem::path& file);

// The one reader of every file claimcheck opens. Reads a whole regular file
// of at most `limit` bytes; on failure returns nullopt and sets `error` to a
// sentence ("no such file", "is a directory, not a file", "is not a regular
// file (a FIFO, socket or device)", "is larger than 64 MiB…", "permission
// denied"). A FIFO or device is refused without waiting for a writer or
// reading from it. With `stat`, also the file's FileStat, taken once it is
// open and before any byte of it is read.
std::optional<std::string> read_file(const std::filesystem::path& file, std::string& error,
                                     std::size_t limit = max_file_size, FileStat* stat = nullptr);

// Whether write_file_atomically waits for the data to reach the disk before
// the rename (fsync). `durable` for what the user wrote or decided (a
// baseline); `atomic` for output that is regenerated on every run (a
// report): still never seen half-written by a reader or after a crash of
// the program, but a power cut right after the run may lose it.
enum class Sync { durable, atomic };

// Writes `content` to a temporary file beside `file` and renames it over
// `file`, so readers see the old or the new content, never a part. Creates
// missing parent folders. Returns "" or an error sentence.
std::string write_file_atomically(const std::filesystem::path& file, std::string_view content,
                                  Sync sync = Sync::durable);

// The same for a file that must not exist yet: the complete file is given
// its name only if nothing has it, so an existing file is never replaced
// (the error is then "already exists").
std::string write_new_file_atomically(const std::filesystem::path& file, std::string_view content);

// `file` relative to the working directory when it lies below it, else as given
// (generic form, '/' separators).
std::string display_path(const std::filesystem::path& file);

}  // namespace claimcheck::io
