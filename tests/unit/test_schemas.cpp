// The JSON Schemas themselves: examples pass, invalid examples fail, and the
// protocol schemas accept what the host sends and refuse what it must not.
#include <catch2/catch.hpp>
#include <filesystem>

#include "schema/schema_validator.hpp"
#include "schema/valijson_keywords.hpp"
#include "support/sample.hpp"

using beian::schema::SchemaValidator;
using nlohmann::json;
namespace fs = std::filesystem;

TEST_CASE("valid examples pass the dossier schema", "[schema]") {
    for (const char* name : {"sample-dossier.json", "skeleton-dossier.json"}) {
        const auto errors = beian::schema::dossier_validator().validate(
            beian::test::read_json(std::string("schemas/examples/") + name));
        INFO(name << ": "
                  << (errors.empty() ? "" : errors.front().pointer + " " + errors.front().message));
        CHECK(errors.empty());
    }
}

TEST_CASE("every invalid example fails the dossier schema", "[schema]") {
    const fs::path dir = fs::path(BEIAN_SOURCE_DIR) / "schemas/examples/invalid";
    std::size_t seen = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        ++seen;
        const auto document =
            beian::test::read_json("schemas/examples/invalid/" + entry.path().filename().string());
        INFO(entry.path().filename());
        CHECK_FALSE(beian::schema::dossier_validator().validate(document).empty());
    }
    CHECK(seen >= 8);
}

TEST_CASE("the embedded schemas are the repository's", "[schema]") {
    for (const char* path : {"schemas/dossier.schema.json", "schemas/portal/profile.json",
                             "schemas/protocol/request.schema.json"}) {
        CHECK(beian::schema::embedded_json(path) == beian::test::read_json(path));
    }
}

TEST_CASE("the profile passes its own schema", "[schema]") {
    CHECK(beian::schema::profile_validator()
              .validate(beian::test::read_json("schemas/portal/profile.json"))
              .empty());
    auto broken = beian::test::read_json("schemas/portal/profile.json");
    broken["pages"][0]["fields"][0]["control"] = "slider";
    CHECK_FALSE(beian::schema::profile_validator().validate(broken).empty());
}

TEST_CASE("the request schema accepts each request type and refuses strays", "[schema]") {
    const auto& requests = beian::schema::request_validator();
    auto request = [](const std::string& type, json params) {
        return json{{"v", 1}, {"id", "1"}, {"type", type}, {"params", std::move(params)}};
    };
    CHECK(requests.validate(request("hello", {{"protocol", {{"min", 1}, {"max", 1}}}})).empty());
    CHECK(requests.validate(request("dossier.get", {{"id", "demo"}})).empty());
    CHECK(requests.validate(request("page.plan", {{"id", "demo"}, {"page", "entity"}})).empty());
    CHECK(requests
              .validate(
                  request("dossier.save",
                          {{"id", "d"}, {"dossier", json::object()}, {"baseRevision", nullptr}}))
              .empty());
    CHECK_FALSE(requests.validate(request("dossier.get", json::object())).empty());
    CHECK_FALSE(
        requests.validate(request("page.plan", {{"page", "entity"}})).empty());  // no dossier named
    CHECK_FALSE(
        requests.validate(request("dossier.save", {{"id", "d"}, {"dossier", json::object()}}))
            .empty());
    CHECK_FALSE(requests.validate(request("nope", json::object())).empty());
}

TEST_CASE("an agency-size dossier (100 algorithms, 300 products) fits the schema's bounds",
          "[schema]") {
    auto dossier = beian::test::sample_dossier();
    const auto algorithms = dossier["algorithms"];
    const auto products = dossier["products"];
    dossier["algorithms"] = json::array();
    dossier["products"] = json::array();
    for (int i = 0; i < 100; ++i) {
        auto algorithm = algorithms[i % algorithms.size()];
        algorithm["id"] = "alg-" + std::to_string(i);
        dossier["algorithms"].push_back(algorithm);
    }
    for (int i = 0; i < 300; ++i) {
        auto product = products[i % products.size()];
        product["id"] = "prod-" + std::to_string(i);
        dossier["products"].push_back(product);
    }
    const auto errors = beian::schema::dossier_validator().validate(dossier);
    INFO((errors.empty() ? "" : errors.front().pointer + " " + errors.front().message));
    CHECK(errors.empty());
}

TEST_CASE("each invalid example fails where and why it always did", "[schema]") {
    // Recorded with valijson's own std::regex before "pattern" moved to RE2:
    // the validator's verdicts, locations and wording are the same.
    const std::pair<const char*, const char*> expected[] = {
        {"algorithm-missing-name", "/algorithms/0/basic: Missing required property 'name'."},
        {"algorithm-type-not-in-enum",
         "/algorithms/1/basic/type: Failed to match against any enum"},
        {"bad-sha256",
         "/entity/attachments/commitmentLetter/sha256: Failed to match regex specified "
         "by 'pattern' constraint."},
        {"biometrics-not-boolean",
         "/algorithms/0/detail/data/involvesBiometrics: Value type not permitted"},
        {"date-wrong-format",
         "/algorithms/0/basic/launchDate: Failed to match regex specified by "
         "'pattern' constraint."},
        {"filing-status-not-in-enum", "/entity/filing/status: Failed to match against any enum"},
        {"format-version-2", "/formatVersion: Failed to match against any enum"},
        {"id-with-uppercase", "/products/0/id: Failed to match regex specified by 'pattern'"},
        {"link-missing-function", "/links/0: Missing required property 'function'."},
        {"links-not-array", "/links: Value type not permitted by 'type' constraint."},
        {"missing-entity", ": Missing required property 'entity'."},
        {"product-missing-name", "/products/1: Missing required property 'name'."},
        {"revision-negative", "/meta/revision: Expected number greater than or equal to 0"},
        {"role-not-in-enum", "/algorithms/0/basic/role: Failed to match against any enum"},
        {"size-negative",
         "/algorithms/0/basic/attachments/selfAssessmentReport/size: Expected "
         "number greater than or equal to 0"},
        {"unknown-entity-property",
         "/entity/basic: Object contains a property that could not be "
         "validated using 'properties' or 'additionalProperties' "
         "constraints: 'registeredCapital'."},
        {"unknown-top-level-property",
         ": Object contains a property that could not be validated "
         "using 'properties' or 'additionalProperties' constraints: "
         "'notes'."},
    };
    for (const auto& [name, first] : expected) {
        const auto errors = beian::schema::dossier_validator().validate(
            beian::test::read_json(std::string("schemas/examples/invalid/") + name + ".json"));
        INFO(name);
        REQUIRE_FALSE(errors.empty());
        const auto shown = errors.front().pointer + ": " + errors.front().message;
        CHECK(shown.rfind(first, 0) == 0);
    }
}

namespace {

bool pattern_failed(const json& dossier) {
    for (const auto& error : beian::schema::dossier_validator().validate(dossier))
        if (error.message.find("'pattern'") != std::string::npos) return true;
    return false;
}

json with_accepted_path(const std::string& path) {
    auto dossier = beian::test::sample_dossier();
    dossier["meta"]["acceptedFindings"] =
        json::array({{{"code", "LONG"}, {"path", path}, {"note", "n"}}});
    return dossier;
}

}  // namespace

TEST_CASE("a pattern checks a string of any length (RE2, not a recursive std::regex)", "[schema]") {
    // A 50 KB string under "^(/.*)?$" overflowed std::regex's recursion (a
    // crash of the host on one dossier.validate); RE2 is linear and flat.
    // (The string is over the field's maxLength, which fails apart.)
    CHECK_FALSE(pattern_failed(with_accepted_path("/" + std::string(300000, 'a'))));
    CHECK(pattern_failed(with_accepted_path(std::string(300000, 'a'))));  // no leading "/"
    CHECK(beian::schema::dossier_validator().validate(with_accepted_path("/entity")).empty());
}

TEST_CASE("patterns keep JavaScript's meaning of '.' (no line terminators)", "[schema]") {
    CHECK(beian::schema::re2_syntax("^(/.*)?$") == R"(^(/[^\n\r\x{2028}\x{2029}]*)?$)");
    CHECK(beian::schema::re2_syntax(R"(^a\.b[.]$)") == R"(^a\.b[.]$)");  // escaped, in a class
    for (const std::string path : {"/a\rb", "/a\nb", "/a\u2028b"}) {
        INFO(path);
        CHECK(pattern_failed(with_accepted_path(path)));
    }
    CHECK_FALSE(pattern_failed(with_accepted_path("/a\tb")));
}

TEST_CASE(
    "propertyNames checks the names, not the object (valijson 1.0 reused its parent's schema)",
    "[schema]") {
    const SchemaValidator names(json::parse(R"({"type": "object", "propertyNames": {"minLength": 1},
        "additionalProperties": {"type": "array"}})"));
    CHECK(names.validate(json::parse(R"({"服务提供者": ["服务提供方"], "APP": []})")).empty());
    CHECK_FALSE(names.validate(json::parse(R"({"": []})")).empty());
    CHECK_FALSE(names.validate(json::parse(R"({"a": 1})")).empty());
}
