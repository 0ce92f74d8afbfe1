#include "host/serve.hpp"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "framing/fd_stream.hpp"
#include "host/exit_codes.hpp"
#include "host/native_loop.hpp"
#include "protocol/host_context.hpp"
#include "storage/data_dir.hpp"

namespace beian::host {

int serve(std::optional<Caller> caller, int output_fd) {
    const auto data_dir = storage::default_data_dir();
    std::optional<protocol::HostContext> context;
    try {
        context.emplace(protocol::HostContext{data_dir,
                                              storage::DossierStore(data_dir),
                                              portal::Profile::load(data_dir),
                                              caller,
                                              false,
                                              {}});
    } catch (const std::exception& e) {
        std::cerr << "beian-assist: cannot start: " << e.what() << std::endl;
        return exit_code::kStartupFailed;
    }
    // A browser that closed its end must give exit 67 (PROTOCOL.md), not a
    // silent death by SIGPIPE in the middle of a write.
    ::signal(SIGPIPE, SIG_IGN);
    const char* hooks = std::getenv("BEIAN_ASSIST_TEST_HOOKS");
    context->test_hooks = hooks != nullptr && std::string(hooks) == "1";
    framing::FdSource input(STDIN_FILENO);
    framing::FdSink output(output_fd);
    return run_native_loop(input, output, *context);
}

}  // namespace beian::host
