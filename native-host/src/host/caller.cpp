#include "host/caller.hpp"

#include <algorithm>

#include "build_config.hpp"

namespace beian::host {
namespace {

constexpr std::string_view kChromePrefix = "chrome-extension://";

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Windows Chrome appends --parent-window=<hwnd>; it says nothing of the caller.
std::vector<std::string> without_parent_window(const std::vector<std::string>& args) {
    std::vector<std::string> kept;
    std::copy_if(args.begin(), args.end(), std::back_inserter(kept),
                 [](const std::string& a) { return !starts_with(a, "--parent-window="); });
    return kept;
}

}  // namespace

std::optional<Caller> caller_from_argv(const std::vector<std::string>& raw_args) {
    const auto args = without_parent_window(raw_args);
    if (args.empty()) return std::nullopt;
    const std::string_view first = args.front();
    if (starts_with(first, kChromePrefix)) {
        std::string id(first.substr(kChromePrefix.size()));
        while (!id.empty() && id.back() == '/') id.pop_back();  // "…/" and "…" are one origin
        return Caller{Browser::Chromium, id};
    }
    // Firefox: <absolute path of the manifest>.json <add-on id>
    if (args.size() == 2 && ends_with(first, ".json") &&
        (starts_with(first, "/") || (first.size() > 2 && first[1] == ':'))) {
        return Caller{Browser::Firefox, args[1]};
    }
    return std::nullopt;
}

AllowList builtin_allow_list() {
    return AllowList{{build::kChromiumExtensionId}, {build::kGeckoExtensionId}};
}

bool is_allowed(const Caller& caller, const AllowList& allow) {
    const auto& ids = caller.browser == Browser::Chromium ? allow.chromium_ids : allow.gecko_ids;
    return std::find(ids.begin(), ids.end(), caller.extension_id) != ids.end();
}

std::string describe(const Caller& caller) {
    return (caller.browser == Browser::Chromium ? "Chromium extension " : "Firefox add-on ") +
           caller.extension_id;
}

}  // namespace beian::host
