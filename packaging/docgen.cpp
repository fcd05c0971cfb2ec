// Writes claimcheck(1) and the bash and zsh completions from the command
// line the binary parses (src/cli), so the manual, the completions and
// --help cannot drift apart. Run by the build: claimcheck_docgen OUT_DIR.
#include "cli/command_line.hpp"
#include "model/io.hpp"

#include <cstdio>
#include <filesystem>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: claimcheck_docgen OUT_DIR\n");
        return 2;
    }
    namespace cli = claimcheck::cli;
    const std::filesystem::path out = argv[1];
    const auto command_line = cli::make_command_line();
    const std::pair<const char*, std::string> files[] = {
        {"claimcheck.1", cli::man_page(*command_line)},
        {"claimcheck.bash", cli::bash_completion(*command_line)},
        {"_claimcheck", cli::zsh_completion(*command_line)},
    };
    for (const auto& [name, text] : files) {
        const std::string error = claimcheck::io::write_file_atomically(out / name, text, claimcheck::io::Sync::atomic);
        if (!error.empty()) {
            std::fprintf(stderr, "claimcheck_docgen: %s: %s\n", name, error.c_str());
            return 1;
        }
    }
    return 0;
}
