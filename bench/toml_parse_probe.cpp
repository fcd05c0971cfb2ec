// The floor for any toml++-based checker: find every TOML file under the
// given folders, read it and parse it with toml++ on N threads, and nothing
// else (no validation, no model, no articles).
//
//   bench_toml_probe [--jobs N] PATH...
//
// Prints the number of files, bytes and [[claim]] tables it parsed, so a run
// can be checked against claimcheck's own counts.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <toml++/toml.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Reads a whole file the way claimcheck does (open/read in 64 KiB blocks).
std::optional<std::string> read_file(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
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

struct Totals {
    std::atomic<std::size_t> bytes{0};
    std::atomic<std::size_t> claims{0};
    std::atomic<std::size_t> errors{0};
};

void parse_one(const fs::path& file, Totals& totals) {
    const auto text = read_file(file);
    if (!text) {
        std::fprintf(stderr, "%s: cannot read: %s\n", file.c_str(), std::strerror(errno));
        ++totals.errors;
        return;
    }
    totals.bytes += text->size();
    try {
        const toml::table root = toml::parse(*text, file.string());
        if (const auto* claims = root.get_as<toml::array>("claim")) {
            totals.claims += claims->size();
        }
    } catch (const toml::parse_error& err) {
        std::fprintf(stderr, "%s: %s\n", file.c_str(), std::string(err.description()).c_str());
        ++totals.errors;
    }
}

int usage() {
    std::fprintf(stderr, "usage: bench_toml_probe [--jobs N] PATH...\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::vector<fs::path> roots;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--jobs" && i + 1 < argc) {
            const long n = std::strtol(argv[++i], nullptr, 10);
            if (n < 1 || n > 1024) {
                return usage();
            }
            jobs = static_cast<unsigned>(n);
        } else if (arg.starts_with("-")) {
            return usage();
        } else {
            roots.emplace_back(arg);
        }
    }
    if (roots.empty()) {
        return usage();
    }

    std::vector<fs::path> files;
    for (const auto& root : roots) {
        std::error_code ec;
        if (fs::is_regular_file(root, ec)) {
            files.push_back(root);
            continue;
        }
        for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
            if (it->path().extension() == ".toml" && it->is_regular_file(ec)) {
                files.push_back(it->path());
            }
        }
        if (ec) {
            std::fprintf(stderr, "%s: %s\n", root.c_str(), ec.message().c_str());
            return 2;
        }
    }
    std::sort(files.begin(), files.end());

    Totals totals;
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            parse_one(files[i], totals);
        }
    };
    {
        std::vector<std::jthread> threads;
        for (unsigned w = 1; w < jobs; ++w) {
            threads.emplace_back(work);
        }
        work();
    }
    std::printf("%zu files, %zu bytes, %zu claims, %zu errors\n", files.size(), totals.bytes.load(),
                totals.claims.load(), totals.errors.load());
    return totals.errors.load() == 0 ? 0 : 1;
}
