// What the real binary answers to broken input, row by row: the reply it
// must give (and keep serving), or the exit code it must end with.
#include <catch2/catch.hpp>

#include "framing/frame_codec.hpp"
#include "integration/host_process.hpp"
#include "support/temp_dir.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;

namespace {

std::string framed(const std::string& payload) {
    return beian::framing::encode_header(static_cast<std::uint32_t>(payload.size())) + payload;
}

struct ReplyCase {
    const char* name;
    std::string bytes;
    const char* code;  // the error code of the reply
    nlohmann::json id;
};

struct ExitCase {
    const char* name;
    std::string bytes;
    bool replies;  // FRAME_TOO_LARGE is answered once before leaving
    int exit_code;
};

}  // namespace

TEST_CASE("malformed requests get one error reply and the host keeps serving", "[host]") {
    const std::vector<ReplyCase> cases = {
        {"empty object", framed("{}"), "BAD_REQUEST", nullptr},
        {"not JSON", framed("not json"), "BAD_JSON", nullptr},
        {"0-length frame", framed(""), "BAD_JSON", nullptr},
        {"invalid UTF-8",
         framed("{\"v\":1,\"id\":\"x\",\"type\":\"hello\",\"params\":{\"a\":\"\xC3\x28\"}}"),
         "BAD_JSON", nullptr},
        {"a JSON array", framed("[1,2]"), "BAD_REQUEST", nullptr},
        {"protocol v2", framed(R"({"v":2,"id":"a","type":"hello","params":{}})"),
         "UNSUPPORTED_VERSION", "a"},
        {"unknown type", framed(R"({"v":1,"id":"b","type":"dossier.delete","params":{}})"),
         "UNKNOWN_TYPE", "b"},
        {"wrong param type", framed(R"({"v":1,"id":"c","type":"dossier.get","params":{"id":5}})"),
         "BAD_PARAMS", "c"},
        {"unknown param", framed(R"({"v":1,"id":"d","type":"hello","params":{"x":1}})"),
         "BAD_PARAMS", "d"},
        {"unknown top-level field",
         framed(R"({"v":1,"id":"e","type":"hello","params":{},"extra":true})"), "BAD_REQUEST", "e"},
        {"missing params", framed(R"({"v":1,"id":"f","type":"hello"})"), "BAD_REQUEST", "f"},
        {"path traversal in an id",
         framed(R"({"v":1,"id":"g","type":"dossier.get","params":{"id":"../etc/passwd"}})"),
         "BAD_PARAMS", "g"},
        {"missing dossier",
         framed(R"({"v":1,"id":"h","type":"dossier.get","params":{"id":"nobody"}})"), "NOT_FOUND",
         "h"},
        {"unknown page",
         framed(R"({"v":1,"id":"i","type":"page.plan","params":{"id":"nobody","page":"nowhere"}})"),
         "NOT_FOUND", "i"},
    };
    for (const auto& c : cases) {
        SECTION(c.name) {
            TempDir data;
            HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
            host.send_raw(c.bytes);
            const auto reply = host.receive();
            CHECK(reply["ok"] == false);
            CHECK(reply["error"]["code"] == c.code);
            CHECK(reply["id"] == c.id);
            CHECK(host.request("hello", nlohmann::json::object(), "after")["ok"] == true);
            CHECK(host.wait_exit() == 0);
        }
    }
}

TEST_CASE("broken frames end the host with their documented exit code", "[host]") {
    const auto header = [](std::uint32_t n) { return beian::framing::encode_header(n); };
    const std::vector<ExitCase> cases = {
        {"clean EOF at a boundary", "", false, 0},
        {"EOF inside the header", header(20).substr(0, 2), false, 65},
        {"EOF inside the body", header(20) + "{\"v\":1", false, 65},
        {"0xFFFFFFFF length", header(0xFFFFFFFFu) + "{}", true, 66},
        {"ASCII text read as a header", "Hello World!", true, 66},
        {"length just over the 1 MiB cap", header(1024 * 1024 + 1), true, 66},
    };
    for (const auto& c : cases) {
        SECTION(c.name) {
            TempDir data;
            HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
            host.send_raw(c.bytes);
            host.close_stdin();
            if (c.replies) {
                const auto reply = host.receive();
                CHECK(reply["error"]["code"] == "FRAME_TOO_LARGE");
            }
            CHECK_FALSE(host.receive_raw().has_value());
            CHECK(host.wait_exit() == c.exit_code);
        }
    }
}

TEST_CASE("requests after a valid one still answered, EOF then exits 0", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    // Two requests in one write: both answered, in order.
    host.send_raw(framed(beian::test::make_request("hello", {}, "1").dump()) +
                  framed(beian::test::make_request("dossier.list", {}, "2").dump()));
    CHECK(host.receive()["id"] == "1");
    const auto list = host.receive();
    CHECK(list["id"] == "2");
    CHECK(list["result"]["dossiers"].empty());
    CHECK(host.wait_exit() == 0);
}

TEST_CASE("a handler printing to stdout does not corrupt frames", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto printed = host.request("debug.print-to-stdout", {}, "p");
    CHECK(printed["ok"] == true);
    CHECK(printed["result"]["printed"] == true);
    CHECK(host.request("hello", {}, "h")["id"] == "h");
    CHECK(host.wait_exit() == 0);
    CHECK(host.stderr_text().find("stray printf on stdout") != std::string::npos);
    CHECK(host.stderr_text().find("stray iostream on stdout") != std::string::npos);
}
