// The store's parsed-file cache: an unchanged file is answered from memory
// (the same object), a file changed in any way is read and parsed again, and
// a stamp too recent to trust is backed by the content's hash.
#include <catch2/catch.hpp>
#include <fstream>

#include "storage/parsed_file_cache.hpp"
#include "support/temp_dir.hpp"

using beian::storage::FileStamp;
using beian::storage::ParsedFileCache;
using Outcome = beian::storage::ParsedFileCache::Outcome;
using nlohmann::json;

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

int parses = 0;
json parse(const std::string& text) {
    ++parses;
    return json::parse(text);
}

}  // namespace

TEST_CASE("file cache: an unchanged file is the same object, parsed once", "[storage]") {
    beian::test::TempDir dir;
    const auto file = dir.path() / "a.json";
    write(file, R"({"v": 1})");
    SECTION("a stamp old enough is trusted alone") {
        ParsedFileCache cache(0);
        parses = 0;
        const auto first = cache.get(file, parse);
        CHECK(cache.last_outcome() == Outcome::Parsed);
        const auto again = cache.get(file, parse);
        CHECK(cache.last_outcome() == Outcome::Stamp);
        CHECK(again == first);
        CHECK(parses == 1);
    }
    SECTION("a recent stamp is confirmed by the content's hash") {
        ParsedFileCache cache;  // the file was written just now: racy
        parses = 0;
        const auto first = cache.get(file, parse);
        const auto again = cache.get(file, parse);
        CHECK(cache.last_outcome() == Outcome::Hash);
        CHECK(again == first);
        CHECK(parses == 1);
    }
}

TEST_CASE("file cache: a file changed by another process is read again", "[storage]") {
    beian::test::TempDir dir;
    const auto file = dir.path() / "a.json";
    ParsedFileCache cache;
    write(file, R"({"v": 1})");
    REQUIRE((*cache.get(file, parse))["v"] == 1);
    SECTION("rewritten in place, same size, at once") {
        write(file, R"({"v": 2})");
        CHECK((*cache.get(file, parse))["v"] == 2);
        CHECK(cache.last_outcome() == Outcome::Parsed);
    }
    SECTION("replaced by a rename") {
        write(dir.path() / "b.json", R"({"v": 3})");
        std::filesystem::rename(dir.path() / "b.json", file);
        CHECK((*cache.get(file, parse))["v"] == 3);
    }
    SECTION("removed") {
        std::filesystem::remove(file);
        CHECK(cache.get(file, parse) == nullptr);
    }
    SECTION("forgotten") {
        cache.forget(file);
        CHECK((*cache.get(file, parse))["v"] == 1);
        CHECK(cache.last_outcome() == Outcome::Parsed);
    }
}

TEST_CASE("file cache: a parse error is thrown, not kept", "[storage]") {
    beian::test::TempDir dir;
    const auto file = dir.path() / "a.json";
    ParsedFileCache cache(0);
    write(file, "{not json");
    CHECK_THROWS(cache.get(file, parse));
    CHECK_THROWS(cache.get(file, parse));
}

TEST_CASE("file cache: keeps the four most recent files", "[storage]") {
    beian::test::TempDir dir;
    ParsedFileCache cache(0);
    for (int i = 0; i < 5; ++i) {
        write(dir.path() / (std::to_string(i) + ".json"), std::to_string(i));
        cache.get(dir.path() / (std::to_string(i) + ".json"), parse);
    }
    cache.get(dir.path() / "4.json", parse);
    CHECK(cache.last_outcome() == Outcome::Stamp);
    cache.get(dir.path() / "0.json", parse);
    CHECK(cache.last_outcome() == Outcome::Parsed);
}

TEST_CASE("file stamps: recent ones are racy", "[storage]") {
    const FileStamp stamp{1, 2, 3, 10'000'000'000, 11'000'000'000};
    CHECK(beian::storage::is_racy(stamp, 12'000'000'000));  // 1 s after the change
    CHECK_FALSE(beian::storage::is_racy(stamp, 13'500'000'000));
    CHECK(beian::storage::is_racy(stamp, 11'000'000'000, 1));  // the same instant
    CHECK_FALSE(beian::storage::is_racy(stamp, 11'000'000'001, 1));
}
