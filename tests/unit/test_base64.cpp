// Base64 both ways: attachment chunks go out encoded and the tests read them back.
#include <catch2/catch.hpp>
#include <random>

#include "util/base64.hpp"

TEST_CASE("base64 encodes RFC 4648 vectors and round-trips any bytes", "[util]") {
    const std::pair<const char*, const char*> vectors[] = {
        {"", ""},
        {"f", "Zg=="},
        {"fo", "Zm8="},
        {"foo", "Zm9v"},
        {"foob", "Zm9vYg=="},
        {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    };
    for (const auto& [plain, encoded] : vectors) {
        CHECK(beian::base64_encode(plain) == encoded);
        CHECK(beian::base64_decode(encoded) == std::string(plain));
    }
    std::mt19937 random(7);
    for (std::size_t size = 0; size < 70; ++size) {
        std::string bytes(size, '\0');
        for (auto& c : bytes) c = static_cast<char>(random() & 0xFF);
        CHECK(beian::base64_decode(beian::base64_encode(bytes)) == bytes);
    }
    CHECK_FALSE(beian::base64_decode("abc").has_value());
    CHECK_FALSE(beian::base64_decode("ab!=").has_value());
    // Only the strict form: no whitespace, padding only at the end, at most two.
    CHECK_FALSE(beian::base64_decode("Zm9 vYmF").has_value());
    CHECK_FALSE(beian::base64_decode("Zg=a").has_value());
    CHECK_FALSE(beian::base64_decode("Z===").has_value());
    CHECK_FALSE(beian::base64_decode("====").has_value());
}
