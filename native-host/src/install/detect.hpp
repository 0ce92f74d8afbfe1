// Which browsers are on this machine, so `install` writes manifests only for
// them by default and `doctor` knows which missing manifest is a problem.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "install/browsers.hpp"
#include "install/environment.hpp"

namespace beian::install {

struct Presence {
    bool native = false;             // a profile or program outside any sandbox
    bool flatpak = false;            // ~/.var/app/<id> exists
    bool snap = false;               // /snap/bin/<name> or ~/snap/<name> exists
    std::filesystem::path evidence;  // the first file that proved it

    bool any() const { return native || flatpak || snap; }
};

Presence detect(const Environment& env, BrowserId id);

// The browsers detect() finds, in table order.
std::vector<BrowserId> present_browsers(const Environment& env);

}  // namespace beian::install
