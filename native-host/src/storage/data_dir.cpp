#include "storage/data_dir.hpp"

#include <cstdlib>

namespace beian::storage {
namespace fs = std::filesystem;
namespace {

const char* env(const char* name) {
    const char* value = std::getenv(name);
    return (value != nullptr && *value != '\0') ? value : nullptr;
}

}  // namespace

fs::path default_data_dir() {
    if (const char* home = env("BEIAN_ASSIST_HOME")) return fs::path(home);
#if defined(_WIN32)
    if (const char* appdata = env("APPDATA")) return fs::path(appdata) / "beian-assist";
    return fs::path("beian-assist");
#elif defined(__APPLE__)
    const char* home = env("HOME");
    return fs::path(home ? home : ".") / "Library" / "Application Support" / "beian-assist";
#else
    if (const char* xdg = env("XDG_DATA_HOME")) return fs::path(xdg) / "beian-assist";
    const char* home = env("HOME");
    return fs::path(home ? home : ".") / ".local" / "share" / "beian-assist";
#endif
}

}  // namespace beian::storage
