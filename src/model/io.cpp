#include "model/io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace claimcheck::io {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& file, std::string& error) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec || !fs::exists(status)) {
        error = "no such file";
        return std::nullopt;
    }
    if (fs::is_directory(status)) {
        error = "is a directory, not a file";
        return std::nullopt;
    }
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    std::string content;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            error = std::strerror(errno);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) {
            break;
        }
        content.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return content;
}

std::string write_file_atomically(const fs::path& file, std::string_view content) {
    std::error_code ec;
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    fs::create_directories(dir, ec);
    if (ec) {
        return fmt::format("cannot create folder {}: {}", dir.generic_string(), ec.message());
    }
    std::random_device random;
    const fs::path temp =
        dir / fmt::format(".{}.{}-{:x}.tmp", file.filename().string(), ::getpid(), random());
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
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return fmt::format("cannot write {}: {}", file.generic_string(), why);
    }
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return fmt::format("cannot replace {}: {}", file.generic_string(), why);
    }
    return {};
}

std::string display_path(const fs::path& file) {
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
