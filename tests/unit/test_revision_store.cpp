// The revision history beside each dossier: every save is an entry written
// before the main file, a save killed between the two is rolled forward,
// leftovers of a kill are ignored and cleaned, and the filing record survives
// a client's copy and a restore.
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>

#include "filing/history_view.hpp"
#include "storage/atomic_file.hpp"
#include "storage/dossier_store.hpp"
#include "storage/storage_error.hpp"
#include "support/temp_dir.hpp"

using beian::storage::DossierStore;
using beian::storage::RevisionEntry;
using beian::storage::StorageError;
using beian::storage::StorageErrorKind;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json small_dossier(const std::string& name) {
    return {{"entity", {{"basic", {{"name", name}}}, {"filing", {{"status", "draft"}}}}},
            {"algorithms", json::array()}};
}

json read_json_file(const fs::path& path) {
    std::ifstream file(path);
    return json::parse(file);
}

}  // namespace

TEST_CASE("every save is a history entry with who, when and why", "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", small_dossier("一"), std::nullopt, {"创建", "alice", "cli"});
    store.save("acme", small_dossier("二"), 1, {"改名", "bob", "chromium"});
    const auto history = store.history("acme");
    CHECK(history.revisions() == std::vector<std::int64_t>{1, 2});
    const auto first = history.read(1);
    REQUIRE(first);
    CHECK(first->note.reason == "创建");
    CHECK(first->note.author == "alice");
    CHECK(first->dossier["entity"]["basic"]["name"] == "一");
    CHECK(first->dossier["meta"]["revision"] == 1);
    const auto second = history.read(2);
    CHECK(second->note.via == "chromium");
    CHECK(second->saved_at == second->dossier["meta"]["updatedAt"]);
    // The main file is the newest entry.
    CHECK(read_json_file(dir.path() / "dossiers" / "acme.json") == second->dossier);
    CHECK(fs::exists(dir.path() / "dossiers" / "acme.history" / "000002.json"));
}

TEST_CASE("a refused save leaves no history entry", "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", small_dossier("一"), std::nullopt);
    CHECK_THROWS_AS(store.save("acme", small_dossier("二"), 0), StorageError);
    CHECK(store.history("acme").revisions() == std::vector<std::int64_t>{1});
}

TEST_CASE("a save killed after its entry is rolled forward on the next read", "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", small_dossier("一"), std::nullopt);
    // What a kill between the two writes leaves: entry 2, main file at 1, and
    // the temporaries of both writes.
    auto next = small_dossier("二");
    next["meta"] = {{"id", "acme"}, {"revision", 2}, {"updatedAt", "2026-11-29T00:00:00Z"}};
    const auto history_dir = dir.path() / "dossiers" / "acme.history";
    beian::storage::write_file_atomically(
        history_dir / "000002.json",
        to_json(RevisionEntry{2, "2026-11-29T00:00:00Z", {"保存", "", ""}, next}).dump());
    std::ofstream(history_dir / ".000003.json.tmp-123") << "{\"revision\": 3, \"dossi";
    std::ofstream(dir.path() / "dossiers" / ".acme.json.tmp-456") << "{ torn";

    CHECK(store.history("acme").revisions() == std::vector<std::int64_t>{1, 2});
    CHECK(store.load("acme")["entity"]["basic"]["name"] == "二");
    CHECK(read_json_file(dir.path() / "dossiers" / "acme.json") == next);
    CHECK(store.list().at(0).revision == 2);

    // The next save continues from the committed revision and sweeps the temporaries.
    CHECK(store.save("acme", small_dossier("三"), 2).revision == 3);
    CHECK_FALSE(fs::exists(history_dir / ".000003.json.tmp-123"));
    CHECK_FALSE(fs::exists(dir.path() / "dossiers" / ".acme.json.tmp-456"));
}

TEST_CASE("a first save killed before its main file still exists through its history",
          "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", small_dossier("一"), std::nullopt);
    fs::remove(dir.path() / "dossiers" / "acme.json");
    CHECK(store.exists("acme"));
    REQUIRE(store.list().size() == 1);
    CHECK(store.list()[0].entity_name == "一");
    CHECK(fs::exists(dir.path() / "dossiers" / "acme.json"));
    CHECK_THROWS_AS(store.save("acme", small_dossier("x"), std::nullopt), StorageError);
}

TEST_CASE("a dossier saved before histories existed gets its state as first entry", "[history]") {
    beian::test::TempDir dir;
    fs::create_directories(dir.path() / "dossiers");
    auto legacy = small_dossier("旧");
    legacy["meta"] = {{"id", "old"}, {"revision", 7}, {"updatedAt", "2026-01-01T00:00:00Z"}};
    std::ofstream(dir.path() / "dossiers" / "old.json") << legacy.dump();
    DossierStore store(dir.path());
    CHECK(store.save("old", small_dossier("新"), 7).revision == 8);
    const auto history = store.history("old");
    CHECK(history.revisions() == std::vector<std::int64_t>{7, 8});
    CHECK(history.read(7)->dossier == legacy);
    CHECK(history.read(7)->saved_at == "2026-01-01T00:00:00Z");
}

TEST_CASE("a damaged history entry is reported, never taken for another", "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", small_dossier("一"), std::nullopt);
    std::ofstream(dir.path() / "dossiers" / "acme.history" / "000001.json") << "{ trunc";
    try {
        store.history("acme").read(1);
        FAIL("no error");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageErrorKind::InvalidContent);
    }
    const auto listing = beian::filing::history_listing(store, "acme", 10, std::nullopt);
    CHECK(listing["revisions"][0]["damaged"] == true);
}

TEST_CASE("the filing record is the host's: a save keeps it, a restore keeps it", "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", small_dossier("一"), std::nullopt);
    const json marks = json::array(
        {{{"scope", "entity"}, {"revision", 1}, {"status", "approved"}, {"date", "2026-11-20"}}});
    store.update(
        "acme",
        [&](const json& current) {
            auto next = current;
            next["meta"]["baselines"] = marks;
            next["entity"]["filing"] = {{"status", "approved"}, {"approvedOn", "2026-11-20"}};
            return next;
        },
        {"mark", "", ""});
    // A panel's copy without the record (or with another) does not change it.
    auto edited = small_dossier("二");
    edited["meta"] = {{"baselines", json::array()}};
    edited["entity"]["filing"] = {{"status", "approved"}, {"approvedOn", "2026-11-20"}};
    CHECK(store.save("acme", edited, 2).revision == 3);
    CHECK(store.load("acme")["meta"]["baselines"] == marks);

    // Back to revision 1's text: the approval stays recorded.
    const auto restored = beian::filing::restore_revision(store, "acme", 1, 3, {"恢复", "", ""});
    CHECK(restored.revision == 4);
    const auto now = store.load("acme");
    CHECK(now["entity"]["basic"]["name"] == "一");
    CHECK(now["meta"]["baselines"] == marks);
    CHECK(now["entity"]["filing"]["status"] == "approved");
    CHECK(store.history("acme").read(4)->note.reason == "恢复");
    CHECK_THROWS_AS(beian::filing::restore_revision(store, "acme", 1, 3, {}), StorageError);
    CHECK_THROWS_AS(beian::filing::restore_revision(store, "acme", 9, 4, {}), StorageError);
}

TEST_CASE("history listing pages newest first and names the marks", "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", small_dossier("0"), std::nullopt);
    for (int i = 1; i < 5; ++i) store.save("acme", small_dossier(std::to_string(i)), i);
    auto page = beian::filing::history_listing(store, "acme", 2, std::nullopt);
    CHECK(page["current"] == 5);
    REQUIRE(page["revisions"].size() == 2);
    CHECK(page["revisions"][0]["revision"] == 5);
    CHECK(page["more"] == true);
    page = beian::filing::history_listing(store, "acme", 10, 4);
    CHECK(page["revisions"].size() == 3);
    CHECK(page["revisions"][0]["revision"] == 3);
    CHECK(page["more"] == false);
    CHECK_FALSE(page["revisions"][0].contains("dossier"));
}

TEST_CASE("import stages a whole history and refuses an id in use", "[history]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    std::vector<RevisionEntry> entries;
    for (std::int64_t r : {2, 5}) {
        auto d = small_dossier("v" + std::to_string(r));
        d["meta"] = {{"id", "elsewhere"}, {"revision", r}, {"updatedAt", "2026-11-01T00:00:00Z"}};
        entries.push_back({r, "2026-11-01T00:00:00Z", {"保存", "", ""}, d});
    }
    store.import_dossier("moved", entries);
    CHECK(store.history("moved").revisions() == std::vector<std::int64_t>{2, 5});
    CHECK(store.load("moved")["meta"]["id"] == "moved");
    CHECK(store.load("moved")["meta"]["revision"] == 5);
    CHECK(store.history("moved").read(2)->dossier["meta"]["id"] == "moved");
    CHECK(store.save("moved", small_dossier("next"), 5).revision == 6);
    try {
        store.import_dossier("moved", entries);
        FAIL("no conflict");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageErrorKind::Conflict);
    }
    // No staging directory is left, and it is never listed.
    for (const auto& item : fs::directory_iterator(dir.path() / "dossiers"))
        CHECK(item.path().filename().string().find("import") == std::string::npos);
    CHECK(store.list().size() == 1);
}
