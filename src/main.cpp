#include "cli/cli.hpp"

int main(int argc, char** argv) {
    return claimcheck::cli::run(argc, argv);
}
