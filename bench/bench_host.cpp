// Prints the host's figures, each against its baseline measured in the same
// run (docs/performance.md): cold start and warm round trip against a minimal
// echo host in C, validation throughput of an agency-size dossier against
// Ajv, and peak memory. A benchmark, not a test: it asserts nothing.
//   bench_host <beian-assist> <echo_host> <repository root>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "child_process.hpp"
#include "large_dossier.hpp"
#include "portal/profile.hpp"
#include "rules/check_dossier.hpp"
#include "schema/schema_validator.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kOrigin = "chrome-extension://dgjdgjhgejeiddgmjepinjffbheeahph/";

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

std::string request(const std::string& type, const json& params) {
    return json{{"v", 1}, {"id", "b"}, {"type", type}, {"params", params}}.dump();
}

struct Setup {
    std::string host, echo;
    std::map<std::string, std::string> env;
};

double cold_start(const std::vector<std::string>& argv, const Setup& setup, int runs) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        beian::bench::FramedChild child(argv, setup.env);
        child.round_trip(request("hello", json::object()));
        samples.push_back(ms_since(start));
        child.finish();
    }
    return median(samples);
}

double warm_round_trip(const std::vector<std::string>& argv, const Setup& setup,
                       const std::string& payload, int runs) {
    beian::bench::FramedChild child(argv, setup.env);
    child.round_trip(payload);  // warm-up: loads the profile and the dossier once
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        child.round_trip(payload);
        samples.push_back(ms_since(start));
    }
    return median(samples);
}

long peak_memory_kib(const Setup& setup, const std::string& dossier_id) {
    beian::bench::FramedChild child({setup.host, kOrigin}, setup.env);
    child.round_trip(request("hello", json::object()));
    child.round_trip(request("dossier.validate", {{"id", dossier_id}}));
    child.round_trip(request("page.plan", {{"id", dossier_id}, {"page", "entity"}}));
    return child.finish();
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

void print(const char* what, double ours, const char* baseline_name, double baseline,
           const char* target) {
    std::printf("%-34s %9.3f ms   %-14s %9.3f ms   ratio %5.2f   (target %s)\n", what, ours,
                baseline_name, baseline, ours / baseline, target);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: bench_host BEIAN_ASSIST ECHO_HOST REPOSITORY\n";
        return 2;
    }
    const fs::path root = argv[3];
    const auto data = fs::temp_directory_path() / ("beian-bench-" + std::to_string(::getpid()));
    fs::create_directories(data / "dossiers");
    std::ifstream sample_file(root / "schemas/examples/sample-dossier.json");
    const auto sample = json::parse(sample_file);
    const auto large = beian::bench::make_large_dossier(sample, 100, 300);
    std::ofstream(data / "dossiers/demo.json") << sample.dump();
    std::ofstream(data / "dossiers/large.json") << large.dump();
    std::ofstream(data / "large.json") << large.dump();
    const Setup setup{argv[1], argv[2], {{"BEIAN_ASSIST_HOME", data.string()}}};

    std::printf("Beian Assist host benchmarks (medians; baselines measured in this run)\n");
    print("cold start to first hello reply", cold_start({setup.host, kOrigin}, setup, 30),
          "echo host", cold_start({setup.echo}, setup, 30), "<= 1.5x");
    const auto plan = request("page.plan", {{"id", "demo"}, {"page", "entity"}});
    print("warm round trip, page.plan entity",
          warm_round_trip({setup.host, kOrigin}, setup, plan, 300), "echo host",
          warm_round_trip({setup.echo}, setup, plan, 300), "<= 1.3x");

    const auto profile = beian::portal::Profile::from_json(
        beian::schema::embedded_json("schemas/portal/profile.json"));
    const auto schema_only =
        median_ms(9, [&] { (void)beian::schema::dossier_validator().validate(large); });
    const auto full = median_ms(9, [&] {
        (void)beian::check_dossier(large, profile, {2026, 11, 29});
    });
    std::printf("large dossier: %zu algorithms, %zu products, %zu bytes\n",
                large["algorithms"].size(), large["products"].size(), large.dump().size());
    std::printf("%-34s %9.3f ms\n", "schema validation (valijson)", schema_only);
    std::printf("%-34s %9.3f ms\n", "all rules incl. schema", full);
    std::printf("AJV_INPUT %s\n", (data / "large.json").c_str());

    std::printf("%-34s %9ld KiB\n", "peak RSS, sample dossier", peak_memory_kib(setup, "demo"));
    std::printf("%-34s %9ld KiB\n", "peak RSS, large dossier", peak_memory_kib(setup, "large"));
    std::fflush(stdout);
    return 0;
}
