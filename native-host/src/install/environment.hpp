// Where install, uninstall and doctor look: the user's home and config
// directories, the file-system root of system-wide locations, and PATH. Read
// from the process environment once, then passed around, so tests compute
// the locations of any platform from any directory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace beian::install {

enum class Platform { Linux, MacOS, Windows };
enum class Scope { User, System };

// What a path in the location and marker tables is relative to.
enum class Anchor {
    Home,          // $HOME
    ConfigHome,    // $XDG_CONFIG_HOME or ~/.config
    AppSupport,    // ~/Library/Application Support (macOS)
    SystemRoot,    // "/" (or the test root)
    LocalAppData,  // %LOCALAPPDATA% (Windows)
};

// The platform this binary was built for.
Platform current_platform();

std::string_view scope_name(Scope scope);     // "user", "system"
std::string_view scope_name_zh(Scope scope);  // "用户级", "系统级"

struct Environment {
    Platform platform = Platform::Linux;
    std::filesystem::path home;         // $HOME (Windows: %USERPROFILE%)
    std::filesystem::path config_home;  // $XDG_CONFIG_HOME, else home/.config
    // Prefix of every system-wide path ("/" normally). Tests point
    // $BEIAN_ASSIST_SYSTEM_ROOT at a temporary directory.
    std::filesystem::path system_root;
    // Root of the enterprise policy files; $BEIAN_ASSIST_POLICY_ROOT, else
    // system_root.
    std::filesystem::path policy_root;
    std::vector<std::filesystem::path> path_dirs;  // $PATH, for browser binaries
    std::string local_app_data;                    // Windows %LOCALAPPDATA%
    std::string program_data;                      // Windows %ProgramData%

    static Environment from_process();

    // A system-wide path ("etc/opt/chrome", no leading slash) under system_root.
    std::filesystem::path system_path(std::string_view relative) const;
    // ~/Library/Application Support on macOS.
    std::filesystem::path app_support() const;
    std::filesystem::path resolve(Anchor anchor) const;
};

}  // namespace beian::install
