#include "load/paths.hpp"

#include "model/io.hpp"

#include <fmt/format.h>

namespace claimcheck::load {

namespace fs = std::filesystem;

bool is_story_dir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / story_file_name, ec);
}

bool has_toml_files(const fs::path& dir) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".toml") {
            return true;
        }
    }
    return false;
}

std::optional<std::string> read_story_file(const fs::path& file, std::string& why) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status)) {
        why = "is not a regular file";
        return std::nullopt;
    }
    auto content = io::read_file(file, why);
    if (!content && !why.empty() && why[0] >= 'A' && why[0] <= 'Z') {
        why[0] = static_cast<char>(why[0] - 'A' + 'a');  // "Permission denied" reads as the other reasons
    }
    return content;
}

std::optional<fs::path> article_path(const fs::path& story_dir, const std::string& text_value, std::string& why) {
    const fs::path relative(text_value);
    if (text_value.empty()) {
        why = "'text' is empty";
        return std::nullopt;
    }
    if (relative.is_absolute()) {
        why = fmt::format("article path '{}' is absolute; give it relative to the story folder", text_value);
        return std::nullopt;
    }
    const fs::path normal = relative.lexically_normal();
    if (!normal.empty() && *normal.begin() == "..") {
        why = fmt::format("article path '{}' leaves the story folder", text_value);
        return std::nullopt;
    }
    const fs::path full = story_dir / normal;
    std::error_code ec;
    // Only a symbolic link below the story folder can lead outside it. One
    // lstat per component finds out; resolving both paths (realpath, a
    // readlink per component of the absolute paths) is left for when there
    // is a link.
    bool link = false;
    fs::path walk = story_dir;
    for (const auto& part : normal) {
        walk /= part;
        const auto status = fs::symlink_status(walk, ec);
        if (ec || !fs::exists(status)) {
            break;  // missing: reported when the article is read
        }
        if (fs::is_symlink(status)) {
            link = true;
            break;
        }
    }
    if (link && fs::exists(full, ec)) {
        const fs::path real = fs::canonical(full, ec);
        const fs::path root = fs::canonical(story_dir, ec);
        const fs::path inside = real.lexically_relative(root);
        if (ec || inside.empty() || *inside.begin() == "..") {
            why = fmt::format("article path '{}' leads outside the story folder (through a symbolic link)", text_value);
            return std::nullopt;
        }
    }
    return full;
}

std::optional<std::string> read_toml(const fs::path& file, Diagnostics& diagnostics) {
    std::string why;
    auto content = read_story_file(file, why);
    if (!content) {
        diagnostics.error({io::display_path(file), 0, 0}, fmt::format("cannot read file: {}", why));
    }
    return content;
}

}  // namespace claimcheck::load
