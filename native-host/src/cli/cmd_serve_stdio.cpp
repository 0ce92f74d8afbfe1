#include <iostream>

#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "host/native_loop.hpp"
#include "host/serve.hpp"

namespace beian::cli {

// The host loop without a browser and without the caller check: for
// debugging with pre-framed request files (see PROTOCOL.md).
int cmd_serve_stdio(const std::vector<std::string>&, CommandIo& io) {
    return host::serve(std::nullopt, io.native_stdout_fd);
}

}  // namespace beian::cli
