// The command line a person uses: subcommands with --help, one file each.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace beian::cli {

struct CommandIo {
    std::ostream& out;
    std::ostream& err;
    int native_stdout_fd;  // the real stdout descriptor, for serve-stdio frames
};

// args excludes the program name. Returns the exit code (host/exit_codes.hpp).
int run(const std::vector<std::string>& args, CommandIo& io);

}  // namespace beian::cli
