// Filing marks (submitted, approved with 备案编号, returned with comments,
// deregistered), what each approved filing owes (status and due dates), the
// reply to a 退回, and bundles.
#include <algorithm>
#include <catch2/catch.hpp>

#include "filing/dossier_bundle.hpp"
#include "filing/filing_mark.hpp"
#include "filing/filing_status.hpp"
#include "filing/rejection_reply.hpp"
#include "storage/storage_error.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

using beian::CivilDate;
using beian::filing::FilingInputError;
using beian::filing::MarkRequest;
using beian::filing::MarkStatus;
using beian::filing::Scope;
using nlohmann::json;

namespace {

constexpr const char* kNumber = "网信算备330110582041701240013号";
const CivilDate kToday{2026, 12, 1};

// A store holding the sample (without its recorded baselines) at revision 1.
struct Fixture {
    beian::test::TempDir dir;
    beian::storage::DossierStore store{dir.path()};
    beian::portal::Profile profile = beian::test::builtin_profile();

    Fixture() {
        auto sample = beian::test::sample_dossier();
        sample["meta"].erase("baselines");
        store.save("demo", sample, std::nullopt);
    }

    beian::filing::MarkResult mark(Scope scope, MarkStatus status, const std::string& date,
                                   const std::string& number = "",
                                   std::vector<beian::filing::ReviewComment> comments = {}) {
        MarkRequest request;
        request.scope = std::move(scope);
        request.status = status;
        request.date = CivilDate::parse(date);
        request.number = number;
        request.comments = std::move(comments);
        return beian::filing::mark_filing(store, profile, "demo", request, {"mark", "", ""},
                                          kToday);
    }

    std::int64_t edit(const std::function<void(json&)>& change) {
        auto dossier = store.load("demo");
        const auto base = dossier["meta"]["revision"].get<std::int64_t>();
        change(dossier);
        return store.save("demo", dossier, base).revision;
    }

    std::vector<beian::filing::StatusRow> status() {
        return beian::filing::filing_status(store, profile, {}, kToday);
    }
};

const beian::filing::StatusRow& row_of(const std::vector<beian::filing::StatusRow>& rows,
                                       const std::string& algorithm) {
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const auto& row) { return row.scope.algorithm == algorithm; });
    REQUIRE(it != rows.end());
    return *it;
}

const Scope kWriting{"alg-writing"};

}  // namespace

TEST_CASE("approval defaults to the submitted revision and updates the Filing object", "[filing]") {
    Fixture f;
    f.mark(kWriting, MarkStatus::Submitted, "2026-11-20");
    f.edit([](json& d) { d["algorithms"][0]["detail"]["scenarios"] = "改过的场景"; });
    const auto approved = f.mark(kWriting, MarkStatus::Approved, "2026-11-25", kNumber);
    CHECK(approved.mark.revision == 1);  // what was submitted, not the later edit
    CHECK(approved.warnings.empty());
    const auto now = f.store.load("demo");
    CHECK(now["algorithms"][0]["filing"] == json{{"status", "approved"},
                                                 {"submittedOn", "2026-11-20"},
                                                 {"approvedOn", "2026-11-25"},
                                                 {"number", kNumber}});
    REQUIRE(now["meta"]["baselines"].size() == 2);
    CHECK(now["meta"]["baselines"][1]["number"] == kNumber);
    // The approved text differs from now by the later edit: a 变更 is open.
    const auto rows = f.status();
    const auto& row = row_of(rows, "alg-writing");
    CHECK(row.state == "changed");
    CHECK(row.open_changes == 1);
    // The 自评估报告 and 拟公示内容 describe the scenarios: their page joins the 变更.
    CHECK(row.pages == std::vector<std::string>{"algorithm-detail", "algorithm-basic"});
    CHECK(row.reissue == 2);
    REQUIRE(row.due);
    CHECK(row.due->kind == beian::calendar::DeadlineKind::Change);
}

TEST_CASE("marks that cannot be right are refused and nothing is written", "[filing]") {
    Fixture f;
    const auto refused = [&](const std::function<void()>& action) {
        CHECK_THROWS_AS(action(), FilingInputError);
        CHECK(f.store.load("demo")["meta"]["revision"] == 1);
    };
    refused([&] { f.mark(kWriting, MarkStatus::Approved, "2026-11-25"); });  // no number
    refused([&] { f.mark(kWriting, MarkStatus::Approved, "2026-11-25", "备案号 12345"); });
    refused([&] { f.mark(Scope{}, MarkStatus::Approved, "2026-11-25", kNumber); });
    refused([&] { f.mark(kWriting, MarkStatus::Submitted, "2026-12-02"); });  // tomorrow
    refused([&] { f.mark(Scope{"alg-none"}, MarkStatus::Submitted, "2026-11-20"); });
    refused([&] {
        f.mark(kWriting, MarkStatus::Returned, "2026-11-25", "", {{"/nowhere", "意见"}});
    });
    refused([&] {
        f.mark(kWriting, MarkStatus::Submitted, "2026-11-25", "",
               {{"/algorithms/0/basic/name", "意见"}});
    });
    f.mark(kWriting, MarkStatus::Submitted, "2026-11-20");
    CHECK_THROWS_AS(f.mark(kWriting, MarkStatus::Approved, "2026-11-19", kNumber),
                    FilingInputError);  // approved before it was submitted
}

TEST_CASE("status: first filing due from launch, change due, deregistration due", "[filing]") {
    Fixture f;
    // alg-feed was launched on 2026-11-23 and never filed: due ten working days later.
    auto rows = f.status();
    const auto& feed = row_of(rows, "alg-feed");
    CHECK(feed.state == "draft");
    REQUIRE(feed.due);
    CHECK(feed.due->kind == beian::calendar::DeadlineKind::FirstFiling);
    CHECK(feed.due->event == CivilDate{2026, 11, 23});
    CHECK(feed.due->date == CivilDate{2026, 12, 7});
    CHECK_FALSE(feed.due->overdue);
    // Both algorithms are unfiled; alg-writing was launched first, so it comes first.
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].scope.algorithm == "alg-writing");
    CHECK(rows[1].scope.algorithm == "alg-feed");
    CHECK_FALSE(rows[2].due);

    f.mark(Scope{"alg-feed"}, MarkStatus::Submitted, "2026-11-24");
    f.mark(Scope{"alg-feed"}, MarkStatus::Approved, "2026-11-30",
           "网信算备330110582041702240015号");
    CHECK(row_of(f.status(), "alg-feed").state == "approved");
    CHECK_FALSE(row_of(f.status(), "alg-feed").due);

    // The service ends: the algorithm leaves the dossier and a 注销 is due.
    f.edit([](json& d) {
        d["algorithms"].erase(1);
        json kept = json::array();
        for (const auto& link : d["links"])
            if (link["algorithm"] != "alg-feed") kept.push_back(link);
        d["links"] = kept;
    });
    rows = f.status();
    const auto& gone = row_of(rows, "alg-feed");
    CHECK(gone.state == "deregistration-due");
    REQUIRE(gone.due);
    CHECK(gone.due->kind == beian::calendar::DeadlineKind::Deregistration);
    f.mark(Scope{"alg-feed"}, MarkStatus::Deregistered, "2026-12-01");
    CHECK(row_of(f.status(), "alg-feed").state == "deregistered");
}

TEST_CASE("a change undone is no longer open", "[filing]") {
    Fixture f;
    f.mark(kWriting, MarkStatus::Submitted, "2026-11-20");
    f.mark(kWriting, MarkStatus::Approved, "2026-11-25", kNumber);
    const auto original = f.store.load("demo")["algorithms"][0]["basic"]["name"];
    f.edit([](json& d) { d["algorithms"][0]["basic"]["name"] = "临时名称"; });
    CHECK(row_of(f.status(), "alg-writing").state == "changed");
    CHECK(row_of(f.status(), "alg-writing").reissue == 2);
    f.edit([&](json& d) { d["algorithms"][0]["basic"]["name"] = original; });
    CHECK(row_of(f.status(), "alg-writing").state == "approved");
}

TEST_CASE("the reply to a 退回 follows each comment to its field", "[filing]") {
    Fixture f;
    f.mark(kWriting, MarkStatus::Submitted, "2026-11-20");
    f.mark(kWriting, MarkStatus::Returned, "2026-11-24", "",
           {{"/algorithms/0/basic/name", "名称与拟公示内容不一致"},
            {"/algorithms/0/detail/risks/abuse", "请补充防范措施"},
            {"/algorithms/0/basic/attachments/publicDisclosure", "请上传盖章版"}});
    // Reordering the algorithms does not lose the comments' fields.
    f.edit([](json& d) {
        std::swap(d["algorithms"][0], d["algorithms"][1]);
        auto& writing = d["algorithms"][1];
        writing["basic"]["name"] = "知行写作助手生成算法";
        writing["basic"]["attachments"]["publicDisclosure"]["sha256"] = std::string(64, 'c');
        writing["detail"]["scenarios"] = "新场景";
    });
    const auto reply =
        beian::filing::rejection_reply(f.store, f.profile, "demo", {kWriting, {}, {}});
    CHECK(reply["returned"]["revision"] == 1);
    CHECK(reply["resubmitted"]["current"] == true);
    REQUIRE(reply["items"].size() == 3);
    CHECK(reply["items"][0]["status"] == "changed");
    CHECK(reply["items"][0]["label"] == "算法名称");
    CHECK(reply["items"][1]["status"] == "unchanged");
    CHECK(reply["items"][2]["status"] == "changed");
    REQUIRE(reply["otherChanges"].size() == 1);
    CHECK(reply["otherChanges"][0]["field"] == "algorithm.detail.scenarios");
    const auto lines = reply["lines"].dump();
    CHECK(lines.find("已按意见修改") != std::string::npos);
    CHECK(lines.find("已重新上传") != std::string::npos);
    CHECK(lines.find("未修改") != std::string::npos);
    CHECK(lines.find("知行写作助手生成算法") == std::string::npos);  // no values

    CHECK_THROWS_AS(
        beian::filing::rejection_reply(f.store, f.profile, "demo", {Scope{"alg-feed"}, {}, {}}),
        FilingInputError);
}

TEST_CASE("a bundle round-trips with its history and refuses damage", "[filing][bundle]") {
    Fixture f;
    f.mark(kWriting, MarkStatus::Submitted, "2026-11-20");
    f.mark(kWriting, MarkStatus::Approved, "2026-11-25", kNumber);
    f.edit([](json& d) { d["algorithms"][0]["basic"]["version"] = "v2.4"; });

    const auto bundle =
        beian::filing::export_bundle(f.store, "demo", beian::filing::HistoryMode::Baselines);
    CHECK(bundle["revision"] == 4);
    REQUIRE(bundle["history"].size() == 1);  // revision 1, which both marks point at
    CHECK(bundle["history"][0]["revision"] == 1);
    CHECK(bundle["attachments"].size() == 8);
    CHECK(bundle["attachments"][0]["file"] == "missing");  // the files travel apart

    beian::test::TempDir other;
    beian::storage::DossierStore elsewhere(other.path());
    const auto imported = beian::filing::import_bundle(elsewhere, bundle, std::nullopt);
    CHECK(imported["id"] == "demo");
    CHECK(imported["history"] == 2);
    CHECK(elsewhere.load("demo") == f.store.load("demo"));
    // The approval's baseline came along: the open change is still seen.
    const auto rows = beian::filing::filing_status(elsewhere, f.profile, {}, kToday);
    CHECK(row_of(rows, "alg-writing").state == "changed");

    CHECK_THROWS_AS(beian::filing::import_bundle(elsewhere, bundle, std::nullopt),
                    beian::storage::StorageError);  // the id is taken
    auto edited = bundle;
    edited["dossier"]["entity"]["basic"]["name"] = "别的公司";
    CHECK_THROWS_AS(beian::filing::import_bundle(elsewhere, edited, std::string("copy")),
                    FilingInputError);
    CHECK_THROWS_AS(beian::filing::import_bundle(elsewhere, json{{"bundle", 3}}, std::nullopt),
                    FilingInputError);
    CHECK_FALSE(elsewhere.exists("copy"));

    const auto all = beian::filing::export_bundle(f.store, "demo", beian::filing::HistoryMode::All);
    CHECK(all["history"].size() == 3);
    beian::filing::import_bundle(elsewhere, all, std::string("copy"));
    CHECK(elsewhere.history("copy").revisions() == std::vector<std::int64_t>{1, 2, 3, 4});
}
