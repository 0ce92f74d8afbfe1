#include "install/location_table.hpp"

#include <algorithm>

#include "build_config.hpp"

namespace beian::install {
namespace fs = std::filesystem;
namespace {

using enum Platform;
using enum BrowserId;
using enum Scope;
using enum Anchor;

// Brave has no system directory of its own on Linux: it reads Chrome's
// (browserpass does the same). Edge and Brave have none on macOS.
const std::vector<LocationRow> kLocations = {
    {Linux, Chrome, User, ConfigHome, "", "google-chrome/NativeMessagingHosts"},
    {Linux, Chromium, User, ConfigHome, "", "chromium/NativeMessagingHosts"},
    {Linux, Edge, User, ConfigHome, "", "microsoft-edge/NativeMessagingHosts"},
    {Linux, Brave, User, ConfigHome, "", "BraveSoftware/Brave-Browser/NativeMessagingHosts"},
    {Linux, Firefox, User, Home, "", ".mozilla/native-messaging-hosts"},
    {Linux, Chrome, System, SystemRoot, "etc/opt", "chrome/native-messaging-hosts"},
    {Linux, Chromium, System, SystemRoot, "etc", "chromium/native-messaging-hosts"},
    {Linux, Edge, System, SystemRoot, "etc/opt", "edge/native-messaging-hosts"},
    {Linux, Brave, System, SystemRoot, "etc/opt", "chrome/native-messaging-hosts"},
    {Linux, Firefox, System, SystemRoot, "usr/lib", "mozilla/native-messaging-hosts", LibDir::Lib},
    {Linux, Firefox, System, SystemRoot, "usr/lib64", "mozilla/native-messaging-hosts",
     LibDir::Lib64},
    {MacOS, Chrome, User, AppSupport, "", "Google/Chrome/NativeMessagingHosts"},
    {MacOS, Chromium, User, AppSupport, "", "Chromium/NativeMessagingHosts"},
    {MacOS, Edge, User, AppSupport, "", "Microsoft Edge/NativeMessagingHosts"},
    {MacOS, Brave, User, AppSupport, "", "BraveSoftware/Brave-Browser/NativeMessagingHosts"},
    {MacOS, Firefox, User, AppSupport, "", "Mozilla/NativeMessagingHosts"},
    {MacOS, Chrome, System, SystemRoot, "Library/Google", "Chrome/NativeMessagingHosts"},
    {MacOS, Chromium, System, SystemRoot, "Library/Application Support",
     "Chromium/NativeMessagingHosts"},
    {MacOS, Firefox, System, SystemRoot, "Library/Application Support",
     "Mozilla/NativeMessagingHosts"},
};

// First match wins: a Firefox installed under one libdir, then the
// distribution's family. Debian has a real /usr/lib64 too, so its mere
// existence proves nothing.
struct LibDirProbe {
    std::string_view relative;
    LibDir libdir;
};
const std::vector<LibDirProbe> kLibDirProbes = {
    {"usr/lib64/firefox", LibDir::Lib64},  {"usr/lib/firefox", LibDir::Lib},
    {"usr/lib/firefox-esr", LibDir::Lib},  {"etc/fedora-release", LibDir::Lib64},
    {"etc/redhat-release", LibDir::Lib64}, {"etc/SUSE-brand", LibDir::Lib64},
};

void add_or_merge(std::vector<ManifestLocation>& locations, ManifestLocation location) {
    for (auto& existing : locations) {
        if (existing.directory() == location.directory()) {
            existing.browsers.push_back(location.browsers.front());
            return;
        }
    }
    locations.push_back(std::move(location));
}

bool selected(std::span<const BrowserId> browsers, BrowserId id) {
    return std::find(browsers.begin(), browsers.end(), id) != browsers.end();
}

}  // namespace

const std::vector<LocationRow>& location_table() { return kLocations; }

std::string manifest_file_name() { return std::string(build::kHostName) + ".json"; }

fs::path ManifestLocation::manifest_file() const { return directory() / manifest_file_name(); }

fs::path ManifestLocation::binary_copy() const { return base / "beian-assist" / "beian-assist"; }

Family ManifestLocation::family() const { return browser_info(browsers.front()).family; }

bool ManifestLocation::serves(BrowserId id) const {
    return std::find(browsers.begin(), browsers.end(), id) != browsers.end();
}

std::string ManifestLocation::browser_names() const {
    std::string names;
    for (const auto id : browsers)
        names += (names.empty() ? "" : ", ") + std::string(browser_info(id).display);
    return sandbox == Sandbox::Flatpak ? names + " (Flatpak)" : names;
}

std::vector<ManifestLocation> native_locations(const Environment& env, Scope scope,
                                               std::span<const BrowserId> browsers) {
    const LibDir firefox_libdir =
        env.platform == Linux && scope == System ? firefox_system_libdir(env) : LibDir::Any;
    std::vector<ManifestLocation> locations;
    for (const auto& row : kLocations) {
        if (row.platform != env.platform || row.scope != scope || !selected(browsers, row.browser))
            continue;
        ManifestLocation location;
        location.browsers = {row.browser};
        location.scope = scope;
        // An empty base would leave a trailing "/" that breaks comparisons.
        location.base =
            row.base.empty() ? env.resolve(row.anchor) : env.resolve(row.anchor) / row.base;
        location.leaf = row.leaf;
        location.libdir = row.libdir;
        location.read_by_browser = row.libdir == LibDir::Any || row.libdir == firefox_libdir;
        add_or_merge(locations, std::move(location));
    }
    return locations;
}

std::vector<ManifestLocation> flatpak_locations(const Environment& env,
                                                std::span<const BrowserId> browsers) {
    std::vector<ManifestLocation> locations;
    if (env.platform != Linux) return locations;
    for (const auto& info : browser_table()) {
        if (info.flatpak_app.empty() || !selected(browsers, info.id)) continue;
        ManifestLocation location;
        location.browsers = {info.id};
        location.scope = User;
        location.sandbox = Sandbox::Flatpak;
        location.flatpak_app = info.flatpak_app;
        // ~/.var/app/<id> is mounted at the same path inside the sandbox, so
        // a path under it means the same file on both sides.
        location.base = env.home / ".var" / "app" / info.flatpak_app;
        location.leaf = info.flatpak_leaf;
        locations.push_back(std::move(location));
    }
    return locations;
}

bool flatpak_installed(const Environment& env, std::string_view app_id) {
    std::error_code ec;
    return fs::is_directory(env.home / ".var" / "app" / app_id, ec);
}

LibDir firefox_system_libdir(const Environment& env) {
    for (const auto& probe : kLibDirProbes) {
        std::error_code ec;
        if (fs::exists(env.system_path(probe.relative), ec)) return probe.libdir;
    }
    return LibDir::Lib;
}

}  // namespace beian::install
