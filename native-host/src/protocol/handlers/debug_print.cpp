#include <cstdio>
#include <iostream>

#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// Test hook: prints to stdout the ways careless code would (printf, iostream,
// a raw write), to prove such output never reaches the browser's pipe.
nlohmann::json debug_print_to_stdout(const nlohmann::json&, HostContext&) {
    std::printf("stray printf on stdout\n");
    std::cout << "stray iostream on stdout" << std::endl;
    std::fflush(stdout);
    return {{"printed", true}};
}

}  // namespace beian::protocol::handlers
