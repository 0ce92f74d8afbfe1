#include "install/registry_plan.hpp"

#include <algorithm>

#include "build_config.hpp"
#include "install/manifest.hpp"

namespace beian::install {
namespace {

// Each Chromium brand reads its own key under HKCU and HKLM; Firefox one key
// for all its channels.
const std::vector<RegistryRow> kRegistry = {
    {BrowserId::Chrome, R"(Software\Google\Chrome\NativeMessagingHosts)"},
    {BrowserId::Chromium, R"(Software\Chromium\NativeMessagingHosts)"},
    {BrowserId::Edge, R"(Software\Microsoft\Edge\NativeMessagingHosts)"},
    {BrowserId::Brave, R"(Software\BraveSoftware\Brave-Browser\NativeMessagingHosts)"},
    {BrowserId::Firefox, R"(Software\Mozilla\NativeMessagingHosts)"},
};

std::string manifest_dir(const Environment& env, Scope scope) {
    const auto& root = scope == Scope::User ? env.local_app_data : env.program_data;
    return root + R"(\beian-assist\NativeMessagingHosts)";
}

}  // namespace

const std::vector<RegistryRow>& registry_table() { return kRegistry; }

RegistryPlan plan_registry(const Environment& env, Scope scope, std::span<const BrowserId> browsers,
                           const std::string& binary_path) {
    RegistryPlan plan;
    const Hive hive = scope == Scope::User ? Hive::CurrentUser : Hive::LocalMachine;
    for (const auto& row : kRegistry) {
        if (std::find(browsers.begin(), browsers.end(), row.browser) == browsers.end()) continue;
        const Family family = browser_info(row.browser).family;
        // One manifest per family: the Chromium brands share allowed_origins.
        const std::string path = manifest_dir(env, scope) + "\\" + build::kHostName + "." +
                                 std::string(family_name(family)) + ".json";
        const bool have = std::any_of(plan.manifests.begin(), plan.manifests.end(),
                                      [&](const WindowsManifest& m) { return m.path == path; });
        if (!have) plan.manifests.push_back({path, family, render_manifest(family, binary_path)});
        plan.values.push_back(
            {hive, std::string(row.key) + "\\" + build::kHostName, path, row.browser});
    }
    return plan;
}

std::string_view hive_name(Hive hive) {
    return hive == Hive::CurrentUser ? "HKEY_CURRENT_USER" : "HKEY_LOCAL_MACHINE";
}

}  // namespace beian::install
