// beian-assist-rehearse: the rehearsal portal's server, an executable of its
// own so that the host browsers start links no HTTP library. Started by
// `beian-assist rehearse` (exec, same arguments) or directly.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "host/exit_codes.hpp"
#include "rehearsal/rehearse_command.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    beian::cli::CommandIo io{std::cout, std::cerr, STDOUT_FILENO};
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << "Usage: beian-assist-rehearse [OPTIONS]: the options of `beian-assist "
                     "rehearse` (see beian-assist rehearse --help)\n";
        return beian::exit_code::kOk;
    }
    try {
        return beian::cli::serve_rehearsal(args, io);
    } catch (const std::exception& e) {
        std::cerr << "beian-assist: " << e.what() << std::endl;
        return beian::exit_code::kUnusable;
    }
}
