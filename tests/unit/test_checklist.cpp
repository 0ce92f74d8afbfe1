// The materials checklist and the drafts on a real store: the sample, a
// dossier with missing, expired and stale materials, and drafts recorded,
// left alone when unchanged, flagged when the algorithm is renamed.
#include <catch2/catch.hpp>
#include <fstream>

#include "checklist/checklist.hpp"
#include "documents/draft_writer.hpp"
#include "filing/filing_status.hpp"
#include "rules/check_dossier.hpp"
#include "storage/dossier_store.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

using beian::checklist::ChecklistItem;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const beian::CivilDate kToday{2026, 11, 29};

using beian::test::shared_profile;

// A data directory holding the sample (without its filing record) and its
// attachment files.
struct Home {
    beian::test::TempDir dir;
    beian::storage::DossierStore store{dir.path()};

    explicit Home(json dossier = sample()) {
        fs::create_directories(store.directory());
        fs::copy(fs::path(BEIAN_SOURCE_DIR) / "schemas/examples/attachments",
                 store.directory() / "attachments");
        store.save("demo", std::move(dossier), std::nullopt);
    }
    static json sample() {
        auto dossier = beian::test::sample_dossier();
        dossier["meta"].erase("baselines");
        return dossier;
    }
    std::vector<ChecklistItem> items() const {
        return beian::checklist::build_checklist(store, shared_profile(), "demo", kToday).items;
    }
    void change(const std::function<void(json&)>& edit) {
        auto dossier = store.load("demo");
        const auto base = dossier["meta"]["revision"].get<std::int64_t>();
        edit(dossier);
        store.save("demo", dossier, base);
    }
    beian::documents::DraftResult drafts() {
        return beian::documents::write_drafts(store, shared_profile(), {"demo", {}, {}}, kToday,
                                              {"生成文件草稿", "测试", "cli"});
    }
};

const ChecklistItem& item(const std::vector<ChecklistItem>& items, const std::string& material,
                          const std::string& algorithm = "") {
    for (const auto& i : items)
        if (i.material == material && i.algorithm == algorithm) return i;
    FAIL("no checklist item " << material << " " << algorithm);
    return items.front();
}

}  // namespace

TEST_CASE("checklist: the sample's materials, each with a state and a next step", "[checklist]") {
    Home home;
    const auto items = home.items();
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"businessLicense", "attached"},
        {"commitmentLetter", "attached"},
        {"legalRepresentativeId", "missing"},
        {"securityOfficerId", "missing"},
        {"officerWorkCertificate", "missing"},
        {"products", "recorded"},
        {"icpLicense", "missing"},
        {"responsibilityReport", "attached"},
        {"securityPolicies", "optional"}};
    for (const auto& [material, state] : expected) {
        INFO(material);
        CHECK(item(items, material).state == state);
        CHECK_FALSE(item(items, material).next.zh.empty());
        CHECK_FALSE(item(items, material).next.en.empty());
    }
    for (const char* algorithm : {"alg-writing", "alg-feed"}) {
        CHECK(item(items, "selfAssessmentReport", algorithm).state == "attached");
        CHECK(item(items, "publicDisclosure", algorithm).state == "attached");
    }
    // Proof of a third-party model only for the algorithm that uses one.
    CHECK(item(items, "thirdPartyProof", "alg-writing").state == "attached");
    CHECK(std::none_of(items.begin(), items.end(), [](const ChecklistItem& i) {
        return i.material == "thirdPartyProof" && i.algorithm == "alg-feed";
    }));
    CHECK(item(items, "commitmentLetter").upload == "主体信息 · 算法备案承诺书");
    CHECK(item(items, "selfAssessmentReport", "alg-feed").upload ==
          "备案信息 · 算法基础属性信息 · 算法安全自评估报告");
}

TEST_CASE("checklist: missing, expired, stale and changed materials", "[checklist]") {
    Home home;
    home.change([](json& d) {
        d["entity"]["attachments"]["commitmentLetter"] = nullptr;
        d["entity"]["certificate"]["validity"] = {
            {"from", "2016-03-18"}, {"to", "2026-03-17"}, {"longTerm", false}};
        d["algorithms"][1]["basic"]["name"] = "知行范文推荐算法";
        d["entity"]["attachments"]["others"].push_back({{"path", "attachments/officer-id.pdf"},
                                                        {"sha256", std::string(64, 'a')},
                                                        {"size", 10},
                                                        {"kind", "securityOfficerId"}});
    });
    fs::remove(home.store.directory() / "attachments/responsibility-report.pdf");
    std::ofstream(home.store.directory() / "attachments/feed-public-disclosure.pdf", std::ios::app)
        << "\n% edited";
    const auto items = home.items();
    CHECK(item(items, "commitmentLetter").state == "missing");
    CHECK(item(items, "businessLicense").state == "expired");
    CHECK(item(items, "businessLicense").expired_on == "2026-03-17");
    CHECK(item(items, "responsibilityReport").state == "file-missing");
    CHECK(item(items, "securityOfficerId").state == "file-missing");
    const auto& report = item(items, "selfAssessmentReport", "alg-feed");
    CHECK(report.state == "stale");
    CHECK(report.because == std::vector<std::string>{"算法名称"});
    CHECK(report.next.zh.find("算法名称") != std::string::npos);
    // Stale outranks a changed file: the document must be issued again anyway.
    CHECK(item(items, "publicDisclosure", "alg-feed").state == "stale");
    CHECK(item(items, "selfAssessmentReport", "alg-writing").state == "attached");
}

TEST_CASE("checklist: an expired ID scan and a changed file", "[checklist]") {
    Home home;
    home.change([](json& d) {
        auto& others = d["entity"]["attachments"]["others"];
        auto licence = others[0];
        licence["kind"] = "legalRepresentativeId";
        licence["validUntil"] = "2026-11-28";
        others.push_back(licence);
    });
    std::ofstream(home.store.directory() / "attachments/feed-public-disclosure.pdf", std::ios::app)
        << "\n% edited";
    const auto items = home.items();
    CHECK(item(items, "legalRepresentativeId").state == "expired");
    CHECK(item(items, "publicDisclosure", "alg-feed").state == "file-changed");
}

TEST_CASE("drafts: recorded in empty fields, unchanged when written again, stale after a rename",
          "[checklist][documents]") {
    auto dossier = Home::sample();
    dossier["entity"]["attachments"]["commitmentLetter"] = nullptr;
    dossier["entity"]["attachments"].erase("responsibilityReport");
    for (auto& algorithm : dossier["algorithms"])
        algorithm["basic"]["attachments"].erase("selfAssessmentReport");
    Home home(dossier);

    auto first = home.drafts();
    REQUIRE(first.drafts.size() == 6);
    CHECK(first.saved);
    CHECK(first.revision == 2);
    for (const auto& draft : first.drafts) {
        INFO(draft.document << " " << draft.algorithm);
        CHECK(fs::exists(draft.file));
        CHECK(draft.path.rfind("demo.documents/", 0) == 0);
        // The disclosures of the sample are stamped scans: kept, not replaced.
        CHECK(draft.record == (draft.document == "publicDisclosure" ? "kept" : "recorded"));
    }
    auto items = home.items();
    const auto& report = item(items, "selfAssessmentReport", "alg-feed");
    CHECK(report.state == "draft");
    REQUIRE(report.open);
    CHECK(*report.open > 10);
    CHECK(item(items, "publicDisclosure", "alg-feed").state == "attached");

    const auto again = home.drafts();
    CHECK_FALSE(again.saved);
    CHECK(again.revision == 2);
    for (const auto& draft : again.drafts) CHECK(draft.record != "recorded");

    home.change([](json& d) { d["algorithms"][1]["basic"]["name"] = "知行范文推荐算法"; });
    items = home.items();
    CHECK(item(items, "selfAssessmentReport", "alg-feed").state == "stale");
    CHECK(item(items, "publicDisclosure", "alg-feed").state == "stale");
    CHECK(item(items, "selfAssessmentReport", "alg-writing").state == "draft");
    const auto findings = beian::check_dossier(home.store.load("demo"), shared_profile(), kToday);
    CHECK(std::any_of(findings.begin(), findings.end(), [](const beian::Finding& f) {
        return f.code == "ALGORITHM_NAME_MISMATCH" &&
               f.path ==
                   "/algorithms/1/basic/attachments/selfAssessmentReport/declared/"
                   "algorithmName";
    }));

    // The filer has been editing the report: it is never overwritten.
    const auto edited = home.store.directory() / "demo.documents/算法安全自评估报告-alg-feed.docx";
    std::ofstream(edited, std::ios::app) << "filer's edits";
    const auto third = home.drafts();
    CHECK(third.saved);
    for (const auto& draft : third.drafts) {
        if (draft.document != "selfAssessmentReport" || draft.algorithm != "alg-feed") continue;
        CHECK(draft.preserved == "demo.documents/算法安全自评估报告-alg-feed.docx");
        CHECK(draft.path == "demo.documents/算法安全自评估报告-alg-feed-r3.docx");
        CHECK(draft.declared["algorithmName"] == "知行范文推荐算法");
    }
    CHECK(item(home.items(), "selfAssessmentReport", "alg-feed").state == "draft");
}

TEST_CASE("checklist, drafts and status read a hand-edited dossier of the wrong types",
          "[checklist][documents]") {
    auto dossier = Home::sample();
    auto& others = dossier["entity"]["attachments"]["others"];
    others[0]["mediaType"] = 5;
    others[0]["kind"] = json::array({"businessLicense"});
    others[0]["validUntil"] = false;
    dossier["entity"]["certificate"]["validity"]["longTerm"] = "是";
    dossier["links"][0]["product"] = 7;
    dossier["algorithms"][0]["filing"] = "approved";
    dossier["algorithms"][0]["basic"]["attachments"]["selfAssessmentReport"]["sha256"] = 1;
    Home home;
    // Past the store's own save, as a person's editor would write it.
    std::ofstream(home.store.directory() / "demo.json") << dossier.dump();
    std::vector<ChecklistItem> items;
    CHECK_NOTHROW(items = home.items());
    CHECK(item(items, "businessLicense").state == "missing");  // its kind is no kind
    CHECK_NOTHROW(home.drafts());
    CHECK_NOTHROW(beian::filing::filing_status(home.store, shared_profile(), {"demo"}, kToday));
}
