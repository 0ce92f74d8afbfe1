// Every request type the host serves is documented: in PROTOCOL.md, in the
// request schema (type enum and params definition) and in the reply schema
// (definitions/<type>_result), so the panel can rely on all three.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "protocol/dispatcher.hpp"
#include "schema/schema_validator.hpp"
#include "support/sample.hpp"

using nlohmann::json;

TEST_CASE("every request type is in PROTOCOL.md and both protocol schemas", "[schema][protocol]") {
    const auto request = beian::test::read_json("schemas/protocol/request.schema.json");
    const auto reply = beian::test::read_json("schemas/protocol/reply.schema.json");
    std::ifstream file(std::string(BEIAN_SOURCE_DIR) + "/PROTOCOL.md");
    std::stringstream protocol;
    protocol << file.rdbuf();
    const auto& types = request["properties"]["type"]["enum"];
    for (const auto& entry : beian::protocol::handler_table()) {
        std::string name(entry.type);
        INFO(name);
        CHECK(std::find(types.begin(), types.end(), name) != types.end());
        CHECK(protocol.str().find("`" + name + "`") != std::string::npos);
        std::replace(name.begin(), name.end(), '.', '_');
        CHECK(request["definitions"].contains(name));
        CHECK(reply["definitions"].contains(name + "_result"));
    }
}

TEST_CASE("the request schema takes the history and filing requests", "[schema][protocol]") {
    const auto& requests = beian::schema::request_validator();
    const auto ok = [&](const std::string& type, const json& params) {
        INFO(type << " " << params.dump());
        CHECK(
            requests.validate({{"v", 1}, {"id", "1"}, {"type", type}, {"params", params}}).empty());
    };
    const auto refused = [&](const std::string& type, const json& params) {
        INFO(type << " " << params.dump());
        CHECK_FALSE(
            requests.validate({{"v", 1}, {"id", "1"}, {"type", type}, {"params", params}}).empty());
    };
    ok("history.list", {{"id", "demo"}, {"limit", 10}, {"before", 5}});
    ok("history.get", {{"id", "demo"}, {"revision", 3}});
    ok("history.restore", {{"id", "demo"}, {"revision", 3}, {"baseRevision", 7}});
    ok("dossier.diff", {{"id", "demo"}, {"from", 1}, {"to", 2}});
    ok("filing.changes", {{"id", "demo"}});
    ok("filing.mark", {{"id", "demo"},
                       {"algorithm", "alg-a"},
                       {"status", "returned"},
                       {"date", "2026-11-20"},
                       {"comments", {{{"path", "/algorithms/0/basic/name"}, {"text", "改"}}}}});
    ok("filing.status", json::object());
    ok("filing.reply", {{"id", "demo"}, {"algorithm", "alg-a"}});
    ok("dossier.export", {{"id", "demo"}, {"history", "all"}});
    ok("dossier.import", {{"bundle", json::object()}, {"id", "copy"}});
    refused("history.get", {{"id", "demo"}, {"revision", 0}});
    refused("filing.mark", {{"id", "demo"}, {"status", "lost"}});
    refused("filing.mark", {{"id", "demo"},
                            {"status", "returned"},
                            {"comments", {{{"path", "no pointer"}, {"text", "x"}}}}});
    refused("dossier.export", {{"id", "demo"}, {"history", "some"}});
    refused("dossier.import", {{"id", "copy"}});
}

TEST_CASE("the sample's filing record passes the dossier schema, a bad one does not", "[schema]") {
    auto sample = beian::test::sample_dossier();
    REQUIRE(sample["meta"]["baselines"].size() == 2);
    CHECK(beian::schema::dossier_validator().validate(sample).empty());
    sample["meta"]["baselines"][0]["scope"] = "algorithm";  // without its algorithm
    CHECK_FALSE(beian::schema::dossier_validator().validate(sample).empty());
    sample["meta"]["baselines"][0] = {{"scope", "entity"},
                                      {"algorithm", "alg-a"},
                                      {"revision", 1},
                                      {"status", "approved"},
                                      {"date", "2026-11-20"}};
    CHECK_FALSE(beian::schema::dossier_validator().validate(sample).empty());
}
