// The revision store under a crash: the real binary is fed a stream of saves
// and SIGKILLed at random moments, over and over. After every kill the
// history must be readable and complete up to the last committed revision:
// every entry parses and holds what was sent for it, revisions are
// contiguous, no acknowledged save is missing, at most the one save in flight
// committed unacknowledged, and the main file is the newest entry (or one
// behind it, until the next read rolls it forward).
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <boost/process.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <thread>

#include "framing/frame_codec.hpp"
#include "integration/host_process.hpp"
#include "storage/dossier_store.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

namespace bp = boost::process;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The issue asks for at least a thousand kills. BEIAN_CRASH_KILLS lowers the
// count for the sanitized build only (scripts/test.sh), whose binary starts
// several times slower; the file protocol under test is the same.
int kills_wanted() {
    const char* text = std::getenv("BEIAN_CRASH_KILLS");
    return text ? std::atoi(text) : 1000;
}
constexpr int kSavesPerRound = 5;
// A save takes some 40 ms (four fsyncs) and a host starts in a few; kills
// land anywhere in the first saves of each round, a few before the first.
constexpr int kMaxDelayMicroseconds = 60000;
// Far beyond the usual 60-90 s: a loaded machine must not fail the test,
// only a hang must.
constexpr auto kBudget = std::chrono::seconds(270);

std::string frame_of(const json& request) {
    const auto text = request.dump();
    return beian::framing::encode_header(static_cast<std::uint32_t>(text.size())) + text;
}

bool read_exact(int fd, char* buffer, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const auto n = ::read(fd, buffer + got, size - got);
        if (n <= 0) return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

// The host is up (and the kill timer starts) once it answers hello.
bool hello(int to_fd, int from_fd) {
    const auto frame = frame_of(beian::test::make_request("hello", json::object(), "hello"));
    if (::write(to_fd, frame.data(), frame.size()) != static_cast<ssize_t>(frame.size()))
        return false;
    char header[4];
    if (!read_exact(from_fd, header, 4)) return false;
    std::uint32_t length = 0;
    std::memcpy(&length, header, 4);
    std::string payload(length, '\0');
    return read_exact(from_fd, payload.data(), length);
}

// Replies already in the pipe when the host died.
std::vector<json> drain_replies(int fd) {
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    std::string bytes;
    char buffer[65536];
    for (;;) {
        const auto got = ::read(fd, buffer, sizeof buffer);
        if (got <= 0) break;
        bytes.append(buffer, static_cast<std::size_t>(got));
    }
    std::vector<json> replies;
    std::size_t at = 0;
    while (bytes.size() - at >= 4) {
        std::uint32_t length = 0;
        std::memcpy(&length, bytes.data() + at, 4);
        if (bytes.size() - at - 4 < length) break;
        replies.push_back(json::parse(bytes.substr(at + 4, length)));
        at += 4 + length;
    }
    return replies;
}

json read_json(const fs::path& path) {
    std::ifstream file(path);
    return json::parse(file);  // throws on a torn file: the test fails
}

std::vector<std::int64_t> entry_revisions(const fs::path& dir) {
    static const std::regex name("^[0-9]{6,}\\.json$");
    std::vector<std::int64_t> out;
    if (!fs::exists(dir)) return out;
    for (const auto& item : fs::directory_iterator(dir)) {
        const auto file = item.path().filename().string();
        if (std::regex_match(file, name)) out.push_back(std::stoll(file));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string address_of(const json& dossier) {
    return dossier["entity"]["basic"]["address"].get<std::string>();
}

struct Stats {
    int kills = 0;
    int acknowledged = 0;            // saves answered ok before the kill
    int unacknowledged_commits = 0;  // the save in flight had committed
    int main_behind = 0;             // killed between the entry and the main file
    std::int64_t revisions = 0;
};

}  // namespace

TEST_CASE("saves killed at random moments leave a complete, readable history", "[host][crash]") {
    ::signal(SIGPIPE, SIG_IGN);  // writes to a killed host must fail, not kill the test
    const auto seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> delay_us(0, kMaxDelayMicroseconds);

    beian::test::TempDir data;
    const auto home = data.path() / "home";
    const auto dossiers = home / "dossiers";
    const auto history_dir = dossiers / "crash.history";
    auto base_dossier = beian::test::sample_dossier();
    base_dossier["meta"].erase("baselines");
    std::map<std::int64_t, std::string> sent;  // revision → the address its save carried
    std::int64_t newest = 0;
    Stats stats;
    const auto started = std::chrono::steady_clock::now();

    auto env = boost::this_process::environment();
    bp::environment child_env = env;
    child_env["BEIAN_ASSIST_HOME"] = home.string();
    child_env["BEIAN_ASSIST_TODAY"] = "2026-11-29";

    const int wanted = kills_wanted();
    while (stats.kills < wanted && std::chrono::steady_clock::now() - started < kBudget) {
        bp::pipe to_host, from_host;
        bp::child child(beian::test::host_binary(), bp::args({beian::test::kChromeOrigin}),
                        bp::std_in<to_host, bp::std_out> from_host, bp::std_err > bp::null,
                        child_env);
        ::fcntl(to_host.native_sink(), F_SETFD, FD_CLOEXEC);
        ::fcntl(from_host.native_source(), F_SETFD, FD_CLOEXEC);
        REQUIRE(hello(to_host.native_sink(), from_host.native_source()));

        std::string frames;
        for (int k = 0; k < kSavesPerRound; ++k) {
            const auto revision = newest + k + 1;
            auto dossier = base_dossier;
            dossier["entity"]["basic"]["address"] =
                "round " + std::to_string(stats.kills) + " save " + std::to_string(k);
            sent[revision] = address_of(dossier);
            const json base = newest + k == 0 ? json(nullptr) : json(newest + k);
            frames += frame_of(beian::test::make_request(
                "dossier.save", {{"id", "crash"}, {"dossier", dossier}, {"baseRevision", base}},
                std::to_string(revision)));
        }
        // A writer thread: the frames exceed the pipe buffer, and the write
        // must not block the kill.
        const int sink = to_host.native_sink();
        std::thread writer([sink, &frames] {
            std::size_t at = 0;
            while (at < frames.size()) {
                const auto wrote = ::write(sink, frames.data() + at, frames.size() - at);
                if (wrote <= 0) return;  // EPIPE once the host is dead
                at += static_cast<std::size_t>(wrote);
            }
        });
        std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
        ::kill(child.id(), SIGKILL);
        child.wait();
        writer.join();
        ++stats.kills;

        std::int64_t acknowledged = newest;
        for (const auto& reply : drain_replies(from_host.native_source())) {
            INFO(reply.dump());
            REQUIRE(reply["ok"] == true);
            ++stats.acknowledged;
            acknowledged = std::max(acknowledged, reply["result"]["revision"].get<std::int64_t>());
        }

        // The raw files, as the kill left them.
        const auto revisions = entry_revisions(history_dir);
        const auto now_newest = revisions.empty() ? 0 : revisions.back();
        REQUIRE(static_cast<std::int64_t>(revisions.size()) == now_newest);  // 1..n, no gap
        REQUIRE(now_newest >= acknowledged);
        REQUIRE(now_newest <= acknowledged + 1);
        if (now_newest > acknowledged) ++stats.unacknowledged_commits;
        for (auto revision = newest + 1; revision <= now_newest; ++revision) {
            const auto entry = read_json(history_dir / beian::storage::entry_file_name(revision));
            CHECK(entry["revision"] == revision);
            CHECK(entry["dossier"]["meta"]["revision"] == revision);
            CHECK(address_of(entry["dossier"]) == sent.at(revision));
        }
        if (now_newest > 0) {
            const auto newest_entry =
                read_json(history_dir / beian::storage::entry_file_name(now_newest));
            const auto main_file = dossiers / "crash.json";
            const auto main_revision =
                fs::exists(main_file) ? read_json(main_file)["meta"]["revision"].get<std::int64_t>()
                                      : 0;
            REQUIRE((main_revision == now_newest || main_revision == now_newest - 1));
            if (main_revision == now_newest) {
                CHECK(read_json(main_file) == newest_entry["dossier"]);
            } else {
                ++stats.main_behind;
                // The next reader rolls it forward.
                const beian::storage::DossierStore store(home);
                CHECK(store.load("crash") == newest_entry["dossier"]);
                CHECK(read_json(main_file) == newest_entry["dossier"]);
            }
        }
        newest = now_newest;
    }
    stats.revisions = newest;

    // Everything once more, from the start: every entry parses and is what was sent.
    const auto revisions = entry_revisions(history_dir);
    REQUIRE(static_cast<std::int64_t>(revisions.size()) == newest);
    for (const auto revision : revisions) {
        const auto entry = read_json(history_dir / beian::storage::entry_file_name(revision));
        CHECK(address_of(entry["dossier"]) == sent.at(revision));
    }
    CHECK(read_json(dossiers / "crash.json") ==
          read_json(history_dir / beian::storage::entry_file_name(newest))["dossier"]);
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started)
            .count();
    WARN("crash test: " << stats.kills << " kills in " << seconds << " s, " << stats.acknowledged
                        << " saves acknowledged, " << stats.revisions << " revisions committed, "
                        << stats.unacknowledged_commits << " committed in flight, "
                        << stats.main_behind << " main files one behind (seed " << seed << ")");
    CHECK(stats.kills >= wanted);
    CHECK(stats.revisions > 0);
}
