#include "cli/exec_beside.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>

#include "host/exit_codes.hpp"
#include "install/self_path.hpp"

namespace beian::cli {

int exec_beside(const std::string& program, const std::vector<std::string>& args, CommandIo& io,
                const std::string& what) {
    std::filesystem::path path;
    try {
        path = install::self_executable().parent_path() / program;
    } catch (const std::exception& e) {
        io.err << "beian-assist: " << e.what() << "\n";
        return exit_code::kUnusable;
    }
    std::vector<std::string> argv_text{path.string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_text) argv.push_back(arg.data());
    argv.push_back(nullptr);
    io.out.flush();
    io.err.flush();
    ::execv(path.c_str(), argv.data());
    io.err << "beian-assist: cannot start " << what << " " << path.string() << ": "
           << std::strerror(errno) << " (it is installed beside beian-assist)\n";
    return exit_code::kUnusable;
}

}  // namespace beian::cli
