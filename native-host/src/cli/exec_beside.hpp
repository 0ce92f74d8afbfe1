// Commands served by an executable of their own, installed beside
// beian-assist (the rehearsal server, the documents companion): exec'd with
// the same arguments, so their exit code and output are the command's.
#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace beian::cli {

// Replaces this process with <dir of beian-assist>/program args…; returns
// only when that fails (exit code kUnusable, the reason on io.err).
int exec_beside(const std::string& program, const std::vector<std::string>& args, CommandIo& io,
                const std::string& what);

}  // namespace beian::cli
