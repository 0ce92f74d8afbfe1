// The rehearsal server's command line (cli/cmd_rehearse.cpp), run by
// beian-assist-rehearse, which `beian-assist rehearse` execs.
#pragma once

#include <string>
#include <vector>

#include "cli/cli.hpp"

namespace beian::cli {

// args: the options after `rehearse`. Serves until SIGINT or SIGTERM.
int serve_rehearsal(const std::vector<std::string>& args, CommandIo& io);

}  // namespace beian::cli
