// Enterprise policies that block the host, as Chromium reads them.
#include <catch2/catch.hpp>
#include <fstream>

#include "install/policy.hpp"
#include "support/temp_dir.hpp"

using namespace beian::install;
using nlohmann::json;

namespace {

PolicyVerdict verdict(const std::vector<json>& documents) {
    std::vector<PolicyFile> files;
    int n = 0;
    for (const auto& doc : documents)
        files.push_back({"/p/" + std::to_string(++n) + ".json", doc, ""});
    return evaluate_policies(files, "cn.beianassist.host");
}

}  // namespace

TEST_CASE("policies: what blocks user-level hosts or the host", "[install]") {
    struct Case {
        const char* name;
        std::vector<json> documents;
        bool user_level_blocked;
        bool host_blocked;
    };
    const Case cases[] = {
        {"no policy", {}, false, false},
        {"unrelated policy", {json{{"HomepageLocation", "x"}}}, false, false},
        {"user-level hosts off", {json{{"NativeMessagingUserLevelHosts", false}}}, true, false},
        {"user-level hosts on", {json{{"NativeMessagingUserLevelHosts", true}}}, false, false},
        {"a string is not a boolean",
         {json{{"NativeMessagingUserLevelHosts", "false"}}},
         false,
         false},
        {"blocklist *", {json{{"NativeMessagingBlocklist", {"*"}}}}, false, true},
        {"blocklist names the host",
         {json{{"NativeMessagingBlocklist", {"cn.beianassist.host"}}}},
         false,
         true},
        {"blocklist names another host",
         {json{{"NativeMessagingBlocklist", {"com.other"}}}},
         false,
         false},
        {"the allowlist wins",
         {json{{"NativeMessagingBlocklist", {"*"}}},
          json{{"NativeMessagingAllowlist", {"cn.beianassist.host"}}}},
         false,
         false},
        {"old names", {json{{"NativeMessagingBlacklist", {"*"}}}}, false, true},
        {"old allowlist name",
         {json{{"NativeMessagingBlocklist", {"*"}},
               {"NativeMessagingWhitelist", {"cn.beianassist.host"}}}},
         false,
         false},
        {"both",
         {json{{"NativeMessagingUserLevelHosts", false}, {"NativeMessagingBlocklist", {"*"}}}},
         true,
         true},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const auto v = verdict(c.documents);
        CHECK(v.user_level_blocked == c.user_level_blocked);
        CHECK(v.host_blocked == c.host_blocked);
        if (v.user_level_blocked) CHECK(v.user_level_source.filename() == "1.json");
    }
}

TEST_CASE("policy directory: *.json in name order, broken files reported", "[install]") {
    beian::test::TempDir dir;
    std::ofstream(dir.path() / "b.json") << R"({"NativeMessagingUserLevelHosts": false})";
    std::ofstream(dir.path() / "a.json") << "{ broken";
    std::ofstream(dir.path() / "c.txt") << R"({"NativeMessagingBlocklist": ["*"]})";
    const auto files = read_policy_dir(dir.path());
    REQUIRE(files.size() == 2);
    CHECK(files[0].path.filename() == "a.json");
    CHECK_FALSE(files[0].document);
    const auto v = evaluate_policies(files, "cn.beianassist.host");
    CHECK(v.user_level_blocked);
    CHECK(v.user_level_source == dir.path() / "b.json");
    CHECK_FALSE(v.host_blocked);
    REQUIRE(v.unreadable.size() == 1);
    CHECK(read_policy_dir(dir.path() / "missing").empty());
}
