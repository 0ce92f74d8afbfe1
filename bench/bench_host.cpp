// Prints the host's figures, each against its baseline measured in the same
// run (docs/performance.md): cold start and warm round trip against a minimal
// echo host in C, schema validation of an agency-size dossier against Ajv,
// and peak memory. A benchmark, not a test: it asserts nothing.
//   bench_host <beian-assist> <echo_host> <repository root>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "child_process.hpp"
#include "figures.hpp"
#include "large_dossier.hpp"
#include "portal/profile.hpp"
#include "rules/check_dossier.hpp"
#include "schema/schema_validator.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace beian::bench;

namespace {

const std::string kOrigin = "chrome-extension://dgjdgjhgejeiddgmjepinjffbheeahph/";

std::string request(const std::string& type, const json& params) {
    return json{{"v", 1}, {"id", "b"}, {"type", type}, {"params", params}}.dump();
}

struct Setup {
    std::vector<std::string> host, echo;
    std::map<std::string, std::string> env;
};

// A timed reply must be a real answer: an error reply is fast and meaningless.
void expect_ok(const std::optional<std::string>& reply, const std::string& payload) {
    if (!reply || reply->find("\"ok\":true") == std::string::npos)
        throw std::runtime_error("no ok reply to " + payload.substr(0, 80) + ": " +
                                 reply.value_or("<none>").substr(0, 200));
}

// Host and echo host are started in turn, so both see the same load.
std::pair<double, double> cold_start(const Setup& setup, int runs) {
    std::vector<double> ours, echo;
    const auto hello = request("hello", json::object());
    for (int i = 0; i < runs; ++i) {
        for (auto* argv : {&setup.host, &setup.echo}) {
            const auto start = Clock::now();
            FramedChild child(*argv, setup.env);
            expect_ok(child.round_trip(hello), hello);
            (argv == &setup.host ? ours : echo).push_back(ms_since(start));
            child.finish();
        }
    }
    return {median(ours), median(echo)};
}

// Both stay running; their round trips alternate. The first request of each
// (loading the profile, the dossier and its findings) is not timed.
std::pair<double, double> warm_round_trip(const Setup& setup, const std::string& payload,
                                          int runs) {
    FramedChild host(setup.host, setup.env), echo(setup.echo, setup.env);
    expect_ok(host.round_trip(payload), payload);
    expect_ok(echo.round_trip(payload), payload);
    std::vector<double> ours, baseline;
    for (int i = 0; i < runs; ++i) {
        auto start = Clock::now();
        expect_ok(host.round_trip(payload), payload);
        ours.push_back(ms_since(start));
        start = Clock::now();
        expect_ok(echo.round_trip(payload), payload);
        baseline.push_back(ms_since(start));
    }
    return {median(ours), median(baseline)};
}

// Peak RSS in KiB of a host that answered a hello, validated the dossier and
// planned its entity page; of the echo host after the same three frames.
long peak_memory_kib(const std::vector<std::string>& argv, const Setup& setup,
                     const std::string& dossier_id) {
    FramedChild child(argv, setup.env);
    for (const auto& payload :
         {request("hello", json::object()), request("dossier.validate", {{"id", dossier_id}}),
          request("page.plan", {{"id", dossier_id}, {"page", "entity"}})})
        expect_ok(child.round_trip(payload), payload);
    return child.peak_rss_kib();
}

template <typename F>
double median_ms(int runs, F&& work) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        samples.push_back(ms_since(start));
    }
    return median(samples);
}

// Ajv's median on the same file (bench/ajv_validate.mjs); NaN when node or
// Ajv is missing, which the figure then shows as n/a.
double ajv_median_ms(const fs::path& root, const fs::path& dossier_file) {
    const auto command =
        "node '" + (root / "bench/ajv_validate.mjs").string() + "' '" + dossier_file.string() + "'";
    double ms = std::numeric_limits<double>::quiet_NaN();
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char valid[16] = "";
        if (std::fscanf(pipe, "ajv-median-ms=%lf valid=%15s", &ms, valid) != 2)
            ms = std::numeric_limits<double>::quiet_NaN();
        else if (std::string(valid) != "true")
            std::printf("note: Ajv finds the large dossier invalid\n");
        ::pclose(pipe);
    }
    return ms;
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc != 4) {
        std::cerr << "usage: bench_host BEIAN_ASSIST ECHO_HOST REPOSITORY\n";
        return 2;
    }
    const fs::path root = argv[3];
    const auto data = fs::temp_directory_path() / ("beian-bench-" + std::to_string(::getpid()));
    fs::create_directories(data / "dossiers");
    std::ifstream sample_file(root / "schemas/examples/sample-dossier.json");
    const auto sample = json::parse(sample_file);
    const auto large = make_large_dossier(sample, 100, 300);
    std::ofstream(data / "dossiers/demo.json") << sample.dump();
    std::ofstream(data / "dossiers/large.json") << large.dump();
    std::ofstream(data / "large.json") << large.dump();
    const Setup setup{{argv[1], kOrigin}, {argv[2]}, {{"BEIAN_ASSIST_HOME", data.string()}}};

    std::printf("Beian Assist host benchmarks: medians, each against its baseline in this run\n");
    std::printf("machine: %s (at start)\n\n", machine_load().c_str());
    const auto [cold, cold_echo] = cold_start(setup, 31);
    print(
        {"cold start to first hello reply", cold, "echo host", cold_echo, "ms", 1.5, 0, "<= 1.5x"});
    const auto plan = request("page.plan", {{"id", "demo"}, {"page", "entity"}});
    const auto [warm, warm_echo] = warm_round_trip(setup, plan, 301);
    print({"warm round trip, page.plan entity", warm, "echo host", warm_echo, "ms", 1.3, 0,
           "<= 1.3x"});

    const auto& validator = beian::schema::dossier_validator();
    const auto errors = validator.validate(large).size();  // warm-up, as Ajv's compile
    const auto valijson = median_ms(21, [&] { (void)validator.validate(large); });
    const auto ajv = ajv_median_ms(root, data / "large.json");
    print({"schema validation, large (valijson)", valijson, "Ajv", ajv, "ms", 1.0, 0, "<= 1.0x"});
    const double megabytes = static_cast<double>(large.dump().size()) / (1024.0 * 1024.0);
    std::printf(
        "  %zu algorithms, %zu products, %.2f MiB, %zu schema errors; throughput %.1f "
        "MiB/s, Ajv %.1f MiB/s\n",
        large["algorithms"].size(), large["products"].size(), megabytes, errors,
        megabytes / (valijson / 1000), megabytes / (ajv / 1000));
    const auto profile = beian::portal::Profile::from_json(
        beian::schema::embedded_json("schemas/portal/profile.json"));
    const auto all_rules = median_ms(5, [&] {
        (void)beian::check_dossier(large, profile, {2026, 11, 29});
    });
    std::printf("  every rule incl. the schema (what an uncached plan runs): %.3f ms\n\n",
                all_rules);

    const auto echo_kib = static_cast<double>(peak_memory_kib(setup.echo, setup, "demo"));
    print({"peak RSS, sample dossier",
           static_cast<double>(peak_memory_kib(setup.host, setup, "demo")), "echo host", echo_kib,
           "KiB", 0, 10240, "< 10 MiB"});
    print({"peak RSS, large dossier",
           static_cast<double>(peak_memory_kib(setup.host, setup, "large")), "echo host", echo_kib,
           "KiB", 0, 0, ""});
    std::printf("\nmachine: %s (at end)\n", machine_load().c_str());
    fs::remove_all(data);
    return 0;
} catch (const std::exception& e) {
    std::cerr << "bench_host: " << e.what() << "\n";
    return 1;
}
