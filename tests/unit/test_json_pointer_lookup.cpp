// find_at_pointer answers as nlohmann's json_pointer would (the value, or
// nullptr where contains() is false or the pointer is malformed), on every
// kind of step: members with escapes, indices, "-", leading zeros, scalars.
#include <catch2/catch.hpp>

#include "util/json_pointer_lookup.hpp"

using nlohmann::json;

namespace {

const json* nlohmann_lookup(const json& document, const std::string& pointer) {
    try {
        const json::json_pointer ptr(pointer);
        return document.contains(ptr) ? &document.at(ptr) : nullptr;
    } catch (const json::exception&) {
        return nullptr;
    }
}

}  // namespace

TEST_CASE("a JSON Pointer finds what nlohmann's json_pointer finds", "[json]") {
    const auto document = json::parse(R"({
        "entity": {"basic": {"name": "杭州", "": "empty key"}, "a/b": 1, "m~n": 2, "~1": 3},
        "products": [{"name": "P0"}, {"name": "P1"}, 7, null, [10, 11]],
        "count": 4, "flag": false
    })");
    const char* pointers[] = {
        "",
        "/",
        "/entity",
        "/entity/basic/name",
        "/entity/basic/",
        "/entity/basic/missing",
        "/entity/a~1b",
        "/entity/m~0n",
        "/entity/~01",
        "/entity/~1",
        "/entity/a~2b",
        "/entity/~",
        "/products/0/name",
        "/products/1",
        "/products/4/1",
        "/products/5",
        "/products/-",
        "/products/01",
        "/products/00",
        "/products/1a",
        "/products/",
        "/products/+1",
        "/products/99999999999999999999999",
        "/products/2/name",
        "/count/0",
        "/flag/x",
        "entity",
        "/entity//",
        "/products/0/name/",
        "/products/3",
        "/products/3/x",
    };
    for (const std::string pointer : pointers) {
        INFO("pointer '" << pointer << "'");
        CHECK(beian::find_at_pointer(document, pointer) == nlohmann_lookup(document, pointer));
    }
    // Spot checks that the table above does reach values, not only nulls.
    CHECK(*beian::find_at_pointer(document, "/entity/a~1b") == 1);
    CHECK(*beian::find_at_pointer(document, "/products/4/1") == 11);
    CHECK(beian::find_at_pointer(document, "/products/3")->is_null());
}
