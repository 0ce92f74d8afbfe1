// install and uninstall run as a person runs them, in a temporary HOME and
// system root.
#include <catch2/catch.hpp>

#include "integration/install_machine.hpp"

using namespace beian::test::install;

TEST_CASE("install --user writes 0644 manifests for the browsers found", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    machine.add_firefox();
    const auto run = machine.run({"install", "--user"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    const auto binary = fs::canonical(beian::test::host_binary()).string();

    const auto chrome = json::parse(slurp(machine.chrome_manifest()));
    CHECK(chrome["name"] == "cn.beianassist.host");
    CHECK(chrome["path"] == binary);
    CHECK(chrome["type"] == "stdio");
    CHECK(chrome["allowed_origins"] == json::array({beian::test::kChromeOrigin}));
    const auto firefox = json::parse(slurp(machine.firefox_manifest()));
    CHECK(firefox["allowed_extensions"] == json::array({beian::test::kGeckoId}));
    CHECK(firefox["path"] == binary);
    CHECK(mode(machine.chrome_manifest()) == 0644);
    CHECK(mode(machine.firefox_manifest()) == 0644);
    CHECK(mode(machine.chrome_manifest().parent_path()) == 0755);
    // Browsers not found get nothing.
    CHECK_FALSE(fs::exists(machine.home() / ".config/chromium"));
    CHECK_FALSE(fs::exists(machine.home() / ".config/microsoft-edge"));
}

TEST_CASE("a second install changes nothing and says so", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    REQUIRE(machine.run({"install"}).exit_code == 0);
    const auto before = fs::last_write_time(machine.chrome_manifest());
    const auto again = machine.run({"install"});
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("nothing changed") != std::string::npos);
    CHECK(fs::last_write_time(machine.chrome_manifest()) == before);
    const auto json_run = machine.run({"install", "--json"});
    CHECK(json_run.doc()["changed"] == 0);
    CHECK(json_run.doc()["items"][0]["change"] == "unchanged");
}

TEST_CASE("uninstall removes exactly what install wrote", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    machine.add_firefox();
    fs::create_directories(machine.home() / ".var/app/org.mozilla.firefox");
    const auto before = machine.tree();
    REQUIRE(machine.run({"install", "--browser", "all"}).exit_code == 0);
    CHECK(fs::exists(machine.home() / ".config/microsoft-edge/NativeMessagingHosts" / kManifest));
    CHECK(machine.tree().size() > before.size());
    const auto run = machine.run({"uninstall"});
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(machine.tree() == before);
    CHECK(machine.run({"uninstall"}).out.find("nothing to remove") != std::string::npos);
}

TEST_CASE("a dry run writes nothing, bad usage exits 2", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    const auto before = machine.tree();
    const auto run = machine.run({"install", "--dry-run", "--json"});
    CHECK(run.exit_code == 0);
    CHECK(run.doc()["items"][0]["change"] == "create");
    CHECK(machine.tree() == before);
    CHECK(machine.run({"install", "--browser", "safari"}).exit_code == 2);
    CHECK(machine.run({"install", "--user", "--system"}).exit_code == 2);
    CHECK(machine.run({"doctor", "--fix"}).exit_code == 2);
}

TEST_CASE("install with no browser found names the options and writes nothing", "[install-cli]") {
    Machine machine;
    const auto run = machine.run({"install"});
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("--browser") != std::string::npos);
    CHECK_FALSE(fs::exists(machine.home() / ".mozilla"));
}

TEST_CASE("install --system writes the system directories 0644", "[install-cli]") {
    Machine machine;
    const auto run = machine.run({"install", "--system", "--browser", "all"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    for (const auto* dir :
         {"etc/opt/chrome/native-messaging-hosts", "etc/chromium/native-messaging-hosts",
          "etc/opt/edge/native-messaging-hosts", "usr/lib/mozilla/native-messaging-hosts"}) {
        INFO(dir);
        CHECK(mode(machine.root() / dir / kManifest) == 0644);
    }
    CHECK_FALSE(fs::exists(machine.root() / "usr/lib64"));
    CHECK(machine.run({"doctor"}).exit_code == 0);
    CHECK(machine.run({"uninstall", "--system"}).exit_code == 0);
    CHECK_FALSE(fs::exists(machine.root() / "etc/opt/chrome"));
    CHECK(fs::exists(machine.root() / "etc/opt"));
}

TEST_CASE("Flatpak: the manifest inside the sandbox's view names a copy it can run",
          "[install-cli]") {
    Machine machine;
    const auto app = machine.home() / ".var/app/org.mozilla.firefox";
    fs::create_directories(app);
    const auto run = machine.run({"install"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("flatpak override --user") != std::string::npos);
    const auto copy = app / "beian-assist/beian-assist";
    CHECK(mode(copy) == 0755);
    CHECK(slurp(copy) == slurp(beian::test::host_binary()));
    const auto manifest = json::parse(slurp(app / ".mozilla/native-messaging-hosts" / kManifest));
    CHECK(manifest["path"] == copy.string());
    CHECK_FALSE(fs::exists(machine.firefox_manifest()));  // Firefox is only a Flatpak here
    CHECK(machine.run({"install"}).out.find("nothing changed") != std::string::npos);
    const auto doctor = machine.run({"doctor", "--json"});
    INFO(doctor.out);
    CHECK(doctor.exit_code == 0);
    CHECK(contains(codes(doctor.doc(), "ok"), "HELLO_OK"));
}
