// Sets up the host's context (data directory, store, profile) and runs the
// native-messaging loop on stdin and the given output descriptor.
#pragma once

#include <optional>

#include "host/caller.hpp"

namespace beian::host {

// Returns the process exit code.
int serve(std::optional<Caller> caller, int output_fd);

}  // namespace beian::host
