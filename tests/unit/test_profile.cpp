#include <catch2/catch.hpp>
#include <fstream>

#include "portal/page_instances.hpp"
#include "rules/check_dossier.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

using nlohmann::json;

namespace {

std::string field_id_at(const json& profile, const std::string& page, const std::string& path) {
    for (const auto& p : profile["pages"])
        if (p["id"] == page)
            for (const auto& f : p["fields"])
                if (f["path"] == path) return f["id"];
    FAIL("no field " << path << " on page " << page);
    return "";
}

}  // namespace

TEST_CASE("the profile lists the portal's pages in order", "[profile]") {
    const auto profile = beian::test::builtin_profile();
    std::vector<std::string> ids;
    for (const auto& page : profile.pages()) ids.push_back(page.id);
    const std::vector<std::string> first_six = {"entity",  "algorithm-basic", "algorithm-detail",
                                                "product", "access-path",     "function"};
    REQUIRE(ids.size() >= 6);
    CHECK(std::vector<std::string>(ids.begin(), ids.begin() + 6) == first_six);
}

TEST_CASE("every profile field resolves into the sample dossier's schema", "[profile]") {
    const auto profile = beian::test::builtin_profile();
    const auto sample = beian::test::sample_dossier();
    for (const auto& page : profile.pages()) {
        const auto instances = beian::portal::expand_page(page, sample);
        INFO(page.id);
        CHECK_FALSE(instances.empty());
    }
}

TEST_CASE("unknown limits stay null, the credit code's is 18", "[profile]") {
    const auto profile = beian::test::builtin_profile();
    const auto* entity = profile.page("entity");
    REQUIRE(entity);
    for (const auto& field : entity->fields) {
        if (field.path == "/basic/creditCode") CHECK(field.limit == std::size_t{18});
        if (field.path == "/basic/name") CHECK_FALSE(field.limit.has_value());
    }
}

TEST_CASE("a local override changes a limit and its unit by field id", "[profile]") {
    beian::test::TempDir dir;
    const auto document = beian::test::read_json("schemas/portal/profile.json");
    const auto name_id = field_id_at(document, "entity", "/basic/name");
    std::ofstream(dir.path() / "profile.override.json")
        << json{{"fields", {{name_id, {{"limit", 5}}}}}}.dump();
    const auto profile = beian::portal::Profile::load(dir.path());
    CHECK(profile.overridden_fields() == std::vector<std::string>{name_id});

    auto dossier = beian::test::sample_dossier();
    dossier["entity"]["basic"]["name"] = "𠮷𠮷𠮷";  // 6 UTF-16 units, 3 code points
    auto over = [&](const beian::portal::Profile& p) {
        for (const auto& f : beian::check_dossier(dossier, p, {2026, 11, 29}))
            if (f.code == "LENGTH_OVER_LIMIT" && f.path == "/entity/basic/name") return true;
        return false;
    };
    CHECK(over(profile));  // 6 > 5 in UTF-16, as Element UI counts

    std::ofstream(dir.path() / "profile.override.json")
        << json{{"fields", {{name_id, {{"limit", 5}, {"unit", "codepoints"}}}}}}.dump();
    CHECK_FALSE(over(beian::portal::Profile::load(dir.path())));  // 3 <= 5 in code points
}

TEST_CASE("a broken override is refused with the reason", "[profile]") {
    beian::test::TempDir dir;
    std::ofstream(dir.path() / "profile.override.json")
        << R"({"fields": {"no.such.field": {"limit": 3}}})";
    CHECK_THROWS_WITH(beian::portal::Profile::load(dir.path()), Catch::Contains("no.such.field"));
    std::ofstream(dir.path() / "profile.override.json") << "{ nope";
    CHECK_THROWS_WITH(beian::portal::Profile::load(dir.path()), Catch::Contains("not valid JSON"));
}
