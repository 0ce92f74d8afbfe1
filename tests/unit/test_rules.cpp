// Every rule of the table with a passing case (the sample dossier) and a
// failing case (one mutation of it).
#include <catch2/catch.hpp>
#include <functional>
#include <set>

#include "rules/rule_context.hpp"
#include "support/rule_check.hpp"

using beian::Finding;
using beian::Findings;
using nlohmann::json;

namespace {

using beian::test::check;
using beian::test::codes;

const Finding* find(const Findings& findings, const std::string& code,
                    const std::string& path = "") {
    for (const auto& finding : findings)
        if (finding.code == code && (path.empty() || finding.path == path)) return &finding;
    return nullptr;
}

struct MutationCase {
    const char* rule;
    std::function<void(json&)> mutate;
    const char* code;
    const char* path;  // "" = any
};

int provider(const json& d) { return beian::test::algorithm_with_role(d, "服务提供者"); }
std::string alg(const json& d) { return "/algorithms/" + std::to_string(provider(d)); }

}  // namespace

TEST_CASE("the sample dossier has no errors", "[rules]") {
    const auto findings = check(beian::test::sample_dossier());
    INFO(codes(findings));
    CHECK(beian::count(findings).errors == 0);
}

TEST_CASE("the rule table has an entry per rule with a unique id", "[rules]") {
    std::set<std::string_view> ids;
    for (const auto& rule : beian::rule_table()) {
        CHECK(ids.insert(rule.id).second);
        CHECK_FALSE(rule.summary.empty());
    }
    CHECK(ids.size() >= 14);
}

TEST_CASE("each rule fails on its mutation", "[rules]") {
    const std::vector<MutationCase> cases = {
        {"schema", [](json& d) { d["algorithms"] = "x"; }, "SCHEMA_VIOLATION", "/algorithms"},
        {"required", [](json& d) { d["entity"]["basic"]["name"] = " "; }, "REQUIRED_MISSING",
         "/entity/basic/name"},
        {"length", [](json& d) { d["entity"]["basic"]["creditCode"] = "91330110MA2AXXXXX00"; },
         "LENGTH_OVER_LIMIT", "/entity/basic/creditCode"},
        {"format: credit code",
         [](json& d) {
             auto code = d["entity"]["basic"]["creditCode"].get<std::string>();
             code[17] = code[17] == '0' ? '1' : '0';
             d["entity"]["basic"]["creditCode"] = code;
         },
         "USCC_CHECKSUM", "/entity/basic/creditCode"},
        {"format: mobile", [](json& d) { d["entity"]["securityOfficer"]["mobile"] = "12345"; },
         "MOBILE_FORMAT", "/entity/securityOfficer/mobile"},
        {"algorithm-name",
         [](json& d) {
             d["algorithms"][0]["basic"]["attachments"]["selfAssessmentReport"]["declared"]
              ["algorithmName"] = "另一个名字";
         },
         "ALGORITHM_NAME_MISMATCH",
         "/algorithms/0/basic/attachments/selfAssessmentReport/declared/algorithmName"},
        {"algorithm-name duplicate",
         [](json& d) { d["algorithms"][1]["basic"]["name"] = d["algorithms"][0]["basic"]["name"]; },
         "ALGORITHM_NAME_DUPLICATE", "/algorithms/1/basic/name"},
        {"entity-documents",
         [](json& d) {
             d["entity"]["attachments"]["commitmentLetter"]["declared"]["entityName"] = "别的公司";
         },
         "ENTITY_NAME_MISMATCH", "/entity/attachments/commitmentLetter/declared/entityName"},
        {"monthly-active-users", [](json& d) { d["entity"]["basic"]["monthlyActiveUsers"] = "1"; },
         "MAU_MISMATCH", ""},
        {"unique-ids", [](json& d) { d["products"][1]["id"] = d["products"][0]["id"]; },
         "DUPLICATE_ID", "/products/1/id"},
        {"provider-linked", [](json& d) { d["links"] = json::array(); }, "PROVIDER_NOT_LINKED", ""},
        {"provider-linked: a type without 角色 serves its own products",
         [](json& d) {
             const int other = provider(d) == 0 ? 1 : 0;
             d["algorithms"][other]["basic"].erase("role");
             d["algorithms"][other]["basic"]["type"] = "个性化推送";
             const auto id = d["algorithms"][other]["id"];
             json kept = json::array();
             for (const auto& link : d["links"])
                 if (link["algorithm"] != id) kept.push_back(link);
             d["links"] = kept;
         },
         "PROVIDER_NOT_LINKED", ""},
        {"registry-numbers: filing number format",
         [](json& d) { d["algorithms"][0]["filing"]["number"] = "网信算备ABC号"; },
         "CAC_FILING_FORMAT", "/algorithms/0/filing/number"},
        {"registry-numbers: type digits",
         [](json& d) {
             d["algorithms"][provider(d)]["filing"]["number"] = "网信算备330110123456702260011号";
         },
         "CAC_FILING_TYPE_MISMATCH", ""},
        {"registry-numbers: ICP 前置许可",
         [](json& d) { d["products"][0]["preLicenses"][0]["number"] = "ICP备123号"; }, "ICP_FORMAT",
         "/products/0/preLicenses/0/number"},
        {"supporter-service",
         [](json& d) {
             auto& a = d["algorithms"][provider(d)];
             a["basic"]["role"] = "服务技术支持者";
             a.erase("technicalService");
         },
         "SUPPORTER_NO_TECHNICAL_SERVICE", ""},
        {"supporter with links",
         [](json& d) { d["algorithms"][provider(d)]["basic"]["role"] = "服务技术支持者"; },
         "SUPPORTER_HAS_LINKS", ""},
        {"link-targets", [](json& d) { d["links"][0]["algorithm"] = "alg-none"; },
         "LINK_UNKNOWN_ALGORITHM", "/links/0/algorithm"},
        {"link-targets function", [](json& d) { d["links"][0]["function"] = "fn-none"; },
         "LINK_UNKNOWN_FUNCTION", "/links/0/function"},
        {"function-linked",
         [](json& d) {
             d["products"][0]["accessPaths"][0]["functions"].push_back(
                 {{"id", "fn-unlinked"},
                  {"name", "新功能"},
                  {"description", "尚未关联算法的功能"}});
         },
         "FUNCTION_NOT_LINKED", ""},
        {"output-modality: format without modality",
         [](json& d) {
             auto& data = d["algorithms"][provider(d)]["detail"]["data"];
             data["outputModalities"] = json::array({"文本"});
             data["outputFormats"] = json::array({"txt", "mp4"});
         },
         "FORMAT_WITHOUT_MODALITY", ""},
        {"output-modality: modality without format",
         [](json& d) {
             auto& data = d["algorithms"][provider(d)]["detail"]["data"];
             data["outputModalities"] = json::array({"文本", "视频"});
             data["outputFormats"] = json::array({"txt"});
         },
         "MODALITY_WITHOUT_FORMAT", ""},
        {"dates: validity reversed",
         [](json& d) {
             d["entity"]["certificate"]["validity"] = {
                 {"from", "2020-01-01"}, {"to", "2019-01-01"}, {"longTerm", false}};
         },
         "DATES_OUT_OF_ORDER", "/entity/certificate/validity/to"},
        {"dates: expired",
         [](json& d) {
             d["entity"]["certificate"]["validity"] = {
                 {"from", "2015-01-01"}, {"to", "2025-01-01"}, {"longTerm", false}};
         },
         "CERTIFICATE_EXPIRED", ""},
        {"dates: approval before submission",
         [](json& d) {
             d["algorithms"][0]["filing"]["submittedOn"] = "2026-05-01";
             d["algorithms"][0]["filing"]["approvedOn"] = "2026-04-01";
         },
         "DATES_OUT_OF_ORDER", "/algorithms/0/filing/approvedOn"},
    };
    for (const auto& c : cases) {
        SECTION(c.rule) {
            auto dossier = beian::test::sample_dossier();
            c.mutate(dossier);
            const auto findings = check(dossier);
            INFO(codes(findings));
            const auto* finding = find(findings, c.code, c.path);
            REQUIRE(finding != nullptr);
            CHECK_FALSE(finding->zh.empty());
            CHECK_FALSE(finding->en.empty());
        }
    }
    (void)alg;
}

TEST_CASE("findings carry the portal page and label of their field", "[rules]") {
    auto dossier = beian::test::sample_dossier();
    dossier["entity"]["basic"]["name"] = "";
    // Kept in a variable: find() points into the vector, which must outlive it.
    const auto findings = check(dossier);
    const auto* finding = find(findings, "REQUIRED_MISSING", "/entity/basic/name");
    REQUIRE(finding);
    CHECK(finding->page == "entity");
    CHECK(finding->label == "主体名称");
}

TEST_CASE("a pilot-era credit code is an error until explicitly accepted", "[rules]") {
    auto dossier = beian::test::sample_dossier();
    dossier["entity"]["basic"]["creditCode"] = "91350100M0001TGQXM";  // rules.md §1.6
    for (auto& attachment : dossier["entity"]["attachments"].items())
        if (attachment.value().contains("declared"))
            attachment.value()["declared"].erase("creditCode");
    const auto before = check(dossier);
    const auto* finding = find(before, "USCC_CHECKSUM", "/entity/basic/creditCode");
    REQUIRE(finding);
    CHECK_FALSE(finding->accepted);
    dossier["meta"]["acceptedFindings"] = json::array({{{"code", "USCC_CHECKSUM"},
                                                        {"path", "/entity/basic/creditCode"},
                                                        {"note", "我确认该代码与营业执照一致"}}});
    const auto after = check(dossier);
    const auto* accepted = find(after, "USCC_CHECKSUM", "/entity/basic/creditCode");
    REQUIRE(accepted);
    CHECK(accepted->accepted);
    CHECK(beian::count(after).errors + 1 == beian::count(before).errors);
}

TEST_CASE("messages never contain the checked value", "[rules]") {
    auto dossier = beian::test::sample_dossier();
    const std::string id_number = "330106199001011235";  // wrong check digit on purpose
    dossier["entity"]["legalRepresentative"]["idNumber"] = id_number;
    dossier["entity"]["securityOfficer"]["mobile"] = "1999999";
    for (const auto& finding : check(dossier)) {
        CHECK(finding.zh.find(id_number) == std::string::npos);
        CHECK(finding.en.find(id_number) == std::string::npos);
        CHECK(finding.zh.find("1999999") == std::string::npos);
    }
}
