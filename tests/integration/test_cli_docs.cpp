// docs and checklist on the command line and through the protocol, with the
// real binary: drafts written and recorded, renaming the algorithm afterwards
// flags both of its documents in diff and in the checklist.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "integration/host_process.hpp"
#include "support/cli_home.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// The sample without its filing record, the entity's and 自评估报告 upload
// fields empty: the drafts fill them.
json sample() {
    std::ifstream file(std::string(BEIAN_SOURCE_DIR) + "/schemas/examples/sample-dossier.json");
    auto dossier = json::parse(file);
    dossier["meta"].erase("baselines");
    dossier["entity"]["attachments"]["commitmentLetter"] = nullptr;
    dossier["entity"]["attachments"]["responsibilityReport"] = nullptr;
    for (auto& algorithm : dossier["algorithms"]) {
        algorithm["basic"]["attachments"].erase("selfAssessmentReport");
        algorithm["basic"]["attachments"].erase("publicDisclosure");
    }
    return dossier;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("cli: docs writes and records the drafts, a rename flags them in diff and checklist",
          "[cli][documents]") {
    beian::test::CliHome cli;
    cli.save(sample(), nullptr);
    auto run = cli({"docs", "demo"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "6 份草稿"));
    CHECK(has(run.out, "saved as revision 2"));
    CHECK_FALSE(has(run.out, "330106199003254622"));  // no ID number printed
    const auto folder = cli.home() / "dossiers" / "demo.documents";
    for (const char* name : {"算法备案承诺书.docx", "落实算法安全主体责任基本情况.docx",
                             "算法安全自评估报告-alg-writing.docx", "拟公示内容-alg-feed.docx"})
        CHECK(fs::exists(folder / name));
    const auto again = json::parse(cli({"docs", "demo", "--json"}).out);
    CHECK(again["saved"] == false);
    CHECK(again["revision"] == 2);

    auto renamed = cli.load();
    REQUIRE(renamed["algorithms"][1]["id"] == "alg-feed");
    CHECK(renamed["algorithms"][1]["basic"]["attachments"]["publicDisclosure"]["declared"]
                 ["algorithmName"] == "知行范文个性化推荐算法");
    renamed["algorithms"][1]["basic"]["name"] = "知行范文推荐算法";
    cli.save(renamed, 2);

    const auto diff = json::parse(cli({"diff", "demo", "2", "3", "--json"}).out);
    std::set<std::string> reissued;
    for (const auto& document : diff["reissue"])
        if (document["target"]["algorithm"] == "alg-feed")
            reissued.insert(document["label"].get<std::string>());
    CHECK(reissued == std::set<std::string>{"拟公示内容", "算法安全自评估报告"});
    run = cli({"diff", "demo", "2", "3"});
    CHECK(has(run.out, "需重新出具的附件"));

    run = cli({"checklist", "demo"});
    CHECK(run.exit_code == 1);  // ID scans and more are still missing
    CHECK(has(run.out, "[需重新出具 stale] 拟公示内容 (alg-feed)"));
    CHECK(has(run.out, "[草稿 draft] 算法安全自评估报告 (alg-writing)"));
    const auto list = json::parse(cli({"checklist", "demo", "--json"}).out);
    std::size_t stale = 0;
    for (const auto& item : list["items"])
        if (item["state"] == "stale") {
            ++stale;
            CHECK(item["algorithm"] == "alg-feed");
            CHECK(item["because"] == json::array({"算法名称"}));
        }
    CHECK(stale == 2);

    CHECK(cli({"docs", "nobody"}).exit_code == 2);
    run = cli({"docs", "demo", "--algorithm", "alg-none"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "no algorithm 'alg-none'"));
    CHECK(cli({"checklist"}).exit_code == 2);
}

TEST_CASE("cli: docs for one algorithm into a folder of one's choosing", "[cli][documents]") {
    beian::test::CliHome cli;
    cli.save(sample(), nullptr);
    const auto out = cli.dir() / "drafts";
    const auto run =
        cli({"docs", "demo", "--algorithm", "alg-writing", "--out", out.string(), "--json"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto result = json::parse(run.out);
    REQUIRE(result["drafts"].size() == 2);
    for (const auto& draft : result["drafts"]) {
        CHECK(draft["algorithm"] == "alg-writing");
        CHECK(fs::path(draft["path"].get<std::string>()).is_absolute());
        CHECK(fs::exists(draft["file"].get<std::string>()));
    }
}

TEST_CASE("host: documents.draft and materials.checklist answer as the reply schema says",
          "[host][documents]") {
    beian::test::TempDir dir;
    beian::test::HostProcess host({beian::test::kChromeOrigin}, dir.path());
    REQUIRE(host.request(
                "dossier.save",
                {{"id", "demo"}, {"dossier", sample()}, {"baseRevision", nullptr}})["ok"] == true);
    auto reply = host.request("documents.draft", {{"id", "demo"}});
    CHECK(host.reply_problems() == "");
    REQUIRE(reply["ok"] == true);
    CHECK(reply["result"]["drafts"].size() == 6);
    CHECK(reply["result"]["directory"].get<std::string>().find("demo.documents") !=
          std::string::npos);
    reply = host.request("materials.checklist", {{"id", "demo"}});
    CHECK(host.reply_problems() == "");
    REQUIRE(reply["ok"] == true);
    CHECK(reply["result"]["summary"]["items"] == reply["result"]["items"].size());
    // The validation the panel shows now flags the Word drafts.
    reply = host.request("dossier.validate", {{"id", "demo"}});
    CHECK(reply.dump().find("DOCUMENT_NOT_SCANNED") != std::string::npos);

    CHECK(host.request("documents.draft", {{"id", "nobody"}})["error"]["code"] == "NOT_FOUND");
    CHECK(host.request("documents.draft",
                       {{"id", "demo"}, {"algorithm", "alg-none"}})["error"]["code"] ==
          "NOT_FOUND");
    // A page cannot choose where files are written.
    CHECK(host.request("documents.draft",
                       {{"id", "demo"}, {"directory", "/tmp"}})["error"]["code"] == "BAD_PARAMS");
    CHECK(host.request("materials.checklist", {{"id", "nobody"}})["error"]["code"] == "NOT_FOUND");
}

TEST_CASE("cli: status names a product function two algorithms share", "[cli][documents]") {
    beian::test::CliHome cli;
    auto dossier = sample();
    dossier["links"].push_back(
        {{"algorithm", "alg-writing"}, {"product", "prod-app"}, {"function", "fn-app-feed"}});
    cli.save(dossier, nullptr);
    const auto status = json::parse(cli({"status", "--json"}).out);
    std::size_t sharing = 0;
    for (const auto& row : status["rows"]) {
        if (row["scope"] != "algorithm") {
            CHECK_FALSE(row.contains("sharedFunctions"));
            continue;
        }
        REQUIRE(row.contains("sharedFunctions"));
        CHECK(row["sharedFunctions"][0]["label"] == "知行写作 › 范文推荐");
        CHECK(row["sharedFunctions"][0]["algorithms"] == json::array({"alg-feed", "alg-writing"}));
        ++sharing;
    }
    CHECK(sharing == 2);
    CHECK(has(cli({"status"}).out, "「知行写作 › 范文推荐」 由 2 个算法共用，各需备案"));
}
