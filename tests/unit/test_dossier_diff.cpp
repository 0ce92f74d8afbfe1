// The diff table: each kind of change to the sample dossier maps to the right
// portal page, object, filings and documents to reissue; reordering lists is
// no change.
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <set>

#include "filing/change_impact.hpp"
#include "filing/dossier_diff.hpp"
#include "support/sample.hpp"

using beian::filing::ChangeEntries;
using beian::filing::ChangeKind;
using beian::portal::Target;
using nlohmann::json;

namespace {

struct Expected {
    std::string page;
    Target target;
    std::string field;  // "" = the page object or other content
    ChangeKind kind;
};

struct Case {
    const char* name;
    std::function<void(json&)> change;
    std::vector<Expected> entries;
    std::set<std::string> filings;  // "entity" or algorithm ids
    std::set<std::string> reissue;  // attachment pointers
};

constexpr auto Added = ChangeKind::Added;
constexpr auto Removed = ChangeKind::Removed;
constexpr auto Changed = ChangeKind::Changed;

const Target kWriting{{"algorithm", "alg-writing"}};
const Target kFeed{{"algorithm", "alg-feed"}};
const std::string kWritingDocs = "/algorithms/0/basic/attachments/";
const std::string kFeedDocs = "/algorithms/1/basic/attachments/";

json& algorithm(json& d, const std::string& id) {
    for (auto& a : d["algorithms"])
        if (a["id"] == id) return a;
    throw std::logic_error("no algorithm " + id);
}

const std::vector<Case>& cases() {
    static const std::vector<Case> table = {
        {"算法名称 → 拟公示内容 + 自评估报告",
         [](json& d) { algorithm(d, "alg-writing")["basic"]["name"] = "知行写作助手生成算法"; },
         {{"algorithm-basic", kWriting, "algorithm.basic.name", Changed}},
         {"alg-writing"},
         {kWritingDocs + "selfAssessmentReport", kWritingDocs + "publicDisclosure"}},
        {"主体名称 → 承诺书, 落实主体责任 and every document declaring it",
         [](json& d) { d["entity"]["basic"]["name"] = "杭州知行科技有限公司"; },
         {{"entity", {}, "entity.basic.name", Changed}},
         {"entity", "alg-writing", "alg-feed"},
         {"/entity/attachments/commitmentLetter", "/entity/attachments/responsibilityReport",
          "/entity/attachments/others/0", kWritingDocs + "selfAssessmentReport",
          kWritingDocs + "publicDisclosure", kFeedDocs + "selfAssessmentReport",
          kFeedDocs + "publicDisclosure"}},
        {"统一社会信用代码 → 承诺书, 落实主体责任, documents declaring it",
         [](json& d) { d["entity"]["basic"]["creditCode"] = "91330110MA2KX7D51X"; },
         {{"entity", {}, "entity.basic.creditCode", Changed}},
         {"entity", "alg-writing", "alg-feed"},
         {"/entity/attachments/commitmentLetter", "/entity/attachments/responsibilityReport",
          "/entity/attachments/others/0", kWritingDocs + "selfAssessmentReport",
          kFeedDocs + "selfAssessmentReport"}},
        {"算法安全责任人 changes → 落实主体责任",
         [](json& d) { d["entity"]["securityOfficer"]["name"] = "王安"; },
         {{"entity", {}, "entity.securityOfficer.name", Changed}},
         {"entity"},
         {"/entity/attachments/responsibilityReport"}},
        {"the model is replaced → 自评估报告",
         [](json& d) { algorithm(d, "alg-writing")["detail"]["model"]["name"] = "另一大模型"; },
         {{"algorithm-detail", kWriting, "algorithm.detail.model.name", Changed}},
         {"alg-writing"},
         {kWritingDocs + "selfAssessmentReport"}},
        {"a new output format → 自评估报告",
         [](json& d) {
             algorithm(d, "alg-writing")["detail"]["data"]["outputFormats"] = {"txt", "pdf"};
         },
         {{"algorithm-detail", kWriting, "algorithm.detail.data.outputFormats", Changed}},
         {"alg-writing"},
         {kWritingDocs + "selfAssessmentReport"}},
        {"月活跃用户量 → the documents declaring it",
         [](json& d) { d["entity"]["basic"]["monthlyActiveUsers"] = "1500000"; },
         {{"entity", {}, "entity.basic.monthlyActiveUsers", Changed}},
         {"entity", "alg-writing", "alg-feed"},
         {kWritingDocs + "selfAssessmentReport", kWritingDocs + "publicDisclosure",
          kFeedDocs + "selfAssessmentReport", kFeedDocs + "publicDisclosure"}},
        {"a product's name belongs to the filings of every algorithm linked to it",
         [](json& d) { d["products"][0]["name"] = "知行写作Pro"; },
         {{"product", {{"product", "prod-app"}}, "product.name", Changed}},
         {"alg-writing", "alg-feed"},
         {}},
        {"a function's description belongs to the algorithms linked to that function",
         [](json& d) {
             d["products"][0]["accessPaths"][1]["functions"][0]["description"] = "新的介绍";
         },
         {{"function",
           {{"product", "prod-app"},
            {"accessPath", "ap-app-discover"},
            {"function", "fn-app-feed"}},
           "function.description",
           Changed}},
         {"alg-feed"},
         {}},
        {"an access path belongs to the algorithms linked to its functions",
         [](json& d) { d["products"][1]["accessPaths"][0]["path"] = "登录网页版-编辑器"; },
         {{"access-path",
           {{"product", "prod-web"}, {"accessPath", "ap-web-editor"}},
           "accessPath.path",
           Changed}},
         {"alg-writing"},
         {}},
        {"a new function is an added page object, in no filing until linked",
         [](json& d) {
             d["products"][0]["accessPaths"][0]["functions"].push_back(
                 {{"id", "fn-app-outline"}, {"name", "提纲生成"}, {"description", "生成提纲"}});
         },
         {{"function",
           {{"product", "prod-app"}, {"accessPath", "ap-app-home"}, {"function", "fn-app-outline"}},
           "",
           Added}},
         {},
         {}},
        {"a new link is one element of 关联产品功能, for its algorithm",
         [](json& d) {
             d["links"].push_back({{"algorithm", "alg-feed"},
                                   {"product", "prod-app"},
                                   {"function", "fn-app-draft"}});
         },
         {{"algorithm-link",
           {{"algorithm", "alg-feed"}, {"product", "prod-app"}, {"function", "fn-app-draft"}},
           "links",
           Added}},
         {"alg-feed"},
         {}},
        {"an algorithm removed: one entry for its pages, its links removed",
         [](json& d) {
             d["algorithms"].erase(1);
             json kept = json::array();
             for (const auto& link : d["links"])
                 if (link["algorithm"] != "alg-feed") kept.push_back(link);
             d["links"] = kept;
         },
         {{"algorithm-basic", kFeed, "", Removed},
          {"algorithm-link",
           {{"algorithm", "alg-feed"}, {"product", "prod-app"}, {"function", "fn-app-feed"}},
           "links",
           Removed},
          {"algorithm-link",
           {{"algorithm", "alg-feed"}, {"product", "prod-web"}, {"function", "fn-web-feed"}},
           "links",
           Removed}},
         {"alg-feed"},
         {}},
        {"a replaced attachment is a change of its upload field",
         [](json& d) {
             d["entity"]["attachments"]["commitmentLetter"]["sha256"] = std::string(64, 'a');
         },
         {{"entity", {}, "entity.attachments.commitmentLetter", Changed}},
         {"entity"},
         {}},
        {"a changed 前置许可 number: the old element removed, the new one added",
         [](json& d) { d["products"][1]["preLicenses"][0]["number"] = "浙ICP备2023018472号-3"; },
         {{"product", {{"product", "prod-web"}}, "product.preLicenses", Removed},
          {"product", {{"product", "prod-web"}}, "product.preLicenses", Added}},
         {"alg-writing", "alg-feed"},
         {}},
        {"注册地 is a path: its order matters",
         [](json& d) {
             auto& region = d["entity"]["basic"]["registeredRegion"];
             std::swap(region[0], region[2]);
         },
         {{"entity", {}, "entity.basic.registeredRegion", Changed}},
         {"entity"},
         {}},
        {"bookkeeping (meta, filing records) is no change",
         [](json& d) {
             d["meta"]["revision"] = 99;
             d["meta"]["acceptedFindings"].push_back({{"code", "X"}, {"path", "/entity"}});
             algorithm(d, "alg-writing")["filing"] = {{"status", "submitted"}};
         },
         {},
         {},
         {}},
        {"a field the portal hides (技术服务方式 of a 服务提供者) is no change",
         [](json& d) { algorithm(d, "alg-writing")["technicalService"]["method"] = "API"; },
         {},
         {},
         {}},
        {"content no profile field describes is still reported",
         [](json& d) { algorithm(d, "alg-writing")["basic"]["unlisted"] = "x"; },
         {{"algorithm-basic", kWriting, "", Changed}},
         {"alg-writing"},
         {}},
    };
    return table;
}

bool same(const beian::filing::ChangeEntry& entry, const Expected& expected) {
    return entry.page == expected.page && entry.target == expected.target &&
           entry.field == expected.field && entry.kind == expected.kind;
}

std::string describe(const ChangeEntries& entries) {
    std::string text;
    for (const auto& e : entries)
        text += e.page + " " + json(e.target).dump() + " " + e.field + " " +
                std::string(to_string(e.kind)) + "; ";
    return text;
}

}  // namespace

TEST_CASE("each kind of change maps to its page, object, filings and documents", "[diff]") {
    const auto profile = beian::test::builtin_profile();
    const auto before = beian::test::sample_dossier();
    for (const auto& c : cases()) {
        SECTION(c.name) {
            auto after = before;
            c.change(after);
            const auto entries = beian::filing::diff_dossiers(before, after, profile);
            INFO(describe(entries));
            REQUIRE(entries.size() == c.entries.size());
            for (const auto& expected : c.entries)
                CHECK(std::any_of(entries.begin(), entries.end(),
                                  [&](const auto& e) { return same(e, expected); }));
            const auto impact = beian::filing::assess(entries, before, after, profile);
            std::set<std::string> filings, reissue;
            for (const auto& filing : impact.filings)
                filings.insert(filing.scope.is_entity() ? "entity" : filing.scope.algorithm);
            for (const auto& document : impact.reissue) reissue.insert(document.path);
            CHECK(filings == c.filings);
            CHECK(reissue == c.reissue);
        }
    }
}

TEST_CASE("reordering lists is no change, one change among reordered lists is one entry",
          "[diff]") {
    const auto profile = beian::test::builtin_profile();
    const auto before = beian::test::sample_dossier();
    auto after = before;
    const auto reverse = [](json& list) { std::reverse(list.begin(), list.end()); };
    reverse(after["algorithms"]);
    reverse(after["products"]);
    reverse(after["links"]);
    reverse(after["entity"]["attachments"]["others"]);
    for (auto& product : after["products"]) {
        reverse(product["accessPaths"]);
        reverse(product["serviceForms"]);
        for (auto& path : product["accessPaths"]) reverse(path["functions"]);
    }
    for (auto& a : after["algorithms"]) {
        reverse(a["detail"]["data"]["outputFormats"]);
        reverse(a["detail"]["data"]["languages"]);
        reverse(a["detail"]["strategy"]["resultLabeling"]);
        a["basic"]["applicationDomains"].push_back({"工具类", "文本处理"});
        reverse(a["basic"]["applicationDomains"]);
        a["basic"]["applicationDomains"].erase(0);  // back to the original set
    }
    CHECK(beian::filing::diff_dossiers(before, after, profile).empty());
    CHECK(beian::filing::diff_dossiers(after, before, profile).empty());

    algorithm(after, "alg-feed")["detail"]["data"]["languages"].push_back("英文");
    const auto entries = beian::filing::diff_dossiers(before, after, profile);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].field == "algorithm.detail.data.languages");
    CHECK(entries[0].target == kFeed);
    CHECK(entries[0].path == "/algorithms/0/detail/data/languages");  // where it is now
}

TEST_CASE("sensitive values never appear in a diff entry", "[diff]") {
    const auto profile = beian::test::builtin_profile();
    const auto before = beian::test::sample_dossier();
    auto after = before;
    after["entity"]["securityOfficer"]["idNumber"] = "330106199003254639";
    after["entity"]["securityOfficer"]["mobile"] = "13857124097";
    const auto entries = beian::filing::diff_dossiers(before, after, profile);
    REQUIRE(entries.size() == 2);
    for (const auto& entry : entries) {
        CHECK(entry.sensitive);
        const auto text = to_json(entry).dump();
        CHECK(text.find("3301061990") == std::string::npos);
        CHECK(text.find("1385712409") == std::string::npos);
    }
}

TEST_CASE("a document already replaced is reported as such", "[diff]") {
    const auto profile = beian::test::builtin_profile();
    const auto before = beian::test::sample_dossier();
    auto after = before;
    auto& writing = algorithm(after, "alg-writing");
    writing["basic"]["name"] = "知行写作助手生成算法";
    writing["basic"]["attachments"]["publicDisclosure"]["sha256"] = std::string(64, 'b');
    const auto entries = beian::filing::diff_dossiers(before, after, profile);
    CHECK(entries.size() == 2);
    const auto impact = beian::filing::assess(entries, before, after, profile);
    REQUIRE(impact.reissue.size() == 2);
    for (const auto& document : impact.reissue) {
        CHECK(document.because == std::vector<std::string>{"算法名称"});
        CHECK(document.replaced ==
              (document.field == "algorithm.basic.attachments.publicDisclosure"));
    }
}

TEST_CASE("same_value compares lists as sets unless ordered", "[diff]") {
    using beian::filing::same_value;
    CHECK(same_value(json{"a", "b"}, json{"b", "a"}));
    CHECK_FALSE(same_value(json{"a", "b"}, json{"b", "a"}, true));
    CHECK_FALSE(same_value(json{"a", "a"}, json{"a"}));
    CHECK(same_value(json{{{"id", "x"}, {"v", 1}}, {{"id", "y"}}},
                     json{{{"id", "y"}}, {{"id", "x"}, {"v", 1}}}));
    CHECK(same_value(json{{"k", json{"a", "b"}}}, json{{"k", json{"b", "a"}}}));
}
