// The JSON Schemas themselves: examples pass, invalid examples fail, and the
// protocol schemas accept what the host sends and refuse what it must not.
#include <catch2/catch.hpp>
#include <filesystem>

#include "schema/schema_validator.hpp"
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
