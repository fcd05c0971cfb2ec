// The one reader of every file: regular files only, a size limit, and
// FIFOs and devices refused without waiting or reading.
#include "model/io.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path dir;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "claimcheck-io-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        dir = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

}  // namespace

TEST_CASE("a regular file reads whole") {
    Scratch s;
    std::ofstream(s.dir / "a.txt") << "hello\n";
    std::string why;
    CHECK(io::read_file(s.dir / "a.txt", why) == "hello\n");
}

TEST_CASE("a FIFO is refused at once, without waiting for a writer") {
    Scratch s;
    REQUIRE(::mkfifo((s.dir / "fifo").c_str(), 0644) == 0);
    std::string why;
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(io::read_file(s.dir / "fifo", why));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(why == "is not a regular file (a FIFO, socket or device)");
}

TEST_CASE("a device is refused without reading from it") {
    std::string why;
    CHECK_FALSE(io::read_file("/dev/zero", why));
    CHECK(why == "is not a regular file (a FIFO, socket or device)");
}

TEST_CASE("a folder and a missing file say so") {
    Scratch s;
    std::string why;
    CHECK_FALSE(io::read_file(s.dir, why));
    CHECK(why == "is a directory, not a file");
    CHECK_FALSE(io::read_file(s.dir / "none", why));
    CHECK(why == "no such file");
}

TEST_CASE("a file above the size limit is refused with the limit") {
    Scratch s;
    std::ofstream(s.dir / "big.txt") << std::string(3 << 20, 'x');
    std::string why;
    CHECK_FALSE(io::read_file(s.dir / "big.txt", why, std::size_t{2} << 20));
    CHECK(why == "is larger than 2 MiB, the most claimcheck reads");
    CHECK(io::read_file(s.dir / "big.txt", why, std::size_t{3} << 20)->size() == (3u << 20));
    // The limit every caller gets: a sparse file of 64 MiB + 1 byte costs no disk.
    { std::ofstream out(s.dir / "sparse.txt"); }
    fs::resize_file(s.dir / "sparse.txt", io::max_file_size + 1);
    CHECK_FALSE(io::read_file(s.dir / "sparse.txt", why));
    CHECK(why == "is larger than 64 MiB, the most claimcheck reads");
}
