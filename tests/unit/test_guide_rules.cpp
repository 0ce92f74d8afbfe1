// The rules from the filing guide's warnings (§8.2–§8.5) and the document
// rules: each passes on the sample and fails on a dossier made to break it.
#include <catch2/catch.hpp>
#include <functional>

#include "rules/placeholder_text.hpp"
#include "support/rule_check.hpp"

using beian::Finding;
using beian::Findings;
using nlohmann::json;

namespace {

using beian::test::check;
using beian::test::codes;

std::vector<Finding> with_code(const Findings& findings, const std::string& code) {
    std::vector<Finding> out;
    for (const auto& finding : findings)
        if (finding.code == code) out.push_back(finding);
    return out;
}

std::size_t writing(const json& d) {
    return static_cast<std::size_t>(beian::test::algorithm_with_role(d, "服务提供者"));
}

struct RuleCase {
    const char* name;
    std::function<void(json&)> mutate;
    const char* code;
    const char* path;
    beian::Severity severity;
};

}  // namespace

TEST_CASE("guide rules: the sample raises none of them", "[rules][guide]") {
    const auto findings = check(beian::test::sample_dossier());
    INFO(codes(findings));
    for (const char* code :
         {"GENERATIVE_ROLE_PROVIDER", "LARGE_MODEL_FILING", "TEMPLATE_TEXT", "DUPLICATE_PASSAGE",
          "FUNCTION_ALGORITHM_UNFILED", "DOCUMENT_FACT_MISMATCH", "DOCUMENT_NOT_SCANNED"})
        CHECK(with_code(findings, code).empty());
}

TEST_CASE("guide rules: each fails on a dossier that breaks it", "[rules][guide]") {
    using beian::Severity;
    const std::vector<RuleCase> cases = {
        {"§8.3 a generative algorithm on another's model filed as supporter",
         [](json& d) { d["algorithms"][writing(d)]["basic"]["role"] = "服务技术支持者"; },
         "GENERATIVE_ROLE_PROVIDER", "/algorithms/0/basic/role", Severity::Warning},
        {"§8.5 a generative algorithm on a model of its own",
         [](json& d) { d["algorithms"][writing(d)]["detail"]["model"].erase("thirdParty"); },
         "LARGE_MODEL_FILING", "/algorithms/0/detail/model/name", Severity::Warning},
        {"§8.4 a fill-in marker left in a narrative field",
         [](json& d) { d["algorithms"][1]["detail"]["risks"]["other"] = "【请填写】其他风险"; },
         "TEMPLATE_TEXT", "/algorithms/1/detail/risks/other", Severity::Error},
        {"§8.4 a draft's blank pasted into the dossier",
         [](json& d) { d["algorithms"][1]["detail"]["introduction"] = "【待填写：算法简介】"; },
         "TEMPLATE_TEXT", "/algorithms/1/detail/introduction", Severity::Error},
        {"§8.4 XX公司 in a narrative field",
         [](json& d) {
             d["products"][0]["accessPaths"][0]["functions"][0]["description"] =
                 "由XX公司提供的写作服务";
         },
         "TEMPLATE_TEXT", "/products/0/accessPaths/0/functions/0/description", Severity::Warning},
        {"§8.4 lorem ipsum",
         [](json& d) { d["algorithms"][0]["detail"]["scenarios"] = "Lorem Ipsum dolor sit amet"; },
         "TEMPLATE_TEXT", "/algorithms/0/detail/scenarios", Severity::Error},
        {"§8.4 the same long passage in two algorithms",
         [](json& d) {
             const auto text = d["algorithms"][0]["detail"]["risks"]["dataLeakage"];
             d["algorithms"][1]["detail"]["risks"]["maliciousUse"] =
                 "另外，" + text.get<std::string>();
         },
         "DUPLICATE_PASSAGE", "/algorithms/1/detail/risks/maliciousUse", Severity::Warning},
        {"§8.2 a function used by a filed and an unfiled algorithm",
         [](json& d) {
             d["links"].push_back({{"algorithm", "alg-writing"},
                                   {"product", "prod-app"},
                                   {"function", "fn-app-feed"}});
             d["algorithms"][1]["filing"] = {{"status", "submitted"},
                                             {"submittedOn", "2026-11-25"}};
         },
         "FUNCTION_ALGORITHM_UNFILED", "/products/0/accessPaths/1/functions/0", Severity::Warning},
        {"a document stating another 算法类型",
         [](json& d) {
             d["algorithms"][1]["basic"]["attachments"]["selfAssessmentReport"]["declared"]
              ["algorithmType"] = "排序精选";
         },
         "DOCUMENT_FACT_MISMATCH",
         "/algorithms/1/basic/attachments/selfAssessmentReport/declared/algorithmType",
         Severity::Error},
        {"an algorithm's document stating another entity name",
         [](json& d) {
             d["algorithms"][0]["basic"]["attachments"]["selfAssessmentReport"]["declared"]
              ["entityName"] = "杭州知行星澜科技有限公司（旧名）";
         },
         "DOCUMENT_FACT_MISMATCH",
         "/algorithms/0/basic/attachments/selfAssessmentReport/declared/entityName",
         Severity::Error},
        {"a Word draft where the stamped scan goes",
         [](json& d) {
             auto& letter = d["entity"]["attachments"]["commitmentLetter"];
             letter["path"] = "demo.documents/算法备案承诺书.docx";
             letter["mediaType"] =
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
         },
         "DOCUMENT_NOT_SCANNED", "/entity/attachments/commitmentLetter", Severity::Warning},
    };
    REQUIRE(beian::test::sample_dossier()["algorithms"][0]["id"] == "alg-writing");
    for (const auto& c : cases) {
        SECTION(c.name) {
            auto dossier = beian::test::sample_dossier();
            c.mutate(dossier);
            const auto findings = check(dossier);
            INFO(codes(findings));
            const auto found = with_code(findings, c.code);
            REQUIRE(found.size() == 1);
            CHECK(found[0].path == c.path);
            CHECK(found[0].severity == c.severity);
            CHECK_FALSE(found[0].zh.empty());
            CHECK_FALSE(found[0].en.empty());
        }
    }
}

TEST_CASE("guide rules: what they leave alone", "[rules][guide]") {
    SECTION("a supporter of a generative algorithm with a model of its own is not told to switch") {
        auto d = beian::test::sample_dossier();
        auto& a = d["algorithms"][writing(d)];
        a["basic"]["role"] = "服务技术支持者";
        a["detail"]["model"].erase("thirdParty");
        const auto findings = check(d);
        CHECK(with_code(findings, "GENERATIVE_ROLE_PROVIDER").empty());
        CHECK(with_code(findings, "LARGE_MODEL_FILING").size() == 1);
    }
    SECTION("a recommendation algorithm on its own model needs no large-model filing") {
        const auto d = beian::test::sample_dossier();
        REQUIRE(d["algorithms"][1]["basic"]["type"] == "个性化推送");
        CHECK(with_code(check(d), "LARGE_MODEL_FILING").empty());
    }
    SECTION("a function of two algorithms, both still drafts, is no finding (status lists it)") {
        auto d = beian::test::sample_dossier();
        d["links"].push_back(
            {{"algorithm", "alg-writing"}, {"product", "prod-app"}, {"function", "fn-app-feed"}});
        CHECK(with_code(check(d), "FUNCTION_ALGORITHM_UNFILED").empty());
    }
    SECTION("a short phrase shared by two algorithms is not a copied passage") {
        auto d = beian::test::sample_dossier();
        d["algorithms"][0]["detail"]["risks"]["other"] = "生成内容标注“内容由AI生成”。";
        d["algorithms"][1]["detail"]["risks"]["other"] = "推荐内容不含“内容由AI生成”。";
        CHECK(with_code(check(d), "DUPLICATE_PASSAGE").empty());
    }
    SECTION("the warning can be accepted once the large-model filing is done") {
        auto d = beian::test::sample_dossier();
        d["algorithms"][writing(d)]["detail"]["model"].erase("thirdParty");
        d["meta"]["acceptedFindings"] =
            json::array({{{"code", "LARGE_MODEL_FILING"},
                          {"path", "/algorithms/0/detail/model/name"},
                          {"note", "已完成大模型备案 Zhejiang-ZhiXing-20261101"}}});
        const auto found = with_code(check(d), "LARGE_MODEL_FILING");
        REQUIRE(found.size() == 1);
        CHECK(found[0].accepted);
    }
}

TEST_CASE("placeholder text: markers, crosses and words, and what is not one", "[rules][guide]") {
    using beian::find_placeholder;
    CHECK(find_placeholder("本公司XX部门负责")->shown == "XX部");
    CHECK(find_placeholder("××市××区")->shown == "××市");
    CHECK(find_placeholder("{{entity.name}}")->severity == beian::Severity::Error);
    CHECK(find_placeholder("TODO: 补充")->shown == "TODO");
    CHECK(find_placeholder("某某科技有限公司"));
    CHECK(beian::count_placeholders("【待填写：一】和【待填写：二】，还有XXX") == 3);
    for (const char* fine : {"提供写作示例的范文库", "Todoist 风格的清单", "尺寸 2x3", "XL 号",
                             "支持 docx 和 xlsx 文件", "内容由AI生成"}) {
        INFO(fine);
        CHECK_FALSE(find_placeholder(fine));
    }
}
