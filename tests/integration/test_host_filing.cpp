// History, diffs, filing marks, status, 退回 replies and bundles through the
// real binary's protocol; every reply is checked against reply.schema.json
// by HostProcess::request.
#include <catch2/catch.hpp>
#include <fstream>

#include "integration/host_process.hpp"
#include "support/temp_dir.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;
using nlohmann::json;

namespace {

constexpr const char* kNumber = "网信算备330110582041701240013号";

json sample_without_record() {
    std::ifstream file(std::string(BEIAN_SOURCE_DIR) + "/schemas/examples/sample-dossier.json");
    auto dossier = json::parse(file);
    dossier["meta"].erase("baselines");
    return dossier;
}

json ok_result(HostProcess& host, const std::string& type, const json& params) {
    const auto reply = host.request(type, params);
    INFO(type << ": " << reply.dump().substr(0, 600));
    REQUIRE(reply["ok"] == true);
    return reply["result"];
}

std::string error_code(HostProcess& host, const std::string& type, const json& params) {
    const auto reply = host.request(type, params);
    INFO(type << ": " << reply.dump().substr(0, 600));
    REQUIRE(reply["ok"] == false);
    return reply["error"]["code"].get<std::string>();
}

}  // namespace

TEST_CASE("a filing's life through the protocol: marks, changes, status, reply, restore",
          "[host][filing]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto original = sample_without_record();
    ok_result(
        host, "dossier.save",
        {{"id", "demo"}, {"dossier", original}, {"baseRevision", nullptr}, {"reason", "建档"}});
    ok_result(host, "filing.mark",
              {{"id", "demo"},
               {"algorithm", "alg-writing"},
               {"status", "submitted"},
               {"date", "2026-11-20"}});
    const auto approved = ok_result(host, "filing.mark",
                                    {{"id", "demo"},
                                     {"algorithm", "alg-writing"},
                                     {"status", "approved"},
                                     {"date", "2026-11-25"},
                                     {"number", kNumber},
                                     {"author", "张三"}});
    CHECK(approved["mark"]["revision"] == 1);
    CHECK(approved["revision"] == 3);

    auto edited = ok_result(host, "dossier.get", {{"id", "demo"}})["dossier"];
    edited["algorithms"][0]["basic"]["name"] = "知行写作助手生成算法";
    edited["entity"]["legalRepresentative"]["idNumber"] = "330110198407123522";
    edited["meta"].erase("baselines");  // a panel's copy cannot erase the record
    ok_result(host, "dossier.save", {{"id", "demo"}, {"dossier", edited}, {"baseRevision", 3}});

    const auto changes = ok_result(host, "filing.changes", {{"id", "demo"}});
    REQUIRE(changes["filings"].size() == 1);
    const auto& writing = changes["filings"][0];
    CHECK(writing["algorithm"] == "alg-writing");
    REQUIRE(writing["entries"].size() == 1);
    CHECK(writing["entries"][0]["label"] == "算法名称");
    CHECK(writing["reissue"].size() == 2);
    CHECK(writing["since"].is_string());

    const auto diff = ok_result(host, "dossier.diff", {{"id", "demo"}, {"from", 1}});
    CHECK(diff["to"] == 4);
    CHECK(diff["entries"].size() == 2);
    CHECK(diff.dump().find("330110198407123522") == std::string::npos);  // sensitive

    const auto status = ok_result(host, "filing.status", json::object());
    CHECK(status["today"] == "2026-11-29");
    const auto& rows = status["rows"];
    REQUIRE(rows.size() == 3);
    for (std::size_t i = 1; i < rows.size(); ++i)  // due dates first, soonest first
        if (rows[i].contains("due"))
            CHECK(rows[i - 1]["due"]["date"].get<std::string>() <=
                  rows[i]["due"]["date"].get<std::string>());
    for (const auto& row : rows) {
        if (row.value("algorithm", "") == "alg-writing") {
            CHECK(row["state"] == "changed");
            CHECK(row["due"]["kind"] == "change");
            CHECK(row["reissue"] == 2);
        }
        if (row.value("algorithm", "") == "alg-feed") CHECK(row["due"]["kind"] == "first-filing");
    }

    const auto history = ok_result(host, "history.list", {{"id", "demo"}, {"limit", 2}});
    CHECK(history["current"] == 4);
    CHECK(history["more"] == true);
    CHECK(history["revisions"][1]["author"] == "张三");
    CHECK(history["revisions"][1]["via"] == "chromium");
    const auto first = ok_result(host, "history.get", {{"id", "demo"}, {"revision", 1}});
    CHECK(first["reason"] == "建档");
    CHECK(first["dossier"]["algorithms"] == original["algorithms"]);

    // A 变更 is submitted and sent back with comments; the reply follows them.
    ok_result(host, "filing.mark",
              {{"id", "demo"},
               {"algorithm", "alg-writing"},
               {"status", "submitted"},
               {"date", "2026-11-27"}});
    ok_result(host, "filing.mark",
              {{"id", "demo"},
               {"algorithm", "alg-writing"},
               {"status", "returned"},
               {"date", "2026-11-28"},
               {"comments",
                {{{"path", "/algorithms/0/basic/attachments/publicDisclosure"},
                  {"text", "拟公示内容中的算法名称未更新"}}}}});
    auto fixed = ok_result(host, "dossier.get", {{"id", "demo"}})["dossier"];
    fixed["algorithms"][0]["basic"]["attachments"]["publicDisclosure"]["sha256"] =
        std::string(64, 'd');
    ok_result(host, "dossier.save", {{"id", "demo"}, {"dossier", fixed}, {"baseRevision", 6}});
    const auto reply =
        ok_result(host, "filing.reply", {{"id", "demo"}, {"algorithm", "alg-writing"}});
    REQUIRE(reply["items"].size() == 1);
    CHECK(reply["items"][0]["status"] == "changed");
    CHECK(reply["items"][0]["label"] == "拟公示内容");

    // Restoring revision 1 brings the old text back; the record stays.
    const auto restored =
        ok_result(host, "history.restore", {{"id", "demo"}, {"revision", 1}, {"baseRevision", 7}});
    CHECK(restored["revision"] == 8);
    const auto now = ok_result(host, "dossier.get", {{"id", "demo"}})["dossier"];
    CHECK(now["algorithms"][0]["basic"]["name"] == original["algorithms"][0]["basic"]["name"]);
    CHECK(now["meta"]["baselines"].size() == 4);
    CHECK(now["algorithms"][0]["filing"]["status"] == "returned");
    CHECK(host.wait_exit() == 0);
}

TEST_CASE("export and import move a dossier between hosts", "[host][filing]") {
    TempDir data;
    HostProcess a({beian::test::kChromeOrigin}, data.path() / "a");
    ok_result(a, "dossier.save",
              {{"id", "demo"}, {"dossier", sample_without_record()}, {"baseRevision", nullptr}});
    ok_result(a, "filing.mark", {{"id", "demo"}, {"status", "approved"}, {"date", "2026-11-25"}});
    const auto bundle = ok_result(a, "dossier.export", {{"id", "demo"}})["bundle"];
    CHECK(bundle["historyMode"] == "baselines");
    CHECK(bundle["history"].size() == 1);

    HostProcess b({beian::test::kChromeOrigin}, data.path() / "b");
    const auto imported = ok_result(b, "dossier.import", {{"bundle", bundle}});
    CHECK(imported["id"] == "demo");
    CHECK(imported["revision"] == 2);
    CHECK(ok_result(b, "dossier.get", {{"id", "demo"}})["dossier"] ==
          ok_result(a, "dossier.get", {{"id", "demo"}})["dossier"]);
    CHECK(error_code(b, "dossier.import", {{"bundle", bundle}}) == "CONFLICT");
    ok_result(b, "dossier.import", {{"bundle", bundle}, {"id", "demo-copy"}});
    CHECK(ok_result(b, "dossier.list", json::object())["dossiers"].size() == 2);
    auto damaged = bundle;
    damaged["dossier"]["entity"]["basic"]["name"] = "另一家公司";
    CHECK(error_code(b, "dossier.import", {{"bundle", damaged}, {"id", "x"}}) == "BAD_PARAMS");
}

TEST_CASE("filing requests refuse what cannot be right, without echoing values", "[host][filing]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    ok_result(host, "dossier.save",
              {{"id", "demo"}, {"dossier", sample_without_record()}, {"baseRevision", nullptr}});
    const json bad_number = {{"id", "demo"},
                             {"algorithm", "alg-writing"},
                             {"status", "approved"},
                             {"number", "浙ICP备2023018472号"}};
    CHECK(error_code(host, "filing.mark", bad_number) == "BAD_PARAMS");
    const auto reply = host.request("filing.mark", bad_number);
    CHECK(reply["error"]["message"].get<std::string>().find("2023018472") == std::string::npos);
    CHECK(error_code(host, "filing.mark", {{"id", "demo"}, {"status", "approved"}, {"x", 1}}) ==
          "BAD_PARAMS");
    CHECK(error_code(host, "filing.mark", {{"id", "demo"}, {"status", "done"}}) == "BAD_PARAMS");
    CHECK(error_code(host, "filing.mark",
                     {{"id", "demo"}, {"status", "submitted"}, {"date", "2027-01-01"}}) ==
          "BAD_PARAMS");
    CHECK(error_code(host, "history.get", {{"id", "demo"}, {"revision", 9}}) == "NOT_FOUND");
    CHECK(error_code(host, "dossier.diff", {{"id", "demo"}, {"from", 9}}) == "NOT_FOUND");
    CHECK(error_code(host, "history.list", {{"id", "nobody"}}) == "NOT_FOUND");
    CHECK(error_code(host, "history.restore",
                     {{"id", "demo"}, {"revision", 1}, {"baseRevision", 0}}) == "CONFLICT");
    CHECK(error_code(host, "filing.reply", {{"id", "demo"}}) == "BAD_PARAMS");
    CHECK(error_code(host, "dossier.import", {{"bundle", {{"bundle", "x"}}}}) == "BAD_PARAMS");
    const auto status = ok_result(host, "filing.status", {{"ids", {"demo", "nobody"}}});
    CHECK(status["rows"].back()["state"] == "unreadable");
    CHECK(ok_result(host, "history.list", {{"id", "demo"}})["revisions"].size() == 1);
}
