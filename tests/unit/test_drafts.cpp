// The four drafts built from the sample dossier: every fact of the form in
// its header table or body, exactly as the pages show it, the dossier's own
// narrative where it has one, a marked blank everywhere else, and the facts
// each draft states recorded for Attachment.declared.
#include <catch2/catch.hpp>

#include "documents/blank_marker.hpp"
#include "documents/docx_package.hpp"
#include "documents/templates.hpp"
#include "support/sample.hpp"

using namespace beian::documents;
using nlohmann::json;

namespace {

const beian::CivilDate kToday{2026, 11, 29};

using beian::test::shared_profile;

struct Built {
    std::string text;
    json declared;
    std::vector<std::string> missing;
};

Built build(const json& dossier, DocxDocument (*make)(DraftBuilder&),
            std::optional<std::size_t> algorithm = std::nullopt) {
    DraftBuilder builder(dossier, shared_profile(), algorithm, kToday);
    const auto document = make(builder);
    const auto text = docx_text(docx_bytes(document));
    REQUIRE(text);
    return {*text, builder.declared(), builder.missing()};
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("drafts: the commitment letter states the entity as the form does", "[documents]") {
    const auto sample = beian::test::sample_dossier();
    const auto built = build(sample, commitment_letter);
    for (const char* fact :
         {"杭州知行星澜科技有限公司", "企业", "91330110MA2KX7D43K", "陈知远", "林思澜"})
        CHECK(has(built.text, fact));
    CHECK(built.missing.empty());
    CHECK(built.declared == json{{"entityName", "杭州知行星澜科技有限公司"},
                                 {"entityType", "企业"},
                                 {"creditCode", "91330110MA2KX7D43K"},
                                 {"legalRepresentative", "陈知远"},
                                 {"securityOfficer", "林思澜"}});
    // ID numbers are never printed into a document.
    CHECK_FALSE(has(built.text, "330110198407123514"));
}

TEST_CASE("drafts: the self-assessment report holds the algorithm's facts and texts",
          "[documents]") {
    const auto sample = beian::test::sample_dossier();
    const auto writing =
        static_cast<std::size_t>(beian::test::algorithm_with_role(sample, "服务提供者"));
    const auto built = build(sample, self_assessment_report, writing);
    const auto& algorithm = sample["algorithms"][writing];
    for (const std::string& fact :
         {algorithm["basic"]["name"].get<std::string>(), std::string("91330110MA2KX7D43K"),
          std::string("生成合成（深度合成）"), std::string("服务提供者"),
          std::string("信息资讯类 / 用户内容生成(UGC)"), std::string("2026-11-18"),
          std::string("☑已上线"), std::string("1200000"), std::string("13857124096"),
          std::string("生成合成类-服务提供者"), std::string("知行写作（APP）"),
          std::string("打开“知行写作”APP-首页-AI写作"), std::string("AI智能成文"),
          std::string("续写与扩写"), std::string("杭州云衡智能科技有限公司"),
          std::string("网信算备330110582041701240013号"),
          algorithm["detail"]["scenarios"].get<std::string>(),
          algorithm["detail"]["risks"]["abuse"].get<std::string>(),
          algorithm["detail"]["strategy"]["intervention"].get<std::string>()}) {
        INFO(fact);
        CHECK(has(built.text, fact));
    }
    // The other algorithm's product function is not this one's.
    CHECK_FALSE(has(built.text, "范文推荐"));
    CHECK(built.missing.empty());
    CHECK(built.declared["algorithmName"] == algorithm["basic"]["name"]);
    CHECK(built.declared["applicationDomains"] == "信息资讯类 / 用户内容生成(UGC)");
    CHECK(built.declared["monthlyActiveUsers"] == "1200000");
    CHECK(built.declared["launchDate"] == "2026-11-18");
    CHECK(built.declared["role"] == "服务提供者");
    CHECK(count_blanks(built.text) > 10);  // the analysis is the filer's to write
}

TEST_CASE("drafts: a later launch date is 未上线, an over-long 算法简介 asks to be cut",
          "[documents]") {
    auto sample = beian::test::sample_dossier();
    sample["algorithms"][1]["basic"]["launchDate"] = "2027-03-01";
    const auto feed = build(sample, self_assessment_report, 1);
    CHECK(has(feed.text, "☑未上线　拟上线时间：2027-03-01"));
    CHECK_FALSE(has(feed.text, "本栏据模板为 150 字以内"));  // 138 characters
    const auto writing = build(sample, self_assessment_report, 0);
    CHECK(has(writing.text, "☑已上线　☐未上线　上线时间：2026-11-18"));
    CHECK(has(writing.text, "档案中的算法简介共 173 字，本栏据模板为 150 字以内"));
}

TEST_CASE("drafts: a fact the dossier lacks is a blank naming it, and is not recorded",
          "[documents]") {
    auto sample = beian::test::sample_dossier();
    sample["entity"]["basic"].erase("entityType");
    sample["algorithms"][0]["detail"]["scenarios"] = "";
    const auto letter = build(sample, commitment_letter);
    CHECK(has(letter.text, "【待填写：主体类型（档案中尚未填写"));
    CHECK(letter.missing == std::vector<std::string>{"主体类型"});
    CHECK_FALSE(letter.declared.contains("entityType"));
    const auto disclosure = build(sample, public_disclosure, 0);
    CHECK(has(disclosure.text, "【待填写：说明算法在哪些产品、功能和场景中使用"));
    CHECK(disclosure.missing.empty());  // a narrative is not a missing fact
}

TEST_CASE("drafts: 拟公示内容 names the algorithm exactly, 落实主体责任 is the filer's to write",
          "[documents]") {
    const auto sample = beian::test::sample_dossier();
    const auto disclosure = build(sample, public_disclosure, 1);
    CHECK(has(disclosure.text, sample["algorithms"][1]["basic"]["name"].get<std::string>()));
    CHECK(disclosure.declared == json{{"algorithmName", sample["algorithms"][1]["basic"]["name"]}});
    const auto report = build(sample, responsibility_report);
    for (const char* heading :
         {"一、算法安全专职机构", "（五）技术保障措施", "二、算法安全管理制度建设",
          "（二）算法安全监测制度", "（五）其他制度"})
        CHECK(has(report.text, heading));
    CHECK(count_blanks(report.text) == 10);
}
