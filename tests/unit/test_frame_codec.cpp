#include <catch2/catch.hpp>

#include "framing/frame_codec.hpp"
#include "support/scripted_source.hpp"

using beian::framing::ReadStatus;
using beian::test::frame;
using beian::test::ScriptedSource;

namespace {

struct ReadCase {
    const char* name;
    std::deque<std::string> chunks;
    ReadStatus status;
    std::string payload;
};

std::string header_bytes(std::uint32_t n) { return beian::framing::encode_header(n); }

std::deque<std::string> one_byte_chunks(const std::string& bytes) {
    std::deque<std::string> chunks;
    for (char c : bytes) chunks.emplace_back(1, c);
    return chunks;
}

}  // namespace

TEST_CASE("read_frame: the codec table", "[codec]") {
    const std::string utf8 = R"({"text":"主体名称 𠮷 😀"})";
    const std::vector<ReadCase> cases = {
        {"empty input is a clean EOF", {}, ReadStatus::CleanEof, ""},
        {"0-length frame", {header_bytes(0)}, ReadStatus::Frame, ""},
        {"1-byte header", {header_bytes(5).substr(0, 1)}, ReadStatus::TruncatedHeader, ""},
        {"2-byte header", {header_bytes(5).substr(0, 2)}, ReadStatus::TruncatedHeader, ""},
        {"3-byte header", {header_bytes(5).substr(0, 3)}, ReadStatus::TruncatedHeader, ""},
        {"exact frame", {frame("{}")}, ReadStatus::Frame, "{}"},
        {"truncated body", {header_bytes(10) + "{\"a\":"}, ReadStatus::TruncatedBody, ""},
        {"header of 0xFFFFFFFF", {header_bytes(0xFFFFFFFFu) + "xx"}, ReadStatus::Oversize, ""},
        {"ASCII text read as a header", {"Hello World!"}, ReadStatus::Oversize, ""},
        {"header split across reads",
         {header_bytes(2).substr(0, 1), header_bytes(2).substr(1), "{}"},
         ReadStatus::Frame,
         "{}"},
        {"body split across reads",
         {header_bytes(10) + "{\"a\"", ":", "true}"},
         ReadStatus::Frame,
         "{\"a\":true}"},
        {"byte-by-byte", one_byte_chunks(frame("{}")), ReadStatus::Frame, "{}"},
        {"multibyte UTF-8: length in bytes", {frame(utf8)}, ReadStatus::Frame, utf8},
    };
    for (const auto& c : cases) {
        SECTION(c.name) {
            ScriptedSource source(c.chunks);
            const auto outcome = beian::framing::read_frame(source);
            CHECK(outcome.status == c.status);
            CHECK(outcome.payload == c.payload);
        }
    }
}

TEST_CASE("read_frame: two frames in one read come out one by one", "[codec]") {
    ScriptedSource source({frame(R"({"id":"1"})") + frame(R"({"id":"2"})")});
    const auto first = beian::framing::read_frame(source);
    const auto second = beian::framing::read_frame(source);
    const auto third = beian::framing::read_frame(source);
    CHECK(first.status == ReadStatus::Frame);
    CHECK(first.payload == R"({"id":"1"})");
    CHECK(second.payload == R"({"id":"2"})");
    CHECK(third.status == ReadStatus::CleanEof);
}

TEST_CASE("read_frame: the inbound cap is checked before allocating", "[codec]") {
    ScriptedSource at_cap({frame(std::string(64, 'x'))});
    CHECK(beian::framing::read_frame(at_cap, 64).status == ReadStatus::Frame);
    ScriptedSource over_cap({frame(std::string(65, 'x'))});
    const auto outcome = beian::framing::read_frame(over_cap, 64);
    CHECK(outcome.status == ReadStatus::Oversize);
    CHECK(outcome.declared_length == 65);
    CHECK(outcome.payload.capacity() < 65);
    CHECK(over_cap.reads == 1);  // the body was never read
}

TEST_CASE("read_frame: an I/O error is told apart from EOF", "[codec]") {
    ScriptedSource failing({header_bytes(4) + "ab"}, /*fail_at_end=*/true);
    CHECK(beian::framing::read_frame(failing).status == ReadStatus::IoError);
}

TEST_CASE("write_frame: native-endian byte length, one write, 1 MiB cap", "[codec]") {
    beian::test::StringSink sink;
    const std::string payload = "{\"名称\":\"𠮷\"}";
    REQUIRE(beian::framing::write_frame(sink, payload) == beian::framing::WriteStatus::Written);
    CHECK(sink.writes == 1);
    REQUIRE(sink.written.size() == 4 + payload.size());
    std::uint32_t length = 0;
    std::memcpy(&length, sink.written.data(), 4);
    CHECK(length == payload.size());
    CHECK(payload.size() == 17);  // bytes (3 per CJK, 4 for 𠮷), not characters

    beian::test::StringSink big;
    const std::string at_limit(beian::framing::kMaxOutboundBytes, 'x');
    CHECK(beian::framing::write_frame(big, at_limit) == beian::framing::WriteStatus::Written);
    beian::test::StringSink too_big;
    CHECK(beian::framing::write_frame(too_big, at_limit + "x") ==
          beian::framing::WriteStatus::TooLarge);
    CHECK(too_big.written.empty());

    beian::test::StringSink broken;
    broken.fail = true;
    CHECK(beian::framing::write_frame(broken, "{}") == beian::framing::WriteStatus::IoError);
}

TEST_CASE("frames round-trip through encode and read", "[codec]") {
    const std::vector<std::string> payloads = {"", "{}", std::string(70000, 'a'),
                                               "[\"\xE4\xB8\xAD\"]"};
    std::string stream;
    for (const auto& p : payloads) stream += frame(p);
    ScriptedSource source({stream});
    for (const auto& p : payloads) {
        const auto outcome = beian::framing::read_frame(source);
        REQUIRE(outcome.status == ReadStatus::Frame);
        CHECK(outcome.payload == p);
    }
    CHECK(beian::framing::read_frame(source).status == ReadStatus::CleanEof);
}
