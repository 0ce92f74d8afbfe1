// The command line, run as a person runs it.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "integration/host_process.hpp"
#include "support/cli_run.hpp"
#include "support/temp_dir.hpp"

using beian::test::TempDir;

namespace {

using Run = beian::test::CliRun;
using beian::test::slurp;

Run run_cli(const std::vector<std::string>& args) {
    TempDir dir;
    return beian::test::run_cli_in(dir.path(), args,
                                   {{"BEIAN_ASSIST_HOME", (dir.path() / "home").string()}});
}

std::string example(const std::string& name) {
    return std::string(BEIAN_SOURCE_DIR) + "/schemas/examples/" + name;
}

}  // namespace

TEST_CASE("validate: exit 0 on the sample, 1 on findings, 2 on unusable input", "[cli]") {
    const auto valid = run_cli({"validate", example("sample-dossier.json")});
    CHECK(valid.exit_code == 0);
    CHECK(valid.out.find("0 errors") != std::string::npos);

    const auto invalid = run_cli({"validate", example("invalid/missing-entity.json")});
    CHECK(invalid.exit_code == 1);
    CHECK(invalid.out.find("SCHEMA_VIOLATION") != std::string::npos);

    TempDir dir;
    std::ofstream(dir.path() / "broken.json") << "{ not json";
    const auto broken = run_cli({"validate", (dir.path() / "broken.json").string()});
    CHECK(broken.exit_code == 2);
    CHECK(broken.err.find("not valid JSON") != std::string::npos);

    CHECK(run_cli({"validate", "/nonexistent/dossier.json"}).exit_code == 2);
    CHECK(run_cli({"validate"}).exit_code == 2);
}

TEST_CASE("validate --json gives machine-readable findings", "[cli]") {
    const auto run = run_cli({"validate", "--json", example("invalid/missing-entity.json")});
    const auto report = nlohmann::json::parse(run.out);
    CHECK(report["summary"]["errors"].get<int>() > 0);
    CHECK(report["findings"][0].contains("code"));
}

TEST_CASE("plan entity prints the page's labels and masks ID numbers", "[cli]") {
    const auto run = run_cli({"plan", "entity", example("sample-dossier.json")});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("统一社会信用代码") != std::string::npos);
    const auto sample = nlohmann::json::parse(slurp(example("sample-dossier.json")));
    const auto id_number = sample["entity"]["legalRepresentative"]["idNumber"].get<std::string>();
    CHECK(run.out.find(id_number) == std::string::npos);
    const auto revealed = run_cli({"plan", "entity", example("sample-dossier.json"), "--reveal"});
    CHECK(revealed.out.find(id_number) != std::string::npos);
    CHECK(run_cli({"plan", "nowhere", example("sample-dossier.json")}).exit_code == 2);
}

TEST_CASE("new prints a skeleton that the schema accepts", "[cli]") {
    const auto run = run_cli({"new", "--id", "my-company"});
    REQUIRE(run.exit_code == 0);
    const auto skeleton = nlohmann::json::parse(run.out);
    CHECK(skeleton["meta"]["id"] == "my-company");
    TempDir dir;
    std::ofstream(dir.path() / "new.json") << run.out;
    const auto check = run_cli({"validate", "--json", (dir.path() / "new.json").string()});
    // Kept in a variable: a range-for over a temporary's member dangles.
    const auto report = nlohmann::json::parse(check.out);
    for (const auto& finding : report["findings"]) CHECK(finding["code"] != "SCHEMA_VIOLATION");
}

TEST_CASE("--help and unknown commands", "[cli]") {
    const auto help = run_cli({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("validate FILE") != std::string::npos);
    CHECK(run_cli({"frobnicate"}).exit_code == 2);
    CHECK(run_cli({"validate", "--help"}).exit_code == 0);
}
