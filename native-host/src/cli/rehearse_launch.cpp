// `beian-assist rehearse`: execs the rehearsal server's own executable,
// beian-assist-rehearse, installed beside this one. The server links
// cpp-httplib and, through it, OpenSSL, brotli and zlib; the host browsers
// start at every launch does not (docs/performance.md).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <ostream>

#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "install/self_path.hpp"

namespace beian::cli {

int cmd_rehearse(const std::vector<std::string>& args, CommandIo& io) {
    std::filesystem::path server;
    try {
        server = install::self_executable().parent_path() / "beian-assist-rehearse";
    } catch (const std::exception& e) {
        io.err << "beian-assist: " << e.what() << "\n";
        return exit_code::kUnusable;
    }
    std::vector<std::string> argv_text{server.string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_text) argv.push_back(arg.data());
    argv.push_back(nullptr);
    io.out.flush();
    io.err.flush();
    ::execv(server.c_str(), argv.data());
    io.err << "beian-assist: cannot start the rehearsal server " << server.string() << ": "
           << std::strerror(errno) << " (it is installed beside beian-assist)\n";
    return exit_code::kUnusable;
}

}  // namespace beian::cli
