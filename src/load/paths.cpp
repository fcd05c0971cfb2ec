#include "load/paths.hpp"

#include "model/io.hpp"

#include <fmt/format.h>

namespace claimcheck::load {

namespace fs = std::filesystem;

bool is_story_dir(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(dir / story_file_name, ec));
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

bool leaves_story(const fs::path& story_dir, const fs::path& relative) {
    // Only a symbolic link below the story folder can lead outside it. One
    // lstat per component finds out; resolving both paths (a readlink per
    // component of the absolute paths) is left for when there is a link.
    std::error_code ec;
    fs::path walk = story_dir;
    bool link = false;
    for (const auto& part : relative) {
        walk /= part;
        const auto status = fs::symlink_status(walk, ec);
        if (ec || !fs::exists(status)) {
            break;  // nothing more on disk: no link further down
        }
        if (fs::is_symlink(status)) {
            link = true;
            break;
        }
    }
    if (!link) {
        return false;
    }
    // weakly_canonical resolves the links of the part that exists and keeps
    // the rest as written: whether the file exists makes no difference to
    // the answer, so the answer tells nothing about the machine.
    const fs::path real = fs::weakly_canonical(story_dir / relative, ec);
    const fs::path root = fs::weakly_canonical(story_dir, ec);
    const fs::path inside = real.lexically_relative(root);
    return ec || inside.empty() || *inside.begin() == "..";
}

std::optional<std::string> read_story_file(const fs::path& file, std::string& why, const FileContents* read) {
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (leaves_story(dir, file.filename())) {
        why = "it leads outside the story folder through a symbolic link, and is not read";
        return std::nullopt;
    }
    if (read != nullptr) {
        if (const auto found = read->find(file.native()); found != read->end()) {
            return found->second;
        }
    }
    return io::read_file(file, why);
}

std::optional<fs::path> article_path(const fs::path& story_dir, const std::string& text_value, std::string& why) {
    const fs::path relative(text_value);
    if (text_value.empty()) {
        why = "'text' is empty";
        return std::nullopt;
    }
    if (text_value.find('\0') != std::string::npos) {
        why = "'text' holds a NUL character (\\u0000), which no file name can";
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
    if (leaves_story(story_dir, normal)) {
        why = fmt::format("article path '{}' leads outside the story folder (through a symbolic link)", text_value);
        return std::nullopt;
    }
    return story_dir / normal;
}

std::optional<std::string> read_toml(const fs::path& file, Diagnostics& diagnostics, const FileContents* read) {
    std::string why;
    auto content = read_story_file(file, why, read);
    if (!content) {
        diagnostics.error({io::display_path(file), 0, 0}, fmt::format("cannot read file: {}", why));
    }
    return content;
}

}  // namespace claimcheck::load
