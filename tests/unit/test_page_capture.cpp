// Capture: page values back into the dossier. A table of page values per
// control kind and what the dossier gets; then whole pages: an untouched page
// is no change, a reordered list is no change, each hand edit is exactly one
// change, and applying the accepted ones writes only those.
#include <algorithm>
#include <catch2/catch.hpp>

#include "plan/page_capture.hpp"
#include "plan/page_values.hpp"
#include "support/sample.hpp"

using nlohmann::json;

namespace {

const beian::portal::Profile& profile() {
    static const auto built_in = beian::test::builtin_profile();
    return built_in;
}

const beian::portal::ProfileField& field(const std::string& id) {
    for (const auto& page : profile().pages())
        for (const auto& f : page.fields)
            if (f.id == id) return f;
    FAIL("no field " << id);
    throw;
}

// The page values a fill of this page would leave: the plan's `fill` values.
json page_values_of(const json& dossier, const std::string& page, beian::portal::Target target) {
    const auto plan = beian::make_page_plan(dossier, profile(), {}, {page, std::move(target)}).plan;
    json values = json::object();
    for (const auto& f : plan["fields"]) values[f["id"].get<std::string>()] = f["fill"];
    return values;
}

beian::CaptureResult capture(const json& dossier, const std::string& page, const json& values,
                             beian::portal::Target target = {}) {
    auto result = beian::capture_page(dossier, profile(), {page, std::move(target)}, values);
    REQUIRE_FALSE(result.error.has_value());
    return result;
}

}  // namespace

TEST_CASE("page values turn into dossier values by the profile's rules", "[capture]") {
    struct Row {
        const char* field;
        json current;
        json page;
        json expected;  // null with ok=false: refused
        bool ok;
    };
    const std::vector<Row> rows = {
        {"entity.basic.name", "甲公司", "乙公司", "乙公司", true},
        {"entity.basic.name", "甲公司", json::array({"x"}), nullptr, false},
        {"algorithm.detail.data.involvesBiometrics", false, "是", true, true},
        {"algorithm.detail.data.involvesBiometrics", true, "否", false, true},
        {"algorithm.detail.data.involvesBiometrics", true, "不确定", nullptr, false},
        {"product.preLicenses", json::parse(R"([{"kind":"ICP备案","number":"浙ICP备1号"}])"),
         json::parse(R"(["ICP备案","ICP经营许可证"])"),
         json::parse(R"([{"kind":"ICP备案","number":"浙ICP备1号"},{"kind":"ICP经营许可证"}])"),
         true},
        {"product.preLicenses", nullptr, "ICP备案", nullptr, false},
        {"entity.certificate.validity", nullptr,
         json::parse(R"({"from":"2021-03-18","to":"","longTerm":true})"),
         json::parse(R"({"from":"2021-03-18","to":null,"longTerm":true})"), true},
        {"entity.certificate.validity", nullptr,
         json::parse(R"({"from":"2021-03-18","to":"2041-03-17","longTerm":false})"),
         json::parse(R"({"from":"2021-03-18","to":"2041-03-17","longTerm":false})"), true},
        {"entity.basic.registeredRegion", nullptr, json::parse(R"(["浙江省","杭州市"])"),
         json::parse(R"(["浙江省","杭州市"])"), true},
        {"algorithm.basic.applicationDomains", nullptr, json::parse(R"([["信息资讯类","UGC"]])"),
         json::parse(R"([["信息资讯类","UGC"]])"), true},
        {"algorithm.detail.data.languages", nullptr, json::parse(R"(["中文",1])"), nullptr, false},
    };
    for (const auto& row : rows) {
        INFO(row.field << " ← " << row.page.dump());
        const auto got = beian::plan::from_page(field(row.field), row.page, row.current);
        REQUIRE(got.has_value() == row.ok);
        if (row.ok) CHECK(*got == row.expected);
    }
    CHECK(beian::plan::to_page(field("product.requiresRealName"), true) == "是");
    CHECK(beian::plan::to_page(field("product.preLicenses"),
                               json::parse(R"([{"kind":"ICP备案","number":"1"}])")) ==
          json::parse(R"(["ICP备案"])"));
}

TEST_CASE("a page showing the dossier's own values, lists in any order, captures no change",
          "[capture]") {
    const auto sample = beian::test::sample_dossier();
    const std::vector<std::pair<std::string, beian::portal::Target>> pages = {
        {"entity", {}},
        {"algorithm-basic", {{"algorithm", sample["algorithms"][0]["id"]}}},
        {"algorithm-detail", {{"algorithm", sample["algorithms"][0]["id"]}}},
        {"product", {{"product", sample["products"][0]["id"]}}},
    };
    for (const auto& [page, target] : pages) {
        INFO(page);
        auto values = page_values_of(sample, page, target);
        // Reordering a list is not an edit.
        for (auto& [id, value] : values.items())
            if (value.is_array()) std::reverse(value.begin(), value.end());
        const auto result = capture(sample, page, values, target);
        CHECK(result.changes.empty());
        for (const auto& skipped : result.skipped) CHECK(skipped["reason"] == "upload");
    }
}

TEST_CASE("capture reports exactly the hand edits and applies only the accepted", "[capture]") {
    const auto sample = beian::test::sample_dossier();
    const beian::portal::Target target = {{"product", sample["products"][0]["id"]}};
    auto values = page_values_of(sample, "product", target);
    values["product.name"] = "知行写作Pro";
    values["product.requiresRealName"] = "否";
    values["product.monthlyActiveUsers"] = "";

    const auto result = capture(sample, "product", values, target);
    std::set<std::string> changed;
    for (const auto& change : result.changes) changed.insert(change["field"].get<std::string>());
    CHECK(changed == std::set<std::string>{"product.name", "product.requiresRealName",
                                           "product.monthlyActiveUsers"});
    for (const auto& change : result.changes)
        if (change["field"] == "product.requiresRealName") {
            CHECK(change["from"] == true);
            CHECK(change["to"] == false);
            CHECK(change["path"] == "/products/0/requiresRealName");
        }

    const auto next = beian::apply_capture(sample, result.changes,
                                           {"product.name", "product.monthlyActiveUsers"});
    CHECK(next["products"][0]["name"] == "知行写作Pro");
    CHECK(next["products"][0]["requiresRealName"] == true);           // not accepted
    CHECK_FALSE(next["products"][0].contains("monthlyActiveUsers"));  // emptied on the page
    auto rest = next;
    rest["products"][0]["name"] = sample["products"][0]["name"];
    rest["products"][0]["monthlyActiveUsers"] = sample["products"][0]["monthlyActiveUsers"];
    CHECK(rest == sample);
}

TEST_CASE("capture skips uploads and unreadable controls and names unknown targets", "[capture]") {
    const auto sample = beian::test::sample_dossier();
    const auto result = capture(sample, "entity",
                                {{"entity.attachments.commitmentLetter", json::array({"a.pdf"})},
                                 {"entity.basic.name", nullptr}});
    CHECK(result.changes.empty());
    REQUIRE(result.skipped.size() == 2);
    // In the page's order.
    CHECK(result.skipped[0]["reason"] == "unreadable");
    CHECK(result.skipped[1]["reason"] == "upload");
    const auto missing =
        beian::capture_page(sample, profile(), {"product", {{"product", "nope"}}}, json::object());
    CHECK(missing.error == beian::PlanError::UnknownTarget);
}

TEST_CASE("关联产品功能: links are option texts of one algorithm and come back as ids",
          "[capture]") {
    const auto sample = beian::test::sample_dossier();
    const auto& links = sample["links"];
    const auto algorithm = links[0]["algorithm"].get<std::string>();
    const auto product = sample["products"][0];
    const auto function = product["accessPaths"][0]["functions"][0];
    const auto label =
        product["name"].get<std::string>() + " / " + function["name"].get<std::string>();

    const auto plan =
        beian::make_page_plan(sample, profile(), {}, {"algorithm-link", {{"algorithm", algorithm}}})
            .plan;
    const auto& fill = plan["fields"][0]["fill"];
    std::size_t own = 0;
    for (const auto& link : links) own += link["algorithm"] == algorithm;
    CHECK(fill.size() == own);
    CHECK(std::find(fill.begin(), fill.end(), json(label)) != fill.end());

    // The page shows the same options in another order: no change.
    auto shown = fill;
    std::reverse(shown.begin(), shown.end());
    const beian::portal::Target target = {{"algorithm", algorithm}};
    CHECK(capture(sample, "algorithm-link", {{"links", shown}}, target).changes.empty());

    // One option unticked: only that link goes, the other algorithms' stay.
    json fewer = json::array();
    for (const auto& option : fill)
        if (option != label) fewer.push_back(option);
    const auto result = capture(sample, "algorithm-link", {{"links", fewer}}, target);
    REQUIRE(result.changes.size() == 1);
    const auto& after = result.changes[0]["to"];
    CHECK(after.size() == links.size() - 1);
    for (const auto& link : links)
        if (link["algorithm"] != algorithm)
            CHECK(std::find(after.begin(), after.end(), link) != after.end());

    // An option naming no function of the dossier is not guessed.
    const auto unknown = capture(sample, "algorithm-link",
                                 {{"links", json::array({"无此产品 / 无此功能"})}}, target);
    CHECK(unknown.changes.empty());
    REQUIRE(unknown.skipped.size() == 1);
    CHECK(unknown.skipped[0]["reason"] == "bad-value");
}
