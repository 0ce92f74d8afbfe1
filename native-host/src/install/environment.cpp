#include "install/environment.hpp"

#include <cstdlib>

namespace beian::install {
namespace fs = std::filesystem;
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string(value) : std::string();
}

// "/home/u/" and "/home/u" must compare equal when pruning directories.
fs::path clean(const fs::path& path) {
    auto normal = path.lexically_normal();
    if (!normal.has_filename() && normal.has_relative_path()) normal = normal.parent_path();
    return normal;
}

// Only an absolute XDG directory counts: the XDG spec says a relative one is
// invalid and must be ignored.
fs::path absolute_or(const std::string& value, const fs::path& fallback) {
    return !value.empty() && fs::path(value).is_absolute() ? clean(value) : fallback;
}

std::vector<fs::path> split_path(const std::string& value) {
#if defined(_WIN32)
    constexpr char kSeparator = ';';
#else
    constexpr char kSeparator = ':';
#endif
    std::vector<fs::path> dirs;
    std::size_t start = 0;
    while (start <= value.size()) {
        const auto end = std::min(value.find(kSeparator, start), value.size());
        if (end > start) dirs.emplace_back(value.substr(start, end - start));
        start = end + 1;
    }
    return dirs;
}

}  // namespace

Platform current_platform() {
#if defined(_WIN32)
    return Platform::Windows;
#elif defined(__APPLE__)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

std::string_view scope_name(Scope scope) { return scope == Scope::User ? "user" : "system"; }

std::string_view scope_name_zh(Scope scope) { return scope == Scope::User ? "用户级" : "系统级"; }

Environment Environment::from_process() {
    Environment e;
    e.platform = current_platform();
#if defined(_WIN32)
    e.home = env("USERPROFILE");
#else
    e.home = env("HOME");
#endif
    e.home = e.home.empty() ? fs::path(".") : clean(e.home);
    e.config_home = absolute_or(env("XDG_CONFIG_HOME"), e.home / ".config");
    e.system_root = absolute_or(env("BEIAN_ASSIST_SYSTEM_ROOT"), "/");
    e.policy_root = absolute_or(env("BEIAN_ASSIST_POLICY_ROOT"), e.system_root);
    e.path_dirs = split_path(env("PATH"));
    e.local_app_data = env("LOCALAPPDATA");
    e.program_data = env("ProgramData");
    return e;
}

fs::path Environment::system_path(std::string_view relative) const {
    return system_root / relative;
}

fs::path Environment::app_support() const { return home / "Library" / "Application Support"; }

fs::path Environment::resolve(Anchor anchor) const {
    switch (anchor) {
        case Anchor::Home:
            return home;
        case Anchor::ConfigHome:
            return config_home;
        case Anchor::AppSupport:
            return app_support();
        case Anchor::SystemRoot:
            return system_root;
        case Anchor::LocalAppData:
            return fs::path(local_app_data);
    }
    return home;
}

}  // namespace beian::install
