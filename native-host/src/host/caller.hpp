// Who started the host. Browsers pass the caller on the command line: Chrome
// "chrome-extension://<id>/" (plus "--parent-window=<n>" on Windows), Firefox
// the manifest path and the add-on ID. The host serves only the project's own
// extension IDs; argv is defence in depth, the browser's allowed_origins /
// allowed_extensions are the first line.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace beian::host {

enum class Browser { Chromium, Firefox };

struct Caller {
    Browser browser;
    std::string extension_id;
};

// A caller when argv looks like a browser launch, nullopt when it looks like
// a person's command line.
std::optional<Caller> caller_from_argv(const std::vector<std::string>& args);

struct AllowList {
    std::vector<std::string> chromium_ids;
    std::vector<std::string> gecko_ids;
};

// The compiled-in IDs of the project's extensions.
AllowList builtin_allow_list();

bool is_allowed(const Caller& caller, const AllowList& allow);

std::string describe(const Caller& caller);

}  // namespace beian::host
