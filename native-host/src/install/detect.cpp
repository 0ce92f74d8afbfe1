#include "install/detect.hpp"

#include <unistd.h>

#include <optional>

#include "install/location_table.hpp"

namespace beian::install {
namespace fs = std::filesystem;
namespace {

bool path_exists(const fs::path& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

// A browser binary on PATH; /snap/bin entries are Snap launchers, reported as
// Snap instead.
std::optional<fs::path> find_on_path(const Environment& env, std::string_view name) {
    for (const auto& dir : env.path_dirs) {
        const auto candidate = dir / name;
        if (dir.string().rfind("/snap/", 0) == 0) continue;
        if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate))
            return candidate;
    }
    return std::nullopt;
}

}  // namespace

Presence detect(const Environment& env, BrowserId id) {
    const auto& info = browser_info(id);
    Presence presence;
    for (const auto& marker : info.markers) {
        if (marker.platform != env.platform) continue;
        const auto path = env.resolve(marker.anchor) / marker.relative;
        if (path_exists(path)) {
            presence.native = true;
            presence.evidence = path;
            break;
        }
    }
    if (!presence.native && env.platform == Platform::Linux) {
        for (const auto binary : info.binaries) {
            if (const auto found = find_on_path(env, binary)) {
                presence.native = true;
                presence.evidence = *found;
                break;
            }
        }
    }
    if (!info.flatpak_app.empty() && flatpak_installed(env, info.flatpak_app)) {
        presence.flatpak = true;
        if (presence.evidence.empty())
            presence.evidence = env.home / ".var" / "app" / info.flatpak_app;
    }
    if (!info.snap.empty() && env.platform == Platform::Linux) {
        for (const auto& path :
             {env.system_path("snap/bin") / info.snap, env.home / "snap" / info.snap}) {
            if (!path_exists(path)) continue;
            presence.snap = true;
            if (presence.evidence.empty()) presence.evidence = path;
            break;
        }
    }
    return presence;
}

std::vector<BrowserId> present_browsers(const Environment& env) {
    std::vector<BrowserId> ids;
    for (const auto& info : browser_table())
        if (detect(env, info.id).any()) ids.push_back(info.id);
    return ids;
}

}  // namespace beian::install
