// The beian-assist command line, run as a person runs it: stdin empty,
// stdout and stderr captured through files in a directory the caller owns.
#pragma once

#include <boost/process.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "integration/host_process.hpp"

namespace beian::test {

struct CliRun {
    int exit_code;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// env: variables set (or replaced) in this process's environment for the run.
inline CliRun run_cli_in(const std::filesystem::path& dir, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& env = {}) {
    namespace bp = boost::process;
    const auto out = dir / "out", err = dir / "err";
    // Boost.Process opens these without truncating them.
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    bp::environment child_env = boost::this_process::environment();
    for (const auto& [name, value] : env) child_env[name] = value;
    const int code = bp::system(host_binary(), bp::args(args), bp::std_out > out.string(),
                                bp::std_err > err.string(), bp::std_in < bp::null, child_env);
    return {code, slurp(out), slurp(err)};
}

}  // namespace beian::test
