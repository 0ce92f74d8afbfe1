// `beian-assist due`, run as a person runs it: the date on the first line,
// a provisional result labelled, bad input refused with exit 2.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "integration/host_process.hpp"
#include "support/cli_run.hpp"
#include "support/temp_dir.hpp"

using beian::test::TempDir;

namespace {

using Run = beian::test::CliRun;

Run run_due(const std::vector<std::string>& args) {
    TempDir dir;
    std::vector<std::string> all{"due"};
    all.insert(all.end(), args.begin(), args.end());
    return beian::test::run_cli_in(dir.path(), all);
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("due: the due date on the first line", "[cli][deadline]") {
    const auto change = run_due({"change", "2026-09-30"});
    CHECK(change.exit_code == 0);
    CHECK(first_line(change.out) == "2026-10-20");
    CHECK(change.out.find("provisional") == std::string::npos);

    const auto without = run_due({"change", "2026-09-30", "--no-makeup-days"});
    CHECK(without.exit_code == 0);
    CHECK(first_line(without.out) == "2026-10-21");

    CHECK(first_line(run_due({"deregistration", "2026-09-30"}).out) == "2026-11-03");
    CHECK(first_line(run_due({"first-filing", "2024-04-30"}).out) == "2024-05-16");
}

TEST_CASE("due: past the calendar data the date is marked provisional", "[cli][deadline]") {
    const auto run = run_due({"change", "2026-12-25"});
    CHECK(run.exit_code == 0);
    CHECK(first_line(run.out) == "2027-01-11");
    const auto second = run.out.substr(run.out.find('\n') + 1);
    CHECK(first_line(second).rfind("临时 / provisional: 2027", 0) == 0);

    const auto json = run_due({"change", "2026-12-25", "--json"});
    CHECK(json.exit_code == 0);
    const auto report = nlohmann::json::parse(json.out);
    CHECK(report["due"] == "2027-01-11");
    CHECK(report["provisional"] == true);
    CHECK(report["workingDays"] == 10);
    CHECK(report["calendar"]["lastYear"] == 2026);
}

TEST_CASE("due: bad input exits 2 with a message", "[cli][deadline]") {
    const std::vector<std::vector<std::string>> bad = {
        {},
        {"change"},
        {"renewal", "2026-09-30"},
        {"change", "2026-02-30"},
        {"change", "2026/09/30"},
        {"change", "2026-09-30", "--bogus"},
        {"change", "2026-09-30", "extra"},
        {"change", "2023-06-01"},  // before the calendar data
    };
    for (const auto& args : bad) {
        const auto run = run_due(args);
        CAPTURE(args);
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find("beian-assist due:") != std::string::npos);
    }
}
