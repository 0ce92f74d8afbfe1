// The native-messaging loop: read a frame, dispatch it, write exactly one
// reply, until the browser closes the pipe.
#pragma once

#include <cstddef>

#include "framing/frame_codec.hpp"
#include "protocol/host_context.hpp"

namespace beian::host {

// Returns the process exit code (exit_codes.hpp).
int run_native_loop(framing::ByteSource& input, framing::ByteSink& output,
                    protocol::HostContext& context,
                    std::size_t max_inbound = framing::kDefaultMaxInboundBytes);

}  // namespace beian::host
