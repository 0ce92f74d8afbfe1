// Where each browser reads native-messaging manifests on Linux and macOS, as
// one table of browsers × platforms × scopes (native-messaging.md §2). Windows
// reads registry keys instead: see registry_plan.hpp.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "install/browsers.hpp"
#include "install/environment.hpp"

namespace beian::install {

// Firefox's system directory follows the libdir it was built with: /usr/lib on
// Debian and Arch, /usr/lib64 on Fedora and openSUSE (web-eid/web-eid-app#219).
enum class LibDir { Any, Lib, Lib64 };

struct LocationRow {
    Platform platform;
    BrowserId browser;
    Scope scope;
    Anchor anchor;
    // Under the anchor: created when missing, never removed (/etc/opt, /usr/lib).
    std::string_view base;
    // Under base: created by install, removed by uninstall when left empty,
    // so uninstall takes back the directories install made.
    std::string_view leaf;
    LibDir libdir = LibDir::Any;
};

const std::vector<LocationRow>& location_table();

enum class Sandbox { None, Flatpak };

struct ManifestLocation {
    std::vector<BrowserId> browsers;  // two when browsers share a directory
    Scope scope = Scope::User;
    Sandbox sandbox = Sandbox::None;
    std::string flatpak_app;  // Flatpak only
    std::filesystem::path base;
    std::filesystem::path leaf;
    LibDir libdir = LibDir::Any;
    bool read_by_browser = true;  // false: the Firefox libdir this system does not read

    std::filesystem::path directory() const { return base / leaf; }
    std::filesystem::path manifest_file() const;
    // Flatpak: where the sandbox runs the host from (its own ~/.var/app/<id>).
    std::filesystem::path binary_copy() const;
    Family family() const;
    bool serves(BrowserId id) const;
    std::string browser_names() const;  // "Google Chrome, Brave"
};

// The manifest file name: "<host name>.json".
std::string manifest_file_name();

// The unsandboxed locations of env.platform and scope for the given browsers;
// browsers that share a directory share one location. Empty on Windows.
std::vector<ManifestLocation> native_locations(const Environment& env, Scope scope,
                                               std::span<const BrowserId> browsers);

// The Flatpak locations (~/.var/app/<id>/…) of the given browsers, whether
// the Flatpak is installed or not (see flatpak_installed()).
std::vector<ManifestLocation> flatpak_locations(const Environment& env,
                                                std::span<const BrowserId> browsers);

bool flatpak_installed(const Environment& env, std::string_view app_id);

// Which of /usr/lib and /usr/lib64 this system's Firefox reads.
LibDir firefox_system_libdir(const Environment& env);

}  // namespace beian::install
