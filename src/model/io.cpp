#include "model/io.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimcheck::io {

namespace fs = std::filesystem;

namespace {

std::string lower_first(std::string sentence) {
    if (!sentence.empty() && sentence[0] >= 'A' && sentence[0] <= 'Z') {
        sentence[0] = static_cast<char>(sentence[0] - 'A' + 'a');  // "Permission denied" reads as the others
    }
    return sentence;
}

std::string too_large(std::size_t limit) {
    return fmt::format("is larger than {} MiB, the most claimcheck reads", limit >> 20);
}

FileStat file_stat_of(const struct stat& info) {
    constexpr std::int64_t billion = 1'000'000'000;
    FileStat out;
    out.size = static_cast<std::uint64_t>(info.st_size);
    out.device = static_cast<std::uint64_t>(info.st_dev);
    out.inode = static_cast<std::uint64_t>(info.st_ino);
    out.modified_ns = static_cast<std::int64_t>(info.st_mtim.tv_sec) * billion + info.st_mtim.tv_nsec;
    out.changed_ns = static_cast<std::int64_t>(info.st_ctim.tv_sec) * billion + info.st_ctim.tv_nsec;
    return out;
}

// Opens `file` for reading if it is a regular file. O_NONBLOCK: opening a
// FIFO must not wait for a writer; it is refused by the fstat below.
int open_regular(const fs::path& file, std::size_t limit, std::size_t& size, std::string& error, FileStat* stat) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        error = errno == ENOENT || errno == ENOTDIR ? "no such file" : lower_first(std::strerror(errno));
        return -1;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        error = lower_first(std::strerror(errno));
    } else if (S_ISDIR(info.st_mode)) {
        error = "is a directory, not a file";
    } else if (!S_ISREG(info.st_mode)) {
        error = "is not a regular file (a FIFO, socket or device)";
    } else if (static_cast<std::uintmax_t>(info.st_size) > limit) {
        error = too_large(limit);
    } else {
        size = static_cast<std::size_t>(info.st_size);
        if (stat != nullptr) {
            *stat = file_stat_of(info);
        }
        return fd;
    }
    ::close(fd);
    return -1;
}

}  // namespace

std::optional<FileStat> stat_file(const fs::path& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) {
        return std::nullopt;
    }
    return file_stat_of(info);
}

std::optional<std::string> read_file(const fs::path& file, std::string& error, std::size_t limit, FileStat* stat) {
    // open + fstat + read into a buffer of the file's size: three system
    // calls for a small file, which is what claim files and articles are.
    std::size_t expected = 0;
    const int fd = open_regular(file, limit, expected, error, stat);
    if (fd < 0) {
        return std::nullopt;
    }
    std::string content;
    // One more byte than the size, so that reaching the end takes no extra
    // read; a file that grows while it is read still stops at the limit.
    content.resize(std::min(expected, limit) + 1);
    std::size_t size = 0;
    for (;;) {
        if (size == content.size()) {
            if (size > limit) {
                error = too_large(limit);
                ::close(fd);
                return std::nullopt;
            }
            content.resize(std::min(content.size() * 2, limit + 1));
        }
        const ssize_t n = ::read(fd, content.data() + size, content.size() - size);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            error = lower_first(std::strerror(errno));
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) {
            break;
        }
        size += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (size > limit) {
        error = too_large(limit);
        return std::nullopt;
    }
    content.resize(size);
    return content;
}

namespace {

// Writes `content` to a new temporary file beside `file` (`temp` names it).
// Returns "" or an error sentence; on error no temporary file is left.
std::string write_temporary(const fs::path& file, std::string_view content, Sync sync, fs::path& temp) {
    std::error_code ec;
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    fs::create_directories(dir, ec);
    if (ec) {
        return fmt::format("cannot create folder {}: {}", dir.generic_string(), ec.message());
    }
    // The process id keeps concurrent runs apart, the counter this run's threads.
    static std::atomic<unsigned long> counter{0};
    temp = dir / fmt::format(".{}.{}-{:x}.tmp", file.filename().string(), ::getpid(), counter++);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        return fmt::format("cannot write {}: {}", file.generic_string(), std::strerror(errno));
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return fmt::format("cannot write {}: {}", file.generic_string(), why);
        }
        done += static_cast<std::size_t>(n);
    }
    if ((sync == Sync::durable && ::fsync(fd) != 0) || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return fmt::format("cannot write {}: {}", file.generic_string(), why);
    }
    return {};
}

}  // namespace

std::string write_file_atomically(const fs::path& file, std::string_view content, Sync sync) {
    fs::path temp;
    if (std::string error = write_temporary(file, content, sync, temp); !error.empty()) {
        return error;
    }
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return fmt::format("cannot replace {}: {}", file.generic_string(), why);
    }
    return {};
}

std::string write_new_file_atomically(const fs::path& file, std::string_view content) {
    fs::path temp;
    if (std::string error = write_temporary(file, content, Sync::durable, temp); !error.empty()) {
        return error;
    }
    // link() gives the complete file its name only if the name is free: a
    // file that appeared meanwhile is never replaced.
    const int linked = ::link(temp.c_str(), file.c_str());
    const int why = errno;
    ::unlink(temp.c_str());
    if (linked != 0) {
        return why == EEXIST ? "already exists"
                             : fmt::format("cannot write {}: {}", file.generic_string(), std::strerror(why));
    }
    return {};
}

std::string display_path(const fs::path& file) {
    // A relative path that stays below the working directory is its own
    // display path: no need to ask for the working directory (a system
    // call) and make it absolute, which costs more than the rest of
    // loading a small file.
    if (file.is_relative()) {
        const fs::path normal = file.lexically_normal();
        if (!normal.empty() && *normal.begin() != "..") {
            return normal.generic_string();
        }
    }
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    const fs::path absolute = fs::absolute(file, ec).lexically_normal();
    if (!ec) {
        const fs::path relative = absolute.lexically_relative(cwd);
        if (!relative.empty() && *relative.begin() != "..") {
            return relative.generic_string();
        }
    }
    return file.lexically_normal().generic_string();
}

}  // namespace claimcheck::io
