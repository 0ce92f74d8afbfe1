// The host keeps the findings of a dossier between requests
// (rules/findings_cache.hpp): a plan after a save, a restore, an import or an
// inline edit must show the new content, never the cached one.
#include <catch2/catch.hpp>
#include <fstream>

#include "integration/host_process.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

using beian::test::HostProcess;
using beian::test::sample_dossier;
using beian::test::TempDir;
using nlohmann::json;

namespace {

// The plan's field at path: its value and the codes of its findings.
struct Shown {
    json value;
    std::vector<std::string> codes;
};

Shown shown(HostProcess& host, const json& params, const std::string& path) {
    const auto reply = host.request("page.plan", params);
    REQUIRE(reply["ok"] == true);
    for (const auto& field : reply["result"]["fields"]) {
        if (field["path"] != path) continue;
        Shown result{field["value"], {}};
        for (const auto& finding : field["findings"]) result.codes.push_back(finding["code"]);
        return result;
    }
    FAIL("no field " << path);
    return {};
}

bool has(const Shown& field, const std::string& code) {
    return std::find(field.codes.begin(), field.codes.end(), code) != field.codes.end();
}

const std::string kMobile = "/entity/securityOfficer/mobile";

}  // namespace

TEST_CASE("a plan after a save, a restore or an inline edit shows the new value", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto original = sample_dossier();
    REQUIRE(host.request(
                "dossier.save",
                {{"id", "demo"}, {"dossier", original}, {"baseRevision", nullptr}})["ok"] == true);
    const json by_id = {{"id", "demo"}, {"page", "entity"}};
    const auto before = shown(host, by_id, kMobile);
    CHECK(before.value == original["entity"]["securityOfficer"]["mobile"]);
    CHECK_FALSE(has(before, "MOBILE_FORMAT"));
    CHECK(shown(host, by_id, kMobile).codes == before.codes);  // asked twice: same answer

    auto edited = original;
    edited["entity"]["securityOfficer"]["mobile"] = "12345";
    SECTION("a save") {
        REQUIRE(host.request("dossier.save",
                             {{"id", "demo"}, {"dossier", edited}, {"baseRevision", 1}})["ok"] ==
                true);
        const auto after = shown(host, by_id, kMobile);
        CHECK(after.value == "12345");
        CHECK(has(after, "MOBILE_FORMAT"));

        // Restoring revision 1 brings the old value and its findings back.
        REQUIRE(host.request("history.restore",
                             {{"id", "demo"}, {"revision", 1}, {"baseRevision", 2}})["ok"] == true);
        const auto restored = shown(host, by_id, kMobile);
        CHECK(restored.value == before.value);
        CHECK_FALSE(has(restored, "MOBILE_FORMAT"));
    }
    SECTION("an unsaved edit sent inline, under the stored revision") {
        const auto stored = host.request("dossier.get", {{"id", "demo"}})["result"]["dossier"];
        auto inline_edit = stored;
        inline_edit["entity"]["securityOfficer"]["mobile"] = "12345";
        const json inline_params = {{"dossier", inline_edit}, {"page", "entity"}};
        CHECK(has(shown(host, inline_params, kMobile), "MOBILE_FORMAT"));
        CHECK_FALSE(has(shown(host, by_id, kMobile), "MOBILE_FORMAT"));
    }
    SECTION("an import under an id that was planned inline before") {
        auto other = edited;
        other["meta"]["id"] = "copy";
        CHECK(has(shown(host, {{"dossier", other}, {"page", "entity"}}, kMobile), "MOBILE_FORMAT"));
        const auto bundle = host.request("dossier.export", {{"id", "demo"}});
        REQUIRE(bundle["ok"] == true);
        REQUIRE(host.request("dossier.import", {{"bundle", bundle["result"]["bundle"]},
                                                {"id", "copy"}})["ok"] == true);
        CHECK_FALSE(
            has(shown(host, {{"id", "copy"}, {"page", "entity"}}, kMobile), "MOBILE_FORMAT"));
    }
    CHECK(host.wait_exit() == 0);
}

TEST_CASE("a plan after another process rewrote the stored file shows its content", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    REQUIRE(host.request("dossier.save", {{"id", "demo"},
                                          {"dossier", sample_dossier()},
                                          {"baseRevision", nullptr}})["ok"] == true);
    const json by_id = {{"id", "demo"}, {"page", "entity"}};
    const auto file = data.path() / "home" / "dossiers" / "demo.json";
    const auto stored = host.request("dossier.get", {{"id", "demo"}})["result"]["dossier"];
    const std::string old_mobile = stored["entity"]["securityOfficer"]["mobile"];
    CHECK(shown(host, by_id, kMobile).value == old_mobile);
    CHECK(shown(host, by_id, kMobile).value == old_mobile);  // from the cache
    // Same length, same revision, written in place at once: only the content
    // (the stamp, or the hash while the stamp is too recent) tells.
    for (const std::string mobile : {"13900000001", "13900000002"}) {
        auto rewritten = stored;
        rewritten["entity"]["securityOfficer"]["mobile"] = mobile;
        std::ofstream(file, std::ios::binary | std::ios::trunc) << rewritten.dump(2) << "\n";
        CHECK(shown(host, by_id, kMobile).value == mobile);
    }
    CHECK(host.wait_exit() == 0);
}
