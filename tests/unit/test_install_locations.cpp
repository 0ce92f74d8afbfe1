// The table of browsers × manifest locations, checked against
// native-messaging.md §2 path by path, and browser detection.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "install/detect.hpp"
#include "install/location_table.hpp"
#include "support/temp_dir.hpp"

using namespace beian::install;
namespace fs = std::filesystem;

namespace {

Environment fake_env(Platform platform, const fs::path& root = "/") {
    Environment env;
    env.platform = platform;
    env.home = platform == Platform::MacOS ? "/Users/u" : "/home/u";
    env.config_home = env.home / ".config";
    env.system_root = root;
    env.policy_root = root;
    return env;
}

std::map<std::string, std::string> by_browsers(const std::vector<ManifestLocation>& locations) {
    std::map<std::string, std::string> out;
    for (const auto& location : locations) {
        std::string key;
        for (const auto id : location.browsers) key += std::string(browser_info(id).key) + " ";
        if (!location.read_by_browser) key += "(unread) ";
        out[key] = location.manifest_file().string();
    }
    return out;
}

void touch(const fs::path& path) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "";
}

}  // namespace

TEST_CASE("Linux user locations: one per browser, XDG_CONFIG_HOME for the Chromium family",
          "[install]") {
    auto env = fake_env(Platform::Linux);
    CHECK(
        by_browsers(native_locations(env, Scope::User, all_browsers())) ==
        std::map<std::string, std::string>{
            {"chrome ",
             "/home/u/.config/google-chrome/NativeMessagingHosts/cn.beianassist.host.json"},
            {"chromium ", "/home/u/.config/chromium/NativeMessagingHosts/cn.beianassist.host.json"},
            {"edge ",
             "/home/u/.config/microsoft-edge/NativeMessagingHosts/cn.beianassist.host.json"},
            {"brave ",
             "/home/u/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/"
             "cn.beianassist.host.json"},
            {"firefox ", "/home/u/.mozilla/native-messaging-hosts/cn.beianassist.host.json"},
        });
    env.config_home = "/xdg/config";
    const auto locations =
        native_locations(env, Scope::User, std::vector{BrowserId::Chrome, BrowserId::Firefox});
    REQUIRE(locations.size() == 2);
    CHECK(locations[0].directory() == "/xdg/config/google-chrome/NativeMessagingHosts");
    CHECK(locations[1].directory() == "/home/u/.mozilla/native-messaging-hosts");  // HOME, not XDG
}

TEST_CASE("Linux system locations: Brave shares Chrome's, Firefox follows lib or lib64",
          "[install]") {
    beian::test::TempDir root;
    const auto env = fake_env(Platform::Linux, root.path());
    const auto r = root.path().string();
    CHECK(by_browsers(native_locations(env, Scope::System, all_browsers())) ==
          std::map<std::string, std::string>{
              {"chrome brave ",
               r + "/etc/opt/chrome/native-messaging-hosts/cn.beianassist.host.json"},
              {"chromium ", r + "/etc/chromium/native-messaging-hosts/cn.beianassist.host.json"},
              {"edge ", r + "/etc/opt/edge/native-messaging-hosts/cn.beianassist.host.json"},
              {"firefox ", r + "/usr/lib/mozilla/native-messaging-hosts/cn.beianassist.host.json"},
              {"firefox (unread) ",
               r + "/usr/lib64/mozilla/native-messaging-hosts/cn.beianassist.host.json"},
          });
    // Only Brave asked for: still Chrome's directory.
    const auto brave = native_locations(env, Scope::System, std::vector{BrowserId::Brave});
    REQUIRE(brave.size() == 1);
    CHECK(brave[0].directory() == root.path() / "etc/opt/chrome/native-messaging-hosts");
    // Uninstall prunes only the browser's own directories, never /etc/opt.
    CHECK(brave[0].base == root.path() / "etc/opt");
}

TEST_CASE("Firefox's libdir: an installed Firefox first, then the distribution", "[install]") {
    struct Case {
        const char* file;
        LibDir expected;
    };
    const Case cases[] = {
        {nullptr, LibDir::Lib},
        {"usr/lib/firefox-esr/firefox-esr", LibDir::Lib},
        {"usr/lib/firefox/firefox", LibDir::Lib},
        {"usr/lib64/firefox/firefox", LibDir::Lib64},
        {"etc/fedora-release", LibDir::Lib64},
        {"etc/SUSE-brand", LibDir::Lib64},
    };
    for (const auto& c : cases) {
        beian::test::TempDir root;
        if (c.file) touch(root.path() / c.file);
        INFO((c.file ? c.file : "(empty root)"));
        const auto env = fake_env(Platform::Linux, root.path());
        CHECK(firefox_system_libdir(env) == c.expected);
        for (const auto& location :
             native_locations(env, Scope::System, std::vector{BrowserId::Firefox}))
            CHECK(location.read_by_browser == (location.libdir == c.expected));
    }
}

TEST_CASE("macOS user and system locations", "[install]") {
    const auto env = fake_env(Platform::MacOS);
    const std::string support = "/Users/u/Library/Application Support/";
    CHECK(
        by_browsers(native_locations(env, Scope::User, all_browsers())) ==
        std::map<std::string, std::string>{
            {"chrome ", support + "Google/Chrome/NativeMessagingHosts/cn.beianassist.host.json"},
            {"chromium ", support + "Chromium/NativeMessagingHosts/cn.beianassist.host.json"},
            {"edge ", support + "Microsoft Edge/NativeMessagingHosts/cn.beianassist.host.json"},
            {"brave ",
             support + "BraveSoftware/Brave-Browser/NativeMessagingHosts/cn.beianassist.host.json"},
            {"firefox ", support + "Mozilla/NativeMessagingHosts/cn.beianassist.host.json"},
        });
    CHECK(
        by_browsers(native_locations(env, Scope::System, all_browsers())) ==
        std::map<std::string, std::string>{
            {"chrome ", "/Library/Google/Chrome/NativeMessagingHosts/cn.beianassist.host.json"},
            {"chromium ",
             "/Library/Application Support/Chromium/NativeMessagingHosts/cn.beianassist.host.json"},
            {"firefox ",
             "/Library/Application Support/Mozilla/NativeMessagingHosts/cn.beianassist.host.json"},
        });
}

TEST_CASE("Windows has no manifest directories: the registry names the files", "[install]") {
    const auto env = fake_env(Platform::Windows);
    CHECK(native_locations(env, Scope::User, all_browsers()).empty());
    CHECK(native_locations(env, Scope::System, all_browsers()).empty());
}

TEST_CASE("every browser has a user location on Linux and macOS, and a Flatpak", "[install]") {
    for (const auto platform : {Platform::Linux, Platform::MacOS})
        for (const auto id : all_browsers()) {
            INFO(browser_info(id).key);
            CHECK(native_locations(fake_env(platform), Scope::User, std::vector{id}).size() == 1);
        }
    const auto flatpaks = flatpak_locations(fake_env(Platform::Linux), all_browsers());
    REQUIRE(flatpaks.size() == 5);
    CHECK(flatpaks[0].manifest_file() ==
          "/home/u/.var/app/com.google.Chrome/config/google-chrome/NativeMessagingHosts/"
          "cn.beianassist.host.json");
    CHECK(flatpaks[0].binary_copy() ==
          "/home/u/.var/app/com.google.Chrome/beian-assist/beian-assist");
    CHECK(flatpaks[4].manifest_file() ==
          "/home/u/.var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts/"
          "cn.beianassist.host.json");
}

TEST_CASE("browser lists for --browser", "[install]") {
    std::string error;
    CHECK(parse_browser_list("all", error)->size() == 5);
    CHECK(*parse_browser_list("firefox,chrome,firefox", error) ==
          std::vector{BrowserId::Firefox, BrowserId::Chrome});
    CHECK_FALSE(parse_browser_list("chrome,safari", error));
    CHECK(error.find("safari") != std::string::npos);
    CHECK_FALSE(parse_browser_list(",", error));
}

TEST_CASE("detection: profile files, Flatpak and Snap directories, not our own directories",
          "[install]") {
    beian::test::TempDir dir;
    auto env = fake_env(Platform::Linux, dir.path() / "root");
    env.home = dir.path() / "home";
    env.config_home = env.home / ".config";
    CHECK(present_browsers(env).empty());

    // What install creates must not make a browser look present.
    fs::create_directories(env.config_home / "chromium/NativeMessagingHosts");
    CHECK_FALSE(detect(env, BrowserId::Chromium).any());

    touch(env.config_home / "google-chrome/Local State");
    touch(env.home / ".mozilla/firefox/profiles.ini");
    fs::create_directories(env.home / ".var/app/com.brave.Browser");
    fs::create_directories(env.home / "snap/chromium");
    CHECK(detect(env, BrowserId::Chrome).native);
    CHECK(detect(env, BrowserId::Chrome).evidence == env.config_home / "google-chrome/Local State");
    CHECK(detect(env, BrowserId::Firefox).native);
    CHECK(detect(env, BrowserId::Brave).flatpak);
    CHECK_FALSE(detect(env, BrowserId::Brave).native);
    CHECK(detect(env, BrowserId::Chromium).snap);
    CHECK(present_browsers(env) == std::vector{BrowserId::Chrome, BrowserId::Chromium,
                                               BrowserId::Brave, BrowserId::Firefox});

    // A browser binary on PATH counts.
    touch(dir.path() / "bin/microsoft-edge");
    fs::permissions(dir.path() / "bin/microsoft-edge", fs::perms::owner_all);
    env.path_dirs = {dir.path() / "bin"};
    CHECK(detect(env, BrowserId::Edge).native);
}
