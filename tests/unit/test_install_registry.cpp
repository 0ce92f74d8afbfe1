// The Windows plan (registry values and manifest files), computed by
// portable code and checked here on any platform.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "install/registry_plan.hpp"

using namespace beian::install;

namespace {

Environment windows_env() {
    Environment env;
    env.platform = Platform::Windows;
    env.local_app_data = R"(C:\Users\u\AppData\Local)";
    env.program_data = R"(C:\ProgramData)";
    return env;
}

const std::string kExe = R"(C:\Program Files\Beian Assist\beian-assist.exe)";

}  // namespace

TEST_CASE("Windows user plan: an HKCU key per browser, one manifest per family", "[install]") {
    const auto plan = plan_registry(windows_env(), Scope::User, all_browsers(), kExe);
    const std::string dir = R"(C:\Users\u\AppData\Local\beian-assist\NativeMessagingHosts\)";
    const std::string chromium = dir + "cn.beianassist.host.chromium.json";
    const std::string firefox = dir + "cn.beianassist.host.firefox.json";
    struct Expected {
        const char* key;
        std::string data;
    };
    const Expected expected[] = {
        {R"(Software\Google\Chrome\NativeMessagingHosts\cn.beianassist.host)", chromium},
        {R"(Software\Chromium\NativeMessagingHosts\cn.beianassist.host)", chromium},
        {R"(Software\Microsoft\Edge\NativeMessagingHosts\cn.beianassist.host)", chromium},
        {R"(Software\BraveSoftware\Brave-Browser\NativeMessagingHosts\cn.beianassist.host)",
         chromium},
        {R"(Software\Mozilla\NativeMessagingHosts\cn.beianassist.host)", firefox},
    };
    REQUIRE(plan.values.size() == std::size(expected));
    for (std::size_t i = 0; i < plan.values.size(); ++i) {
        INFO(expected[i].key);
        CHECK(plan.values[i].hive == Hive::CurrentUser);
        CHECK(plan.values[i].key == expected[i].key);
        CHECK(plan.values[i].data == expected[i].data);
    }
    REQUIRE(plan.manifests.size() == 2);
    CHECK(plan.manifests[0].path == chromium);
    CHECK(plan.manifests[1].path == firefox);
    const auto doc = nlohmann::json::parse(plan.manifests[0].content);
    CHECK(doc["path"] == kExe);  // backslashes survive JSON escaping
    CHECK(doc["allowed_origins"][0] == "chrome-extension://dgjdgjhgejeiddgmjepinjffbheeahph/");
    CHECK(nlohmann::json::parse(plan.manifests[1].content)["allowed_extensions"][0] ==
          "beian-assist@beianassist.cn");
}

TEST_CASE("Windows system plan: HKLM and %ProgramData%", "[install]") {
    const auto plan =
        plan_registry(windows_env(), Scope::System, std::vector{BrowserId::Firefox}, kExe);
    REQUIRE(plan.values.size() == 1);
    CHECK(plan.values[0].hive == Hive::LocalMachine);
    CHECK(hive_name(plan.values[0].hive) == "HKEY_LOCAL_MACHINE");
    CHECK(plan.values[0].data ==
          R"(C:\ProgramData\beian-assist\NativeMessagingHosts\cn.beianassist.host.firefox.json)");
    REQUIRE(plan.manifests.size() == 1);
    CHECK(plan.manifests[0].family == Family::Firefox);
}

TEST_CASE("the registry table covers every browser once", "[install]") {
    for (const auto id : all_browsers()) {
        INFO(browser_info(id).key);
        CHECK(std::count_if(registry_table().begin(), registry_table().end(),
                            [&](const RegistryRow& row) { return row.browser == id; }) == 1);
    }
}

#if !defined(_WIN32)
TEST_CASE("applying a registry plan off Windows is refused", "[install]") {
    CHECK_THROWS_AS(apply_registry_plan({}, false), std::logic_error);
}
#endif
