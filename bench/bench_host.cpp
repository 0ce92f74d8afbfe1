// Prints the host's figures, each against its baseline measured in the same
// run (docs/performance.md): cold start against a minimal echo host in C, the
// warm page.plan round trip against a host that reads and parses the same
// reply from a file (and the echo host), schema validation of an agency-size
// dossier against Ajv, and peak memory. A benchmark, not a test: it asserts
// nothing.
//   bench_host <beian-assist> <echo_host> <parse_host> <repository root>
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
    std::vector<std::string> host, echo, parse;
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

// All stay running; their round trips alternate. The first request of each
// (loading the profile, the dossier and its findings) is not timed.
struct WarmFigures {
    double host, parse, echo;
};
WarmFigures warm_round_trip(const Setup& setup, const std::string& payload, int runs) {
    FramedChild host(setup.host, setup.env), parse(setup.parse, setup.env),
        echo(setup.echo, setup.env);
    std::vector<FramedChild*> children{&host, &parse, &echo};
    for (auto* child : children) expect_ok(child->round_trip(payload), payload);
    std::vector<std::vector<double>> samples(children.size());
    for (int i = 0; i < runs; ++i) {
        for (std::size_t c = 0; c < children.size(); ++c) {
            const auto start = Clock::now();
            expect_ok(children[c]->round_trip(payload), payload);
            samples[c].push_back(ms_since(start));
        }
    }
    return {median(samples[0]), median(samples[1]), median(samples[2])};
}

// The host's reply to payload, saved for the parse_host baseline.
void save_reply(const Setup& setup, const std::string& payload, const fs::path& file) {
    FramedChild host(setup.host, setup.env);
    const auto reply = host.round_trip(payload);
    expect_ok(reply, payload);
    std::ofstream(file, std::ios::binary) << *reply;
    host.finish();
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
    if (argc != 5) {
        std::cerr << "usage: bench_host BEIAN_ASSIST ECHO_HOST PARSE_HOST REPOSITORY\n";
        return 2;
    }
    const fs::path root = argv[4];
    const auto data = fs::temp_directory_path() / ("beian-bench-" + std::to_string(::getpid()));
    fs::create_directories(data / "dossiers");
    std::ifstream sample_file(root / "schemas/examples/sample-dossier.json");
    const auto sample = json::parse(sample_file);
    const auto large = make_large_dossier(sample, 100, 300);
    std::ofstream(data / "dossiers/demo.json") << sample.dump();
    std::ofstream(data / "dossiers/large.json") << large.dump();
    std::ofstream(data / "large.json") << large.dump();
    const auto reply_file = data / "plan-reply.json";
    const Setup setup{{argv[1], kOrigin},
                      {argv[2]},
                      {argv[3], reply_file.string()},
                      {{"BEIAN_ASSIST_HOME", data.string()}}};
    // Files changed within the last two seconds are confirmed by their hash
    // (storage/file_stamp.hpp); an unchanged stored dossier is older than that.
    ::sleep(3);

    std::printf("Beian Assist host benchmarks: medians, each against its baseline in this run\n");
    std::printf("machine: %s (at start)\n\n", machine_load().c_str());
    const auto [cold, cold_echo] = cold_start(setup, 31);
    print({"cold start to first hello reply", cold, "echo host", cold_echo, "ms", 2.0, 0, "<= 2x"});
    const auto plan = request("page.plan", {{"id", "demo"}, {"page", "entity"}});
    save_reply(setup, plan, reply_file);
    const auto warm = warm_round_trip(setup, plan, 301);
    print({"warm round trip, page.plan entity", warm.host, "read+parse", warm.parse, "ms", 1.5, 0,
           "<= 1.5x"});
    print({"  the same, against the echo host", warm.host, "echo host", warm.echo, "ms", 0, 0, ""});
    std::printf("  reply %zu bytes, read and parsed from a file by the baseline\n",
                static_cast<std::size_t>(fs::file_size(reply_file)));

    // The host's validator (compiled checks, valijson only when they do not
    // say valid) and valijson alone, which is what an invalid dossier costs.
    const auto& validator = beian::schema::dossier_validator();
    const beian::schema::SchemaValidator valijson_alone(
        beian::schema::embedded_json("schemas/dossier.schema.json"),
        beian::schema::SchemaValidator::Engine::valijson_only);
    const auto errors = validator.validate(large).size();  // warm-up, as Ajv's compile
    (void)valijson_alone.validate(large);
    const auto checked = median_ms(21, [&] { (void)validator.validate(large); });
    const auto valijson = median_ms(21, [&] { (void)valijson_alone.validate(large); });
    auto broken = large;
    broken["products"].back()["name"] = 1;
    const auto broken_errors = validator.validate(broken).size();
    const auto invalid = median_ms(21, [&] { (void)validator.validate(broken); });
    const auto ajv = ajv_median_ms(root, data / "large.json");
    print({"schema validation, large", checked, "Ajv", ajv, "ms", 1.0, 0, "<= 1.0x"});
    const double megabytes = static_cast<double>(large.dump().size()) / (1024.0 * 1024.0);
    std::printf(
        "  %zu algorithms, %zu products, %.2f MiB, %zu schema errors; throughput %.1f "
        "MiB/s, Ajv %.1f MiB/s\n",
        large["algorithms"].size(), large["products"].size(), megabytes, errors,
        megabytes / (checked / 1000), megabytes / (ajv / 1000));
    print({"  valijson alone, the same", valijson, "Ajv", ajv, "ms", 0, 0, ""});
    std::printf("  one product invalid (%zu errors): %.3f ms, valijson naming the error\n",
                broken_errors, invalid);
    // As the host loads it (the unit tests check it against its schema).
    const auto profile = beian::portal::Profile::with_override(nullptr);
    const auto all_rules = median_ms(5, [&] {
        (void)beian::check_dossier(large, profile, {2026, 11, 29});
    });
    std::printf("  every rule incl. the schema (what an uncached plan runs): %.3f ms\n\n",
                all_rules);

    const auto echo_kib = static_cast<double>(peak_memory_kib(setup.echo, setup, "demo"));
    print({"peak RSS, sample dossier",
           static_cast<double>(peak_memory_kib(setup.host, setup, "demo")), "echo host", echo_kib,
           "KiB", 0, 6144, "<= 6 MiB"});
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
