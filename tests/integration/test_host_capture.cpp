// page.capture through the real binary: the preview names exactly the page's
// edits in the dossier's form; accepting some makes one new revision with
// only those, noted as a capture; a stale base, an unknown field and a field
// with no change are refused and nothing is written.
#include <catch2/catch.hpp>

#include "integration/host_process.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;
using nlohmann::json;

namespace {

// The values the product page shows after a fill: the plan's fill values.
json filled_values(HostProcess& host, const json& target) {
    const auto plan =
        host.request("page.plan", {{"id", "demo"}, {"page", "product"}, {"target", target}});
    REQUIRE(plan["ok"] == true);
    json values = json::object();
    for (const auto& f : plan["result"]["fields"]) values[f["id"].get<std::string>()] = f["fill"];
    return values;
}

std::int64_t current_revision(HostProcess& host) {
    return host.request("dossier.get", {{"id", "demo"}})["result"]["revision"].get<std::int64_t>();
}

}  // namespace

TEST_CASE("page.capture previews the page's edits and saves the accepted ones", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto sample = beian::test::sample_dossier();
    REQUIRE(host.request("dossier.save",
                         {{"id", "demo"}, {"dossier", sample}, {"baseRevision", nullptr}})["ok"] ==
            true);
    const json target = {{"product", sample["products"][0]["id"]}};
    auto values = filled_values(host, target);
    values["product.name"] = "知行写作Pro";
    values["product.requiresRealName"] = "否";
    const json params = {
        {"id", "demo"}, {"page", "product"}, {"target", target}, {"values", values}};

    const auto preview = host.request("page.capture", params);
    REQUIRE(preview["ok"] == true);
    CHECK(host.reply_problems().empty());
    const auto& changes = preview["result"]["changes"];
    REQUIRE(changes.size() == 2);
    CHECK(changes[0]["field"] == "product.name");
    CHECK(changes[0]["to"] == "知行写作Pro");
    CHECK(changes[1]["from"] == true);
    CHECK(changes[1]["to"] == false);
    const auto base = preview["result"]["revision"].get<std::int64_t>();
    CHECK(base == current_revision(host));

    SECTION("accepting one change saves exactly that one as a capture revision") {
        auto accept = params;
        accept["accept"] = {"product.requiresRealName"};
        accept["baseRevision"] = base;
        const auto saved = host.request("page.capture", accept);
        REQUIRE(saved["ok"] == true);
        CHECK(host.reply_problems().empty());
        CHECK(saved["result"]["revision"] == base + 1);
        CHECK(saved["result"]["applied"].size() == 1);
        const auto now = host.request("dossier.get", {{"id", "demo"}})["result"]["dossier"];
        CHECK(now["products"][0]["requiresRealName"] == false);
        CHECK(now["products"][0]["name"] == sample["products"][0]["name"]);
        const auto history = host.request("history.list", {{"id", "demo"}, {"limit", 1}});
        CHECK(history["result"]["revisions"][0]["reason"] ==
              "从页面采集：产品及功能信息 · 添加产品信息");

        // The same edits against the new revision: only the name is left.
        const auto again = host.request("page.capture", params);
        REQUIRE(again["result"]["changes"].size() == 1);
        CHECK(again["result"]["changes"][0]["field"] == "product.name");

        // The old base is stale now: nothing is written.
        accept["accept"] = {"product.name"};
        const auto stale = host.request("page.capture", accept);
        CHECK(stale["error"]["code"] == "CONFLICT");
        CHECK(current_revision(host) == base + 1);
    }
    SECTION("a field the preview did not show is refused and nothing is written") {
        for (const auto* field : {"product.accessAddress", "no.such.field"}) {
            auto accept = params;
            accept["accept"] = {"product.name", field};
            accept["baseRevision"] = base;
            const auto refused = host.request("page.capture", accept);
            CHECK(refused["error"]["code"] == "BAD_PARAMS");
            CHECK(current_revision(host) == base);
        }
    }
    SECTION("accept without a base revision is malformed") {
        auto accept = params;
        accept["accept"] = {"product.name"};
        CHECK(host.request("page.capture", accept)["error"]["code"] == "BAD_PARAMS");
        CHECK(current_revision(host) == base);
    }
}
