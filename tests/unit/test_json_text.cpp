// The nesting bound and exception-free parse used for every frame and file.
#include <catch2/catch.hpp>

#include "util/json_text.hpp"

namespace {

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// "[[],[],…]": many arrays, each one level below the outer one.
std::string siblings(std::size_t count) {
    std::string text = "[";
    for (std::size_t i = 0; i < count; ++i) text += i == 0 ? "[]" : ",[]";
    return text + "]";
}

}  // namespace

TEST_CASE("too_deep_at counts brackets outside strings only", "[json]") {
    struct Row {
        const char* name;
        std::string text;
        std::optional<std::size_t> at;
    };
    const std::vector<Row> rows = {
        {"flat", R"({"a":1})", std::nullopt},
        {"exactly the bound", nested(beian::kMaxJsonDepth), std::nullopt},
        {"one over the bound", nested(beian::kMaxJsonDepth + 1), beian::kMaxJsonDepth},
        {"objects count too", std::string(65, '{'), 64},
        {"brackets in a string", '"' + std::string(100, '[') + '"', std::nullopt},
        {"escaped quote keeps the string open", R"(["\"[[[[[[[["])", std::nullopt},
        {"closing brackets first", "]]]][", std::nullopt},
        {"siblings do not add up", siblings(100), std::nullopt},
    };
    for (const auto& row : rows) {
        INFO(row.name);
        CHECK(beian::too_deep_at(row.text) == row.at);
    }
}

TEST_CASE("parse_json_text turns every failure into a problem", "[json]") {
    CHECK(beian::parse_json_text(R"({"a":[1,2]})").ok());
    const auto deep = beian::parse_json_text(nested(100000));
    CHECK(deep.too_deep);
    CHECK(deep.problem.find("64") != std::string::npos);
    const auto overflow = beian::parse_json_text(R"({"v":1e999})");
    CHECK_FALSE(overflow.ok());
    CHECK_FALSE(overflow.too_deep);
    CHECK_FALSE(beian::parse_json_text(std::string("{}\0{}", 5)).ok());
    const auto broken = beian::parse_json_text("{\"a\":\"\xC0\xAF\"}");
    CHECK(broken.problem.find("not UTF-8 JSON") != std::string::npos);
}
