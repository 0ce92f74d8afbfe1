// The browsers Beian Assist installs for, and how to tell each is present.
// One row per browser; the manifest directories are in location_table.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "install/environment.hpp"

namespace beian::install {

enum class BrowserId { Chrome, Chromium, Edge, Brave, Firefox };

// Which manifest a browser reads: allowed_origins or allowed_extensions.
enum class Family { Chromium, Firefox };

// A file or directory only the browser itself creates: its presence means
// the browser is installed or has been run.
struct Marker {
    Platform platform;
    Anchor anchor;
    std::string_view relative;
};

struct BrowserInfo {
    BrowserId id;
    std::string_view key;      // "chrome": the --browser name
    std::string_view display;  // "Google Chrome"
    Family family;
    std::vector<std::string_view> binaries;  // looked up on PATH (Linux)
    std::vector<Marker> markers;
    std::string_view flatpak_app;   // Flathub application ID, "" when none
    std::string_view flatpak_leaf;  // manifest directory inside ~/.var/app/<id>/
    std::string_view snap;          // Snap package name, "" when none
    std::string_view policy_dir;    // managed policies under the policy root (Linux), "" when none
};

const std::vector<BrowserInfo>& browser_table();
const BrowserInfo& browser_info(BrowserId id);
std::optional<BrowserId> browser_from_key(std::string_view key);
std::vector<BrowserId> all_browsers();

// "chrome,firefox" or "all"; nullopt (and why) when a name is unknown.
std::optional<std::vector<BrowserId>> parse_browser_list(std::string_view list, std::string& error);

std::string_view family_name(Family family);

}  // namespace beian::install
