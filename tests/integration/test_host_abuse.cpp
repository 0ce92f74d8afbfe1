// Abuse that ends the real binary, row by row: broken frames, huge lengths,
// foreign callers, a browser that stops reading, requests around EOF. Each
// row names the documented replies it gets first (PROTOCOL.md, "Error codes")
// and the exit code it must end with ("Exit codes"); nothing else may reach
// stdout. Plus a valid frame cut at every byte offset, a frame dribbled in
// byte by byte, and a reply too large for a browser.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "framing/frame_codec.hpp"
#include "integration/host_process.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;

namespace {

std::string header(std::uint32_t length) { return beian::framing::encode_header(length); }

std::string framed(const std::string& payload) {
    return header(static_cast<std::uint32_t>(payload.size())) + payload;
}

const std::string kHello = framed(beian::test::make_request("hello", {}, "h").dump());
const std::vector<std::string> kOurs = {beian::test::kChromeOrigin};
const std::vector<std::string> kFirefox = {
    "/usr/lib/mozilla/native-messaging-hosts/cn.beianassist.host.json", beian::test::kGeckoId};

struct ExitCase {
    const char* name;
    std::vector<std::string> args;  // the caller, as the browser passes it
    std::string bytes;
    std::vector<std::string> replies;  // "ok" or the documented error code, in order
    int exit_code;
    bool stop_reading = false;  // the browser closes its end before sending
};

std::vector<ExitCase> exit_cases() {
    const std::string mib = std::to_string(beian::framing::kDefaultMaxInboundBytes);
    return {
        // Stream boundaries and requests around EOF.
        {"clean EOF at a boundary", kOurs, "", {}, 0},
        {"one request then EOF", kOurs, kHello, {"ok"}, 0},
        {"three requests in one write then EOF",
         kOurs,
         kHello + kHello + kHello,
         {"ok", "ok", "ok"},
         0},
        {"EOF inside the header", kOurs, header(20).substr(0, 2), {}, 65},
        {"EOF inside the body", kOurs, header(20) + "{\"v\":1", {}, 65},
        {"a request then EOF inside the next header",
         kOurs,
         kHello + header(9).substr(0, 3),
         {"ok"},
         65},
        {"a request then EOF inside the next body",
         kOurs,
         kHello + kHello.substr(0, 20),
         {"ok"},
         65},
        {"declared exactly the cap, then EOF", kOurs, header(1024 * 1024) + "{}", {}, 65},
        // Huge lengths: refused before allocating, answered once, and the
        // rest of the stream is never read.
        {"0xFFFFFFFF length", kOurs, header(0xFFFFFFFFu) + "{}", {"FRAME_TOO_LARGE"}, 66},
        {"0x80000000 length", kOurs, header(0x80000000u), {"FRAME_TOO_LARGE"}, 66},
        {"length just over the cap", kOurs, header(1024 * 1024 + 1), {"FRAME_TOO_LARGE"}, 66},
        {"ASCII text read as a header", kOurs, "Hello World!", {"FRAME_TOO_LARGE"}, 66},
        {"a request, then a huge length",
         kOurs,
         kHello + header(0xFFFFFFFFu),
         {"ok", "FRAME_TOO_LARGE"},
         66},
        {"requests after a huge length are not read",
         kOurs,
         header(0xFFFFFFF0u) + kHello,
         {"FRAME_TOO_LARGE"},
         66},
        // The browser stops reading: the first reply cannot be written.
        {"reply pipe closed by the browser", kOurs, kHello, {}, 67, true},
        // Foreign callers: refused before anything is read or written.
        {"foreign Chromium origin",
         {"chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/"},
         kHello,
         {},
         77},
        {"our Chromium ID with a path", {beian::test::kChromeOrigin + "evil/"}, kHello, {}, 77},
        {"our Chromium ID in upper case",
         {"chrome-extension://DGJDGJHGEJEIDDGMJEPINJFFBHEEAHPH/"},
         kHello,
         {},
         77},
        {"empty Chromium origin", {"chrome-extension://"}, kHello, {}, 77},
        {"foreign Firefox add-on", {kFirefox[0], "evil@example.com"}, kHello, {}, 77},
        {"our add-on ID with a suffix",
         {kFirefox[0], beian::test::kGeckoId + ".evil"},
         kHello,
         {},
         77},
        {"foreign add-on behind --parent-window",
         {"--parent-window=0", kFirefox[0], "evil@example.com"},
         kHello,
         {},
         77},
    };
}

// Call with the host's stdin closed: it reads to the end before it exits.
void expect_replies_then_exit(HostProcess& host, const std::vector<std::string>& replies,
                              int exit_code) {
    for (const auto& expected : replies) {
        const auto payload = host.receive_raw();
        REQUIRE(payload.has_value());
        const auto reply = nlohmann::json::parse(*payload);
        CHECK(beian::test::reply_schema_problems(reply, expected == "ok" ? "hello" : "") == "");
        if (expected == "ok")
            CHECK(reply["ok"] == true);
        else
            CHECK(reply["error"]["code"] == expected);
    }
    CHECK_FALSE(host.receive_raw().has_value());  // nothing after the documented replies
    CHECK(host.wait_exit() == exit_code);
}

}  // namespace

TEST_CASE("broken frames and foreign callers end the host with their documented exit code",
          "[host][abuse]") {
    ::signal(SIGPIPE, SIG_IGN);  // a host that already left makes our write fail, not kill us
    const auto cases = exit_cases();
    CHECK(cases.size() >= 20);
    for (const auto& c : cases) {
        SECTION(c.name) {
            TempDir data;
            HostProcess host(c.args, data.path() / "home");
            if (c.stop_reading) host.close_reply_pipe();
            try {
                host.send_raw(c.bytes);
            } catch (const std::exception&) {
                // Refused callers and huge lengths end the host before it
                // reads everything; the exit code below is what counts.
            }
            host.close_stdin();
            if (c.stop_reading)
                CHECK(host.wait_exit() == c.exit_code);
            else
                expect_replies_then_exit(host, c.replies, c.exit_code);
            if (c.exit_code == 77) CHECK(host.stderr_text().find("refused") != std::string::npos);
        }
    }
}

TEST_CASE("a valid frame cut at every byte offset ends with exit 65 and no reply",
          "[host][abuse]") {
    // Every offset of the header and of the body; offset 0 is a clean EOF.
    for (std::size_t cut = 1; cut < kHello.size(); ++cut) {
        INFO("cut after " << cut << " of " << kHello.size() << " bytes");
        TempDir data;
        HostProcess host(kOurs, data.path() / "home");
        host.send_raw(kHello.substr(0, cut));
        host.close_stdin();
        expect_replies_then_exit(host, {}, 65);
    }
}

TEST_CASE("a frame written one byte at a time is answered normally", "[host][abuse]") {
    TempDir data;
    HostProcess host(kOurs, data.path() / "home");
    // Every read() the host makes returns a short count.
    for (const char byte : kHello) {
        host.send_raw(std::string(1, byte));
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    host.close_stdin();
    expect_replies_then_exit(host, {"ok"}, 0);
}

TEST_CASE("a reply over 1 MiB becomes REPLY_TOO_LARGE and the host keeps serving",
          "[host][abuse]") {
    TempDir data;
    const auto dossiers = data.path() / "home" / "dossiers";
    std::filesystem::create_directories(dossiers);
    // Only a file on disk can be this large: a request is capped at 1 MiB too.
    auto huge = beian::test::sample_dossier();
    huge["meta"]["id"] = "huge";
    huge["entity"]["basic"]["address"] = std::string(1200 * 1024, 'x');
    std::ofstream(dossiers / "huge.json") << huge.dump();

    HostProcess host(kOurs, data.path() / "home");
    const auto reply = host.request("dossier.get", {{"id", "huge"}}, "big");
    CHECK(reply["ok"] == false);
    CHECK(reply["error"]["code"] == "REPLY_TOO_LARGE");
    CHECK(reply["id"] == "big");
    CHECK(host.request("hello", {}, "after")["ok"] == true);
    CHECK(host.wait_exit() == 0);
}
