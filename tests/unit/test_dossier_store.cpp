#include <catch2/catch.hpp>
#include <fstream>
#include <functional>

#include "storage/dossier_store.hpp"
#include "storage/storage_error.hpp"
#include "support/temp_dir.hpp"

using beian::storage::DossierStore;
using beian::storage::StorageError;
using beian::storage::StorageErrorKind;
using nlohmann::json;

namespace {

StorageErrorKind kind_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const StorageError& e) {
        return e.kind();
    }
    FAIL("no StorageError thrown");
    return StorageErrorKind::Io;
}

}  // namespace

TEST_CASE("revisions count up and a stale base never overwrites", "[storage]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    json dossier = {{"entity", {{"basic", {{"name", "测试公司"}}}}}, {"algorithms", json::array()}};
    CHECK(store.save("acme", dossier, std::nullopt).revision == 1);
    dossier["entity"]["basic"]["name"] = "第二版";
    CHECK(store.save("acme", dossier, 1).revision == 2);
    CHECK(kind_of([&] { store.save("acme", dossier, 1); }) == StorageErrorKind::Conflict);
    CHECK(kind_of([&] { store.save("acme", dossier, std::nullopt); }) ==
          StorageErrorKind::Conflict);
    const auto loaded = store.load("acme");
    CHECK(loaded["meta"]["revision"] == 2);
    CHECK(loaded["meta"]["id"] == "acme");
    CHECK(loaded["entity"]["basic"]["name"] == "第二版");
    const auto list = store.list();
    REQUIRE(list.size() == 1);
    CHECK(list[0].entity_name == "第二版");
}

TEST_CASE("ids that could escape the directory are refused", "[storage]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    const std::string too_long(64, 'a');
    for (const std::string& id : std::vector<std::string>{"../x", "A", "", "a/b", ".hidden", "a b",
                                                          "-a", "a\n", too_long}) {
        CHECK_FALSE(beian::storage::is_valid_dossier_id(id));
        CHECK_THROWS_AS(store.load(id), StorageError);
    }
    CHECK(beian::storage::is_valid_dossier_id("demo-2026"));
    CHECK(beian::storage::is_valid_dossier_id("0"));
    CHECK(beian::storage::is_valid_dossier_id(std::string(63, 'a')));
}

TEST_CASE("a damaged file is reported, listed, and not overwritten by a save", "[storage]") {
    beian::test::TempDir dir;
    DossierStore store(dir.path());
    store.save("acme", json::object(), std::nullopt);
    std::ofstream(dir.path() / "dossiers" / "acme.json") << "{ truncated";
    CHECK(kind_of([&] { store.load("acme"); }) == StorageErrorKind::InvalidContent);
    CHECK(store.list().size() == 1);
    CHECK(kind_of([&] { store.save("acme", json::object(), 1); }) ==
          StorageErrorKind::InvalidContent);
    CHECK(kind_of([&] { store.load("nobody"); }) == StorageErrorKind::NotFound);
}
