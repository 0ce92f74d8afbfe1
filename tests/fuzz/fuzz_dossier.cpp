// libFuzzer target: arbitrary bytes as a dossier file. Parses them as the
// store does and runs the whole rule table, which must never crash on a
// document that fails its schema.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "portal/profile.hpp"
#include "rules/check_dossier.hpp"
#include "schema/schema_validator.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto profile = beian::portal::Profile::from_json(
        beian::schema::embedded_json("schemas/portal/profile.json"));
    const auto document =
        nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) return 0;
    const auto findings = beian::check_dossier(document, profile, {2026, 11, 29});
    for (const auto& finding : findings) (void)beian::to_json(finding).dump();
    return 0;
}
