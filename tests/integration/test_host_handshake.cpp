// The real binary started as browsers start it.
#include <catch2/catch.hpp>

#include "integration/host_process.hpp"
#include "support/temp_dir.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;

TEST_CASE("hello with a Chrome-style argv", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto reply = host.request("hello", {{"protocol", {{"min", 1}, {"max", 1}}}});
    CHECK(reply["ok"] == true);
    CHECK(reply["id"] == "t1");
    CHECK(reply["result"]["host"]["name"] == "beian-assist");
    CHECK(reply["result"]["protocol"]["min"] == 1);
    CHECK(reply["result"]["compatible"] == true);
    CHECK(reply["result"]["caller"]["browser"] == "chromium");
    CHECK(host.wait_exit() == 0);
}

TEST_CASE("hello with Chrome's Windows --parent-window argument and no trailing slash", "[host]") {
    TempDir data;
    auto origin = beian::test::kChromeOrigin;
    origin.pop_back();
    HostProcess host({origin, "--parent-window=0"}, data.path() / "home");
    CHECK(host.request("hello")["ok"] == true);
    CHECK(host.wait_exit() == 0);
}

TEST_CASE("hello with a Firefox-style argv", "[host]") {
    TempDir data;
    HostProcess host(
        {"/usr/lib/mozilla/native-messaging-hosts/cn.beianassist.host.json", beian::test::kGeckoId},
        data.path() / "home");
    const auto reply = host.request("hello");
    CHECK(reply["ok"] == true);
    CHECK(reply["result"]["caller"]["browser"] == "firefox");
    CHECK(reply["result"]["caller"]["extensionId"] == beian::test::kGeckoId);
    CHECK(host.wait_exit() == 0);
}

TEST_CASE("an extension newer than the host is told to update the host", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto reply = host.request("hello", {{"protocol", {{"min", 2}, {"max", 3}}}});
    CHECK(reply["result"]["compatible"] == false);
    CHECK(reply["result"]["update"] == "host");
}

TEST_CASE("a foreign origin is refused with a clear message and exit 77", "[host]") {
    const std::vector<std::vector<std::string>> foreign = {
        {"chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/"},
        {"/home/u/.mozilla/native-messaging-hosts/cn.beianassist.host.json", "evil@example.com"},
    };
    for (const auto& argv : foreign) {
        TempDir data;
        HostProcess host(argv, data.path() / "home");
        host.send(beian::test::make_request("hello", nlohmann::json::object()));
        CHECK_FALSE(host.receive_raw().has_value());  // no reply at all
        CHECK(host.wait_exit() == 77);
        CHECK(host.stderr_text().find("refused") != std::string::npos);
    }
}
