// history, restore, diff, mark-filed, status, reply-list, export and import on
// the command line, against a data directory the protocol filled.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "integration/host_process.hpp"
#include "support/cli_home.hpp"

using nlohmann::json;

namespace {

using Run = beian::test::CliRun;
using beian::test::slurp;

using Cli = beian::test::CliHome;

json sample() {
    std::ifstream file(std::string(BEIAN_SOURCE_DIR) + "/schemas/examples/sample-dossier.json");
    auto dossier = json::parse(file);
    dossier["meta"].erase("baselines");
    return dossier;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("cli: mark-filed, diff, status and history follow a filing", "[cli][filing]") {
    Cli cli;
    cli.save(sample(), nullptr);
    auto run = cli({"mark-filed", "demo", "submitted", "--algorithm", "alg-writing", "--date",
                    "2026-11-20", "--author", "李四"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    run = cli({"mark-filed", "demo", "approved", "--algorithm", "alg-writing", "--date",
               "2026-11-25", "--number", "网信算备330110582041701240013号"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "revision 3"));
    run = cli({"mark-filed", "demo", "approved", "--algorithm", "alg-writing", "--number", "123"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "CAC_FILING"));

    auto edited = cli.load();
    edited["algorithms"][0]["basic"]["name"] = "知行写作助手生成算法";
    edited["entity"]["securityOfficer"]["idNumber"] = "330106199003254639";
    cli.save(edited, 3);

    run = cli({"diff", "demo"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "算法名称"));
    CHECK(has(run.out, "拟公示内容"));
    CHECK(has(run.out, "算法安全自评估报告"));
    run = cli({"diff", "demo", "1", "4"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "证件号码"));
    CHECK_FALSE(has(run.out, "330106199003254639"));
    CHECK_FALSE(has(run.out, "330106199003254622"));
    const auto diff = json::parse(cli({"diff", "demo", "1", "--json"}).out);
    CHECK(diff["entries"].size() == 2);
    CHECK(cli({"diff", "demo", "x"}).exit_code == 2);
    CHECK(cli({"diff", "demo", "40"}).exit_code == 2);

    run = cli({"status"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "today 2026-12-01"));
    CHECK(has(run.out, "change"));
    CHECK(has(run.out, "first-filing"));
    const auto status = json::parse(cli({"status", "--json"}).out);
    CHECK(status["rows"].size() == 3);

    run = cli({"history", "demo"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "李四 (cli)"));
    CHECK(has(run.out, "[approved 算法 alg-writing"));
    CHECK_FALSE(has(run.out, "330106199003254639"));
    const auto shown = json::parse(cli({"history", "demo", "--show", "1"}).out);
    CHECK(shown["revision"] == 1);
    CHECK(shown["dossier"]["algorithms"] == sample()["algorithms"]);
    CHECK(cli({"history", "nobody"}).exit_code == 2);

    run = cli({"restore", "demo", "1"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "restored revision 1 as revision 5"));
    CHECK(cli.load()["meta"]["baselines"].size() == 2);
    CHECK(cli({"restore", "demo", "1", "--base", "4"}).exit_code == 2);  // stale base
}

TEST_CASE("cli: a 退回 with comments and the reply list", "[cli][filing]") {
    Cli cli;
    cli.save(sample(), nullptr);
    REQUIRE(cli({"mark-filed", "demo", "submitted", "--algorithm", "alg-writing", "--date",
                 "2026-11-20"})
                .exit_code == 0);
    auto run = cli({"mark-filed", "demo", "returned", "--algorithm", "alg-writing", "--date",
                    "2026-11-24", "--comment", "/algorithms/0/detail/introduction=请说明运行机制",
                    "--comment", "/algorithms/0/detail/risks/abuse=请补充措施"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(cli({"mark-filed", "demo", "returned", "--comment", "no-pointer"}).exit_code == 2);
    auto fixed = cli.load();
    fixed["algorithms"][0]["detail"]["introduction"] = "补充了运行机制的算法简介。";
    cli.save(fixed, 3);
    run = cli({"reply-list", "demo", "--algorithm", "alg-writing"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "1. 【备案信息·算法详细属性信息 / 算法简介】审核意见：请说明运行机制"));
    CHECK(has(run.out, "已按意见修改"));
    CHECK(has(run.out, "未修改"));
    CHECK(cli({"reply-list", "demo"}).exit_code == 2);  // the entity was never returned
}

TEST_CASE("cli: export and import carry a dossier and its attachments' hashes", "[cli][filing]") {
    Cli cli;
    cli.save(sample(), nullptr);
    REQUIRE(cli({"mark-filed", "demo", "approved", "--date", "2026-11-25"}).exit_code == 0);
    const auto file = cli.dir() / "demo.bundle.json";
    auto run = cli({"export", "demo", "--output", file.string(), "--history", "all"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "8 attachment hash(es)"));
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const auto bundle = json::parse(slurp(file));
    CHECK(bundle["history"].size() == 1);
    CHECK(bundle["attachments"][0]["sha256"].is_string());

    run = cli({"import", file.string(), "--id", "demo-copy"});
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, "imported demo-copy at revision 2 with 2 history entries"));
    run = cli({"import", file.string()});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "already exists"));
    CHECK(json::parse(cli({"history", "demo-copy", "--json"}).out)["revisions"].size() == 2);
    CHECK(json::parse(cli({"export", "demo-copy"}).out)["dossier"]["entity"] ==
          bundle["dossier"]["entity"]);
    std::ofstream(cli.dir() / "broken.json") << "{\"bundle\": \"beian-assist/dossier\"}";
    CHECK(cli({"import", (cli.dir() / "broken.json").string()}).exit_code == 2);
    CHECK(cli({"export"}).exit_code == 2);
}
