// The host's cache of check_dossier results (rules/findings_cache.hpp): reused
// only for the same content, day and profile; never stale.
#include <catch2/catch.hpp>

#include "rules/check_dossier.hpp"
#include "rules/findings_cache.hpp"
#include "support/sample.hpp"

using nlohmann::json;

namespace {

const beian::CivilDate kToday{2026, 11, 29};

bool has(const beian::Findings& findings, const std::string& code) {
    for (const auto& finding : findings)
        if (finding.code == code) return true;
    return false;
}

json as_json(const beian::Findings& findings) {
    json list = json::array();
    for (const auto& finding : findings) list.push_back(beian::to_json(finding));
    return list;
}

json with_bad_mobile(json dossier) {
    dossier["entity"]["securityOfficer"]["mobile"] = "12345";
    return dossier;
}

}  // namespace

TEST_CASE("the same dossier, day and profile are answered from the cache", "[cache]") {
    const auto profile = beian::test::builtin_profile();
    const auto sample = beian::test::sample_dossier();
    beian::FindingsCache cache;
    const auto first = cache.findings(sample, profile, kToday);
    const auto again = cache.findings(sample, profile, kToday);
    CHECK(first == again);  // the very same result, not computed twice
    CHECK(as_json(*first) == as_json(beian::check_dossier(sample, profile, kToday)));
    CHECK(cache.size() == 1);
}

TEST_CASE("other content under the same id and revision is checked afresh", "[cache]") {
    // An unsaved edit sent inline, or a file changed by another process,
    // keeps meta.id and meta.revision of what was stored.
    const auto profile = beian::test::builtin_profile();
    const auto sample = beian::test::sample_dossier();
    beian::FindingsCache cache;
    REQUIRE_FALSE(has(*cache.findings(sample, profile, kToday), "MOBILE_FORMAT"));
    const auto edited = with_bad_mobile(sample);
    REQUIRE(edited["meta"] == sample["meta"]);
    CHECK(has(*cache.findings(edited, profile, kToday), "MOBILE_FORMAT"));
    CHECK_FALSE(has(*cache.findings(sample, profile, kToday), "MOBILE_FORMAT"));
    CHECK(cache.size() == 1);  // one entry per dossier id
}

TEST_CASE("another day or another profile is checked afresh", "[cache]") {
    const auto profile = beian::test::builtin_profile();
    const auto sample = beian::test::sample_dossier();
    beian::FindingsCache cache;
    const auto first = cache.findings(sample, profile, kToday);
    CHECK(cache.findings(sample, profile, kToday.add_days(1)) != first);
    const auto other_profile = beian::test::builtin_profile();
    REQUIRE(other_profile.serial() != profile.serial());
    const auto on_day = cache.findings(sample, profile, kToday);
    CHECK(cache.findings(sample, other_profile, kToday) != on_day);
}

TEST_CASE("forget drops a dossier's entry and a new revision replaces it", "[cache]") {
    const auto profile = beian::test::builtin_profile();
    auto dossier = beian::test::sample_dossier();
    beian::FindingsCache cache;
    const auto first = cache.findings(dossier, profile, kToday);
    cache.forget(dossier["meta"]["id"].get<std::string>());
    CHECK(cache.size() == 0);
    CHECK(cache.findings(dossier, profile, kToday) != first);

    auto saved = with_bad_mobile(dossier);
    saved["meta"]["revision"] = dossier["meta"]["revision"].get<int>() + 1;
    CHECK(has(*cache.findings(saved, profile, kToday), "MOBILE_FORMAT"));
    CHECK(cache.size() == 1);
}

TEST_CASE("the cache holds a few dossiers, dropping the least recently used", "[cache]") {
    const auto profile = beian::test::builtin_profile();
    beian::FindingsCache cache;
    std::vector<json> dossiers;
    for (int i = 0; i < 6; ++i) {
        auto dossier = beian::test::sample_dossier();
        dossier["meta"]["id"] = "company-" + std::to_string(i);
        dossiers.push_back(dossier);
    }
    const auto kept = cache.findings(dossiers[0], profile, kToday);
    for (int i = 1; i < 6; ++i) {
        (void)cache.findings(dossiers[i], profile, kToday);
        (void)cache.findings(dossiers[0], profile, kToday);  // keeps company-0 recent
    }
    CHECK(cache.size() == 4);
    CHECK(cache.findings(dossiers[0], profile, kToday) == kept);
}
