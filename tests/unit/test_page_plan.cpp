#include <catch2/catch.hpp>

#include "plan/page_plan.hpp"
#include "rules/check_dossier.hpp"
#include "support/sample.hpp"

using nlohmann::json;

namespace {

json plan_of(const json& dossier, const std::string& page, beian::portal::Target target = {}) {
    static const auto profile = beian::test::builtin_profile();
    const auto findings = beian::check_dossier(dossier, profile, {2026, 11, 29});
    auto result = beian::make_page_plan(dossier, profile, findings, {page, std::move(target)});
    REQUIRE_FALSE(result.error.has_value());
    return result.plan;
}

const json* field_at(const json& plan, const std::string& path) {
    for (const auto& field : plan["fields"])
        if (field["path"] == path) return &field;
    return nullptr;
}

}  // namespace

TEST_CASE("the entity plan holds each field's label, value, length and limit", "[plan]") {
    const auto sample = beian::test::sample_dossier();
    const auto plan = plan_of(sample, "entity");
    CHECK(plan["object"] == "/entity");
    const auto* code = field_at(plan, "/entity/basic/creditCode");
    REQUIRE(code);
    CHECK((*code)["label"] == "统一社会信用代码");
    CHECK((*code)["value"] == sample["entity"]["basic"]["creditCode"]);
    CHECK((*code)["length"]["utf16"] == 18);
    CHECK((*code)["limit"] == 18);
    const auto* id_number = field_at(plan, "/entity/legalRepresentative/idNumber");
    REQUIRE(id_number);
    CHECK((*id_number)["sensitive"] == true);
    for (const auto& field : plan["fields"])
        CHECK(field["path"].get<std::string>().rfind("/entity", 0) == 0);  // no more than the page
}

TEST_CASE("an algorithm page is planned for the algorithm the target names", "[plan]") {
    const auto sample = beian::test::sample_dossier();
    const auto second = sample["algorithms"][1]["id"].get<std::string>();
    const auto plan = plan_of(sample, "algorithm-basic", {{"algorithm", second}});
    CHECK(plan["object"] == "/algorithms/1");
    CHECK(plan["target"]["algorithm"] == second);
    const auto* name = field_at(plan, "/algorithms/1/basic/name");
    REQUIRE(name);
    CHECK((*name)["value"] == sample["algorithms"][1]["basic"]["name"]);
}

TEST_CASE("findings appear on the field they concern, not on other pages", "[plan]") {
    auto dossier = beian::test::sample_dossier();
    dossier["entity"]["securityOfficer"]["mobile"] = "12345";
    const auto entity = plan_of(dossier, "entity");
    const auto* mobile = field_at(entity, "/entity/securityOfficer/mobile");
    REQUIRE(mobile);
    REQUIRE_FALSE((*mobile)["findings"].empty());
    CHECK((*mobile)["findings"][0]["code"] == "MOBILE_FORMAT");
    const auto algorithm =
        plan_of(dossier, "algorithm-basic",
                {{"algorithm", dossier["algorithms"][0]["id"].get<std::string>()}});
    for (const auto& field : algorithm["fields"]) CHECK(field["findings"].empty());
}

TEST_CASE("unknown pages and targets are errors, not empty plans", "[plan]") {
    const auto profile = beian::test::builtin_profile();
    const auto sample = beian::test::sample_dossier();
    CHECK(beian::make_page_plan(sample, profile, {}, {"nowhere", {}}).error ==
          beian::PlanError::UnknownPage);
    CHECK(
        beian::make_page_plan(sample, profile, {}, {"algorithm-basic", {{"algorithm", "alg-none"}}})
            .error == beian::PlanError::UnknownTarget);
}
