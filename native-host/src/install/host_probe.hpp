// Starts a host the way a browser does (argv from the manifest, stdin and
// stdout as pipes) and completes a `hello` over the frame protocol: the one
// check that proves the whole chain works, not just that files look right.
#pragma once

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "install/browsers.hpp"

namespace beian::install {

struct ProbeResult {
    bool answered = false;  // a hello reply frame came back
    nlohmann::json reply;   // that frame
    int exit_code = -1;     // -1 while unknown (killed, or never started)
    std::string failure;    // why there is no reply, in English; "" when answered
    std::string failure_zh;
    std::string stderr_text;  // what the host said on stderr (first 4 KiB)
    std::chrono::milliseconds elapsed{0};
};

// argv as the browser builds it: Chromium passes the extension's origin,
// Firefox the manifest's path and the add-on ID.
std::vector<std::string> browser_argv(Family family, const std::filesystem::path& binary,
                                      const std::filesystem::path& manifest);

// Runs argv[0] (no PATH search) with this process's environment, sends one
// hello and waits at most timeout for the reply; then closes stdin, as a
// browser does, and reaps the process.
ProbeResult probe_host(const std::vector<std::string>& argv, std::chrono::milliseconds timeout);

}  // namespace beian::install
