// doctor run as a person runs it, in a temporary HOME and system root: its
// hello really starts the binary, and each problem names its fix.
#include <catch2/catch.hpp>

#include "integration/install_machine.hpp"

using namespace beian::test::install;

TEST_CASE("doctor passes after install: its hello really runs the binary", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    machine.add_firefox();
    REQUIRE(machine.run({"install"}).exit_code == 0);
    const auto run = machine.run({"doctor", "--json"});
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    const auto report = run.doc();
    CHECK(report["ok"] == true);
    CHECK(codes(report, "problem").empty());
    const auto ok = codes(report, "ok");
    CHECK(std::count(ok.begin(), ok.end(), "HELLO_OK") == 2);
    CHECK(std::count(ok.begin(), ok.end(), "MANIFEST_OK") == 2);
    const auto text = machine.run({"doctor"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("all is well") != std::string::npos);
    CHECK(text.out.find("握手成功") != std::string::npos);
}

TEST_CASE("doctor: a broken path fails with the command that fixes it", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    REQUIRE(machine.run({"install"}).exit_code == 0);
    auto manifest = json::parse(slurp(machine.chrome_manifest()));
    manifest["path"] = "/nonexistent/beian-assist";
    std::ofstream(machine.chrome_manifest(), std::ios::trunc) << manifest.dump();

    const auto run = machine.run({"doctor", "--json"});
    CHECK(run.exit_code == 1);
    const auto check = check_with(run.doc(), "MANIFEST_PATH_MISSING");
    REQUIRE(check.is_object());
    const auto fix = check["fix"].get<std::string>();
    CHECK(fix.ends_with(" install --user --browser chrome"));
    CHECK_FALSE(contains(codes(run.doc(), "ok"), "HELLO_OK"));

    // The printed fix, run as printed, repairs it.
    REQUIRE(machine.run({"install", "--user", "--browser", "chrome"}).exit_code == 0);
    CHECK(machine.run({"doctor"}).exit_code == 0);
}

TEST_CASE("doctor: a host that does not answer hello fails", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    REQUIRE(machine.run({"install"}).exit_code == 0);
    const auto script = machine.home() / "fake-host";
    std::ofstream(script) << "#!/bin/sh\necho 'fake host: broken' >&2\nexit 3\n";
    fs::permissions(script, fs::perms::owner_all);
    auto manifest = json::parse(slurp(machine.chrome_manifest()));
    manifest["path"] = script.string();
    std::ofstream(machine.chrome_manifest(), std::ios::trunc) << manifest.dump();
    const auto run = machine.run({"doctor", "--json"});
    CHECK(run.exit_code == 1);
    const auto check = check_with(run.doc(), "HELLO_FAILED");
    REQUIRE(check.is_object());
    CHECK(check["message"]["en"].get<std::string>().find("exit code 3") != std::string::npos);
    CHECK(check["message"]["en"].get<std::string>().find("fake host: broken") != std::string::npos);
    CHECK(check["fix"].get<std::string>().ends_with("install --user --browser chrome"));
}

TEST_CASE("doctor: a policy against user-level hosts asks for a system install", "[install-cli]") {
    Machine machine;
    machine.add_chrome();
    REQUIRE(machine.run({"install"}).exit_code == 0);
    beian::test::TempDir policies;
    const auto dir = policies.path() / "etc/opt/chrome/policies/managed";
    fs::create_directories(dir);
    std::ofstream(dir / "managed.json") << R"({"NativeMessagingUserLevelHosts": false})";
    const std::map<std::string, std::string> env{
        {"BEIAN_ASSIST_POLICY_ROOT", policies.path().string()}};

    const auto run = machine.run({"doctor", "--json"}, env);
    CHECK(run.exit_code == 1);
    const auto check = check_with(run.doc(), "POLICY_USER_LEVEL_HOSTS");
    REQUIRE(check.is_object());
    CHECK(check["status"] == "problem");
    CHECK(check["path"] == (dir / "managed.json").string());
    CHECK(check["fix"].get<std::string>().starts_with("sudo "));
    CHECK(check["fix"].get<std::string>().ends_with(" install --system --browser chrome"));

    // With the system-wide manifest the policy no longer matters.
    REQUIRE(machine.run({"install", "--system", "--browser", "chrome"}, env).exit_code == 0);
    const auto fixed = machine.run({"doctor", "--json"}, env);
    CHECK(fixed.exit_code == 0);
    CHECK(check_with(fixed.doc(), "POLICY_USER_LEVEL_HOSTS")["status"] == "info");

    std::ofstream(dir / "block.json") << R"({"NativeMessagingBlocklist": ["*"]})";
    const auto blocked = machine.run({"doctor", "--json"}, env);
    CHECK(blocked.exit_code == 1);
    const auto block = check_with(blocked.doc(), "POLICY_BLOCKLIST");
    REQUIRE(block.is_object());
    CHECK(block["fix"].get<std::string>().find("NativeMessagingAllowlist") != std::string::npos);
}

TEST_CASE("doctor: a manifest in the libdir Firefox does not read", "[install-cli]") {
    Machine machine;
    machine.touch(machine.root() / "etc/fedora-release");  // this Firefox reads /usr/lib64
    const auto wrong = machine.root() / "usr/lib/mozilla/native-messaging-hosts" / kManifest;
    machine.touch(wrong);
    const auto run = machine.run({"doctor", "--json"});
    CHECK(run.exit_code == 1);
    const auto check = check_with(run.doc(), "FIREFOX_LIBDIR_MISMATCH");
    REQUIRE(check.is_object());
    CHECK(check["fix"].get<std::string>().find("usr/lib64/mozilla/native-messaging-hosts") !=
          std::string::npos);
}
