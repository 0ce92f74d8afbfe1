// The manifest from the one template, the install plan's idempotence, and
// doctor's checks of a single manifest file.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "install/apply_plan.hpp"
#include "install/inspect_manifest.hpp"
#include "install/install_plan.hpp"
#include "install/manifest.hpp"
#include "support/temp_dir.hpp"

using namespace beian::install;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string slurp(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

Environment temp_env(const fs::path& dir) {
    Environment env;
    env.platform = Platform::Linux;
    env.home = dir / "home";
    env.config_home = env.home / ".config";
    env.system_root = dir / "root";
    env.policy_root = env.system_root;
    return env;
}

}  // namespace

TEST_CASE("Chromium-family manifest: allowed_origins with the exact origin", "[install]") {
    const auto doc = json::parse(render_manifest(Family::Chromium, "/usr/bin/beian-assist"));
    CHECK(doc["name"] == "cn.beianassist.host");
    CHECK(doc["path"] == "/usr/bin/beian-assist");
    CHECK(doc["type"] == "stdio");
    CHECK(doc["allowed_origins"] ==
          json::array({"chrome-extension://dgjdgjhgejeiddgmjepinjffbheeahph/"}));
    CHECK_FALSE(doc.contains("allowed_extensions"));
    CHECK(doc["description"].get<std::string>().find("Beian Assist") != std::string::npos);
    CHECK(doc.size() == 5);
}

TEST_CASE("Firefox manifest: allowed_extensions with the add-on ID", "[install]") {
    const auto doc = json::parse(render_manifest(Family::Firefox, "/opt/b/beian-assist"));
    CHECK(doc["allowed_extensions"] == json::array({"beian-assist@beianassist.cn"}));
    CHECK_FALSE(doc.contains("allowed_origins"));
    CHECK(doc["path"] == "/opt/b/beian-assist");
}

TEST_CASE("paths are escaped for JSON, not pasted", "[install]") {
    const std::string windows = R"(C:\Program Files\Beian "Assist"\beian-assist.exe)";
    CHECK(json::parse(render_manifest(Family::Chromium, windows))["path"] == windows);
    CHECK_THROWS_AS(fill_template("{\"a\": \"@MISSING@\"}", {}), std::invalid_argument);
    CHECK(fill_template("x@A@y", {{"A", "\\"}}) == "x\\\\y");
}

TEST_CASE("the packaged manifests come from the same template", "[install]") {
    for (const auto family : {Family::Chromium, Family::Firefox}) {
        const auto packaged = std::string(BEIAN_BINARY_DIR) + "/native-host/packaging/" +
                              std::string(family_name(family)) + "/cn.beianassist.host.json";
        const auto text = slurp(packaged);
        REQUIRE_FALSE(text.empty());
        const auto path = json::parse(text)["path"].get<std::string>();
        CHECK(path.ends_with("/bin/beian-assist"));
        CHECK(render_manifest(family, path) == text);  // byte for byte
    }
}

TEST_CASE("install plan: create, then unchanged, a chmod or an edit is repaired", "[install]") {
    beian::test::TempDir dir;
    const auto env = temp_env(dir.path());
    const Selection selection{{BrowserId::Chrome, BrowserId::Firefox}, {}};
    const auto plan = plan_install(env, Scope::User, selection, "/usr/bin/beian-assist", "/d");
    REQUIRE(plan.items.size() == 2);
    CHECK(plan.items[0].change == Change::Create);
    REQUIRE(apply_plan(plan).empty());

    const auto file = plan.items[0].path;
    CHECK((fs::status(file).permissions() & fs::perms::mask) == kManifestPermissions);
    const auto again = plan_install(env, Scope::User, selection, "/usr/bin/beian-assist", "/d");
    CHECK(again.changes() == 0);

    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(plan_install(env, Scope::User, selection, "/usr/bin/beian-assist", "/d").changes() == 1);
    // A new binary path is an update of the same files.
    const auto moved = plan_install(env, Scope::User, selection, "/opt/beian-assist", "/d");
    CHECK(moved.items[0].change == Change::Update);
    CHECK(moved.items[1].change == Change::Update);

    // Uninstall takes back the directories install created, not the ones it found.
    REQUIRE(apply_plan(plan_uninstall(env, Scope::User, all_browsers())).empty());
    CHECK_FALSE(fs::exists(env.config_home / "google-chrome"));
    CHECK_FALSE(fs::exists(env.home / ".mozilla"));
    CHECK(fs::exists(env.config_home));
    CHECK(plan_uninstall(env, Scope::User, all_browsers()).items.empty());
}

TEST_CASE("install plan: system scope writes only the Firefox libdir Firefox reads", "[install]") {
    beian::test::TempDir dir;
    const auto env = temp_env(dir.path());
    fs::create_directories(env.system_root / "usr/lib64/firefox");
    const Selection selection{{BrowserId::Firefox}, {}};
    const auto plan = plan_install(env, Scope::System, selection, "/usr/bin/beian-assist", "/d");
    REQUIRE(plan.items.size() == 1);
    CHECK(plan.items[0].path ==
          env.system_root / "usr/lib64/mozilla/native-messaging-hosts/cn.beianassist.host.json");
}

TEST_CASE("doctor's manifest checks: one code per defect, the fix on each", "[install]") {
    beian::test::TempDir dir;
    const auto env = temp_env(dir.path());
    const auto location = native_locations(env, Scope::User, std::vector{BrowserId::Chrome})[0];
    fs::create_directories(location.directory());
    const auto script = dir.path() / "host.sh";
    std::ofstream(script) << "#!/bin/sh\n";
    fs::permissions(script, fs::perms::owner_all);
    const auto not_executable = dir.path() / "plain";
    std::ofstream(not_executable) << "";
    const auto good = json::parse(render_manifest(Family::Chromium, script.string()));

    struct Case {
        const char* name;
        std::string content;
        const char* code;
    };
    auto with = [&](const char* key, json value) {
        auto doc = good;
        doc[key] = std::move(value);
        return doc.dump();
    };
    const Case cases[] = {
        {"valid", good.dump(), "MANIFEST_OK"},
        {"not JSON", "{ nope", "MANIFEST_BAD_JSON"},
        {"an array", "[]", "MANIFEST_BAD_JSON"},
        {"another name", with("name", "other.host"), "MANIFEST_NAME_MISMATCH"},
        {"wrong type", with("type", "socket"), "MANIFEST_TYPE"},
        {"other origin", with("allowed_origins", json::array({"chrome-extension://aaaa/"})),
         "MANIFEST_IDS"},
        {"origin without slash",
         with("allowed_origins",
              json::array({"chrome-extension://dgjdgjhgejeiddgmjepinjffbheeahph"})),
         "MANIFEST_IDS"},
        {"relative path", with("path", "beian-assist"), "MANIFEST_PATH_NOT_ABSOLUTE"},
        {"missing path", with("path", "/nonexistent/beian-assist"), "MANIFEST_PATH_MISSING"},
        {"not executable", with("path", not_executable.string()), "MANIFEST_PATH_NOT_EXECUTABLE"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        std::ofstream(location.manifest_file(), std::ios::trunc) << c.content;
        const auto inspection = inspect_manifest(location, "FIX");
        REQUIRE(inspection.checks.size() == 1);
        CHECK(inspection.checks[0].code == c.code);
        CHECK(inspection.binary.has_value() == (std::string(c.code) == "MANIFEST_OK"));
        if (std::string(c.code) != "MANIFEST_OK") CHECK(inspection.checks[0].fix == "FIX");
    }
}
