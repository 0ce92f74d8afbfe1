// The beian-assist command line, run as a person runs it: stdin empty,
// stdout and stderr captured through files in a directory the caller owns.
// Boost.Process stays in tests/integration/cli_run.cpp: each file that
// included it took tens of seconds more to compile.
#pragma once

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
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// env: variables set (or replaced) in this process's environment for the run;
// unset: variables removed from it.
CliRun run_cli_in(const std::filesystem::path& dir, const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env = {},
                  const std::vector<std::string>& unset = {});

}  // namespace beian::test
