// Windows: browsers find a host through a registry key whose default value
// is the manifest's path (HKCU for one user, HKLM for the machine). The plan
// of files and values is portable code, so the tests check it on Linux;
// registry_apply.cpp carries it out on Windows only.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "install/browsers.hpp"
#include "install/environment.hpp"

namespace beian::install {

enum class Hive { CurrentUser, LocalMachine };

struct RegistryRow {
    BrowserId browser;
    std::string_view key;  // under the hive, without the host name
};

const std::vector<RegistryRow>& registry_table();

struct RegistryValue {
    Hive hive;
    std::string key;   // "Software\Google\Chrome\NativeMessagingHosts\cn.beianassist.host"
    std::string data;  // the default value: the manifest file's absolute path
    BrowserId browser;
};

struct WindowsManifest {
    std::string path;  // "C:\Users\…\AppData\Local\beian-assist\NativeMessagingHosts\….json"
    Family family;
    std::string content;
};

struct RegistryPlan {
    std::vector<WindowsManifest> manifests;  // one per family the browsers need
    std::vector<RegistryValue> values;       // one per browser
};

// User scope: HKCU and %LOCALAPPDATA%\beian-assist\NativeMessagingHosts;
// system scope: HKLM and %ProgramData%\beian-assist\NativeMessagingHosts.
RegistryPlan plan_registry(const Environment& env, Scope scope, std::span<const BrowserId> browsers,
                           const std::string& binary_path);

std::string_view hive_name(Hive hive);  // "HKEY_CURRENT_USER"

// Windows only (throws std::logic_error elsewhere): writes the manifests and
// values, or deletes them; returns a line per change made.
std::vector<std::string> apply_registry_plan(const RegistryPlan& plan, bool remove);

}  // namespace beian::install
