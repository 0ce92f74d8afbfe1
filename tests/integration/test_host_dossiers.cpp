// Dossiers through the real binary: save, get, validate, plan, and two host
// processes saving the same dossier at once.
#include <sys/stat.h>
#include <catch2/catch.hpp>
#include <fstream>

#include "integration/host_process.hpp"
#include "support/temp_dir.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;
using nlohmann::json;

namespace {

json sample_dossier() {
    std::ifstream file(std::string(BEIAN_SOURCE_DIR) + "/schemas/examples/sample-dossier.json");
    return json::parse(file);
}

}  // namespace

TEST_CASE("save, list, get, validate and plan through the protocol", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto saved = host.request(
        "dossier.save", {{"id", "demo"}, {"dossier", sample_dossier()}, {"baseRevision", nullptr}});
    REQUIRE(saved["ok"] == true);
    CHECK(saved["result"]["revision"] == 1);

    const auto file = data.path() / "home" / "dossiers" / "demo.json";
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);  // owner-only

    const auto list = host.request("dossier.list");
    REQUIRE(list["result"]["dossiers"].size() == 1);
    CHECK(list["result"]["dossiers"][0]["id"] == "demo");
    CHECK(list["result"]["dossiers"][0]["algorithms"] == 2);

    const auto got = host.request("dossier.get", {{"id", "demo"}});
    CHECK(got["result"]["revision"] == 1);
    CHECK(got["result"]["dossier"]["entity"] == sample_dossier()["entity"]);

    const auto validated = host.request("dossier.validate", {{"id", "demo"}});
    CHECK(validated["result"]["summary"]["errors"] == 0);

    const auto plan = host.request("page.plan", {{"id", "demo"}, {"page", "entity"}});
    REQUIRE(plan["ok"] == true);
    CHECK(plan["result"]["object"] == "/entity");
    CHECK_FALSE(plan["result"]["fields"].empty());
    for (const auto& field : plan["result"]["fields"])
        CHECK(field["path"].get<std::string>().rfind("/entity/", 0) == 0);
    CHECK(host.wait_exit() == 0);
}

TEST_CASE("a schema-invalid dossier is refused and nothing is written", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    auto broken = sample_dossier();
    broken["algorithms"] = "not a list";
    const auto reply = host.request(
        "dossier.save", {{"id", "demo"}, {"dossier", broken}, {"baseRevision", nullptr}});
    CHECK(reply["error"]["code"] == "INVALID_DOSSIER");
    CHECK_FALSE(std::filesystem::exists(data.path() / "home" / "dossiers" / "demo.json"));
}

TEST_CASE("two host processes saving from the same base: one conflict, nothing lost", "[host]") {
    TempDir data;
    const auto home = data.path() / "home";
    {
        HostProcess setup({beian::test::kChromeOrigin}, home);
        REQUIRE(setup.request("dossier.save", {{"id", "shared"},
                                               {"dossier", sample_dossier()},
                                               {"baseRevision", nullptr}})["ok"] == true);
    }
    for (int round = 0; round < 10; ++round) {
        HostProcess a({beian::test::kChromeOrigin}, home);
        HostProcess b({beian::test::kChromeOrigin}, home);
        const auto base = a.request("dossier.get", {{"id", "shared"}})["result"]["revision"];
        auto edit_a = sample_dossier();
        edit_a["entity"]["basic"]["address"] = "A " + std::to_string(round);
        auto edit_b = sample_dossier();
        edit_b["entity"]["basic"]["address"] = "B " + std::to_string(round);
        // Both requests are in flight before either reply is read.
        a.send(beian::test::make_request(
            "dossier.save", {{"id", "shared"}, {"dossier", edit_a}, {"baseRevision", base}}));
        b.send(beian::test::make_request(
            "dossier.save", {{"id", "shared"}, {"dossier", edit_b}, {"baseRevision", base}}));
        const auto reply_a = a.receive();
        const auto reply_b = b.receive();
        const bool a_won = reply_a["ok"] == true;
        CHECK(a_won != (reply_b["ok"] == true));
        const auto& loser = a_won ? reply_b : reply_a;
        CHECK(loser["error"]["code"] == "CONFLICT");
        const auto stored = a.request("dossier.get", {{"id", "shared"}}, "check")["result"];
        CHECK(stored["revision"] == base.get<int>() + 1);
        CHECK(stored["dossier"]["entity"]["basic"]["address"] ==
              (a_won ? edit_a : edit_b)["entity"]["basic"]["address"]);
    }
}

TEST_CASE("a stale base revision is a conflict and the file keeps the newer content", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    auto dossier = sample_dossier();
    REQUIRE(host.request("dossier.save", {{"id", "d"},
                                          {"dossier", dossier},
                                          {"baseRevision", nullptr}})["result"]["revision"] == 1);
    dossier["entity"]["basic"]["address"] = "newer";
    REQUIRE(host.request("dossier.save", {{"id", "d"},
                                          {"dossier", dossier},
                                          {"baseRevision", 1}})["result"]["revision"] == 2);
    dossier["entity"]["basic"]["address"] = "stale";
    const auto stale =
        host.request("dossier.save", {{"id", "d"}, {"dossier", dossier}, {"baseRevision", 1}});
    CHECK(stale["error"]["code"] == "CONFLICT");
    const auto creating_again = host.request(
        "dossier.save", {{"id", "d"}, {"dossier", dossier}, {"baseRevision", nullptr}});
    CHECK(creating_again["error"]["code"] == "CONFLICT");
    CHECK(host.request("dossier.get",
                       {{"id", "d"}})["result"]["dossier"]["entity"]["basic"]["address"] ==
          "newer");
}
