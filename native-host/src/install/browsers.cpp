#include "install/browsers.hpp"

#include <algorithm>
#include <stdexcept>

namespace beian::install {
namespace {

using enum Platform;
using enum Anchor;

// Markers are files a browser writes into its own profile ("Local State",
// "profiles.ini") or its installed program, never the NativeMessagingHosts
// directory: install creates that one, and it must not make a browser look
// present afterwards.
const std::vector<BrowserInfo> kBrowsers = {
    {BrowserId::Chrome,
     "chrome",
     "Google Chrome",
     Family::Chromium,
     {"google-chrome", "google-chrome-stable", "google-chrome-beta", "google-chrome-unstable"},
     {{Linux, ConfigHome, "google-chrome/Local State"},
      {Linux, SystemRoot, "opt/google/chrome/chrome"},
      {MacOS, AppSupport, "Google/Chrome/Local State"},
      {MacOS, SystemRoot, "Applications/Google Chrome.app"},
      {Windows, LocalAppData, "Google/Chrome/User Data"}},
     "com.google.Chrome",
     "config/google-chrome/NativeMessagingHosts",
     "",
     "etc/opt/chrome/policies/managed"},
    {BrowserId::Chromium,
     "chromium",
     "Chromium",
     Family::Chromium,
     {"chromium", "chromium-browser"},
     {{Linux, ConfigHome, "chromium/Local State"},
      {Linux, SystemRoot, "usr/lib/chromium/chromium"},
      {MacOS, AppSupport, "Chromium/Local State"},
      {MacOS, SystemRoot, "Applications/Chromium.app"},
      {Windows, LocalAppData, "Chromium/User Data"}},
     "org.chromium.Chromium",
     "config/chromium/NativeMessagingHosts",
     "chromium",
     "etc/chromium/policies/managed"},
    {BrowserId::Edge,
     "edge",
     "Microsoft Edge",
     Family::Chromium,
     {"microsoft-edge", "microsoft-edge-stable", "microsoft-edge-beta", "microsoft-edge-dev"},
     {{Linux, ConfigHome, "microsoft-edge/Local State"},
      {Linux, SystemRoot, "opt/microsoft/msedge/msedge"},
      {MacOS, AppSupport, "Microsoft Edge/Local State"},
      {MacOS, SystemRoot, "Applications/Microsoft Edge.app"},
      {Windows, LocalAppData, "Microsoft/Edge/User Data"}},
     "com.microsoft.Edge",
     "config/microsoft-edge/NativeMessagingHosts",
     "",
     "etc/opt/edge/policies/managed"},
    {BrowserId::Brave,
     "brave",
     "Brave",
     Family::Chromium,
     {"brave-browser", "brave", "brave-browser-stable"},
     {{Linux, ConfigHome, "BraveSoftware/Brave-Browser/Local State"},
      {Linux, SystemRoot, "opt/brave.com/brave/brave"},
      {MacOS, AppSupport, "BraveSoftware/Brave-Browser/Local State"},
      {MacOS, SystemRoot, "Applications/Brave Browser.app"},
      {Windows, LocalAppData, "BraveSoftware/Brave-Browser/User Data"}},
     "com.brave.Browser",
     "config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
     "brave",
     "etc/brave/policies/managed"},
    {BrowserId::Firefox,
     "firefox",
     "Firefox",
     Family::Firefox,
     {"firefox", "firefox-esr"},
     {{Linux, Home, ".mozilla/firefox/profiles.ini"},
      {MacOS, AppSupport, "Firefox/profiles.ini"},
      {MacOS, SystemRoot, "Applications/Firefox.app"}},
     "org.mozilla.firefox",
     ".mozilla/native-messaging-hosts",
     "firefox",
     ""},
};

}  // namespace

const std::vector<BrowserInfo>& browser_table() { return kBrowsers; }

const BrowserInfo& browser_info(BrowserId id) {
    for (const auto& info : kBrowsers)
        if (info.id == id) return info;
    throw std::logic_error("browser missing from the table");
}

std::optional<BrowserId> browser_from_key(std::string_view key) {
    for (const auto& info : kBrowsers)
        if (info.key == key) return info.id;
    return std::nullopt;
}

std::vector<BrowserId> all_browsers() {
    std::vector<BrowserId> ids;
    for (const auto& info : kBrowsers) ids.push_back(info.id);
    return ids;
}

std::optional<std::vector<BrowserId>> parse_browser_list(std::string_view list,
                                                         std::string& error) {
    if (list == "all") return all_browsers();
    std::vector<BrowserId> ids;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(',', start), list.size());
        const auto name = list.substr(start, end - start);
        start = end + 1;
        if (name.empty()) continue;
        const auto id = browser_from_key(name);
        if (!id) {
            error = "unknown browser '" + std::string(name) +
                    "' (chrome, chromium, edge, brave, firefox or all)";
            return std::nullopt;
        }
        if (std::find(ids.begin(), ids.end(), *id) == ids.end()) ids.push_back(*id);
    }
    if (ids.empty()) {
        error = "--browser needs at least one browser";
        return std::nullopt;
    }
    return ids;
}

std::string_view family_name(Family family) {
    return family == Family::Chromium ? "chromium" : "firefox";
}

}  // namespace beian::install
