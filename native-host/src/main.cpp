// beian-assist: a native-messaging host when a browser starts it, a CLI when
// a person does.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "host/caller.hpp"
#include "host/exit_codes.hpp"
#include "host/serve.hpp"
#include "host/stdout_guard.hpp"

int main(int argc, char** argv) {
    // Before anything else can print: stdout becomes stderr, and frames go to
    // a private copy of the real stdout.
    const int frames_fd = beian::host::protect_stdout();
    if (frames_fd < 0) {
        std::cerr << "beian-assist: cannot set up stdout" << std::endl;
        return beian::exit_code::kStartupFailed;
    }
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (const auto caller = beian::host::caller_from_argv(args)) {
        if (!beian::host::is_allowed(*caller, beian::host::builtin_allow_list())) {
            std::cerr << "beian-assist: refused: " << beian::host::describe(*caller)
                      << " is not Beian Assist; this host serves only its own extension"
                      << std::endl;
            return beian::exit_code::kCallerRefused;
        }
        return beian::host::serve(caller, frames_fd);
    }
    // A person's command line: give them their stdout back, except for
    // serve-stdio, which writes frames to frames_fd and keeps fd 1 on stderr.
    if (args.empty() || args[0] != "serve-stdio") ::dup2(frames_fd, STDOUT_FILENO);
    beian::cli::CommandIo io{std::cout, std::cerr, frames_fd};
    try {
        return beian::cli::run(args, io);
    } catch (const std::exception& e) {
        std::cerr << "beian-assist: " << e.what() << std::endl;
        return beian::exit_code::kUnusable;
    }
}
