// What the real binary answers to a broken request, row by row: the one
// error reply it must give (PROTOCOL.md, "Error codes"), after which it keeps
// serving. Broken frames, callers and streams, which end the host with an
// exit code, are in test_host_abuse.cpp.
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

// A request of type hello whose params carry `value` under "a".
std::string hello_with(const std::string& value) {
    return framed(R"({"v":1,"id":"u","type":"hello","params":{"a":)" + value + "}}");
}

std::string repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

// 100000 levels fit in a frame; copying or validating them would overflow
// the stack, so the host refuses them before parsing.
const std::string kDeepArray = repeat("[", 100000) + repeat("]", 100000);

struct ReplyCase {
    const char* name;
    std::string bytes;
    const char* code;  // the documented error code of the reply
    nlohmann::json id;
};

std::vector<ReplyCase> reply_cases() {
    return {
        // Not JSON at all.
        {"not JSON", framed("not json"), "BAD_JSON", nullptr},
        {"0-length frame", framed(""), "BAD_JSON", nullptr},
        {"NUL byte after the object", framed(std::string("{}\0", 3)), "BAD_JSON", nullptr},
        {"NUL byte then a second request",
         framed(R"({"v":1,"id":"z","type":"hello","params":{}})" + std::string(1, '\0') + "{}"),
         "BAD_JSON", nullptr},
        {"two JSON values in one frame", framed("{} {}"), "BAD_JSON", nullptr},
        {"number overflow (1e999)", framed(R"({"v":1e999,"id":"x","type":"hello","params":{}})"),
         "BAD_JSON", nullptr},
        // Invalid UTF-8 inside a string.
        {"invalid UTF-8: bad continuation", hello_with("\"\xC3\x28\""), "BAD_JSON", nullptr},
        {"invalid UTF-8: overlong '/'", hello_with("\"\xC0\xAF\""), "BAD_JSON", nullptr},
        {"invalid UTF-8: truncated sequence", hello_with("\"\xE4\xB8\""), "BAD_JSON", nullptr},
        {"invalid UTF-8: bare continuation byte", hello_with("\"\x80\""), "BAD_JSON", nullptr},
        {"invalid UTF-8: lone surrogate escape", hello_with(R"("\ud800")"), "BAD_JSON", nullptr},
        // Deep nesting.
        {"deep nesting: 100000 '['", framed(kDeepArray), "NESTING_TOO_DEEP", nullptr},
        {"deep nesting: unterminated", framed(repeat("[", 100000)), "NESTING_TOO_DEEP", nullptr},
        {"deep nesting inside params", hello_with(kDeepArray), "NESTING_TOO_DEEP", nullptr},
        {"deep nesting of objects", framed(repeat("{\"a\":", 100000) + "1" + repeat("}", 100000)),
         "NESTING_TOO_DEEP", nullptr},
        {"brackets inside a string do not count", hello_with('"' + repeat("[", 1000) + '"'),
         "BAD_PARAMS", "u"},
        // The envelope.
        {"empty object", framed("{}"), "BAD_REQUEST", nullptr},
        {"a JSON array", framed("[1,2]"), "BAD_REQUEST", nullptr},
        {"missing params", framed(R"({"v":1,"id":"f","type":"hello"})"), "BAD_REQUEST", "f"},
        {"unknown top-level field",
         framed(R"({"v":1,"id":"e","type":"hello","params":{},"extra":true})"), "BAD_REQUEST", "e"},
        {"protocol v2", framed(R"({"v":2,"id":"a","type":"hello","params":{}})"),
         "UNSUPPORTED_VERSION", "a"},
        {"unknown type", framed(R"({"v":1,"id":"b","type":"dossier.delete","params":{}})"),
         "UNKNOWN_TYPE", "b"},
        {"empty type", framed(R"({"v":1,"id":"b","type":"","params":{}})"), "UNKNOWN_TYPE", "b"},
        // Wrong types.
        {"wrong type: v as a string", framed(R"({"v":"1","id":"j","type":"hello","params":{}})"),
         "BAD_REQUEST", "j"},
        {"wrong type: id as a number", framed(R"({"v":1,"id":7,"type":"hello","params":{}})"),
         "BAD_REQUEST", nullptr},
        {"id over 128 characters",
         framed(R"({"v":1,"id":")" + std::string(129, 'i') + R"(","type":"hello","params":{}})"),
         "BAD_REQUEST", nullptr},
        {"wrong type: type as a number", framed(R"({"v":1,"id":"k","type":3,"params":{}})"),
         "BAD_REQUEST", "k"},
        {"wrong type: params as an array", framed(R"({"v":1,"id":"l","type":"hello","params":[]})"),
         "BAD_PARAMS", "l"},
        {"wrong type: dossier id as a number",
         framed(R"({"v":1,"id":"c","type":"dossier.get","params":{"id":5}})"), "BAD_PARAMS", "c"},
        {"wrong type: baseRevision as a string",
         framed(
             R"({"v":1,"id":"m","type":"dossier.save","params":{"id":"x","dossier":{},"baseRevision":"1"}})"),
         "BAD_PARAMS", "m"},
        {"wrong type: dossier as a string",
         framed(R"({"v":1,"id":"n","type":"dossier.validate","params":{"dossier":"x"}})"),
         "BAD_PARAMS", "n"},
        // Unknown fields and values.
        {"unknown param", framed(R"({"v":1,"id":"d","type":"hello","params":{"x":1}})"),
         "BAD_PARAMS", "d"},
        {"unknown nested param",
         framed(
             R"({"v":1,"id":"o","type":"page.plan","params":{"id":"x","page":"entity","target":{"bogus":1}}})"),
         "BAD_PARAMS", "o"},
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
}

}  // namespace

TEST_CASE("malformed requests get one error reply and the host keeps serving", "[host][abuse]") {
    const auto cases = reply_cases();
    CHECK(cases.size() >= 30);
    for (const auto& c : cases) {
        SECTION(c.name) {
            TempDir data;
            HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
            host.send_raw(c.bytes);
            const auto reply = host.receive();
            CHECK(beian::test::reply_schema_problems(reply, "") == "");
            CHECK(reply["ok"] == false);
            CHECK(reply["error"]["code"] == c.code);
            CHECK(reply["id"] == c.id);
            CHECK(host.request("hello", nlohmann::json::object(), "after")["ok"] == true);
            CHECK(host.wait_exit() == 0);
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
