// The CLI with a data directory of its own that lives as long as the test,
// "today" pinned, and saves through the protocol as the panel makes them.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "integration/host_process.hpp"
#include "support/cli_run.hpp"
#include "support/temp_dir.hpp"

namespace beian::test {

class CliHome {
  public:
    explicit CliHome(std::string today = "2026-12-01")
        : home_(dir_.path() / "home"), today_(std::move(today)) {}

    const std::filesystem::path& home() const { return home_; }
    const std::filesystem::path& dir() const { return dir_.path(); }

    CliRun operator()(const std::vector<std::string>& args) const {
        return run_cli_in(dir_.path(), args,
                          {{"BEIAN_ASSIST_HOME", home_.string()}, {"BEIAN_ASSIST_TODAY", today_}});
    }

    void save(const nlohmann::json& dossier, const nlohmann::json& base) const {
        HostProcess host({kChromeOrigin}, home_);
        REQUIRE(host.request(
                    "dossier.save",
                    {{"id", "demo"}, {"dossier", dossier}, {"baseRevision", base}})["ok"] == true);
    }

    nlohmann::json load() const {
        HostProcess host({kChromeOrigin}, home_);
        return host.request("dossier.get", {{"id", "demo"}})["result"]["dossier"];
    }

  private:
    TempDir dir_;
    std::filesystem::path home_;
    std::string today_;
};

}  // namespace beian::test
