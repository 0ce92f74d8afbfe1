// libFuzzer target: arbitrary bytes as a dossier file. Parses them as the
// store does (parse_json_text: bounded nesting, no exception escapes) and
// runs the whole rule table, which must never crash on a document that fails
// its schema.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "portal/profile.hpp"
#include "rules/check_dossier.hpp"
#include "schema/schema_validator.hpp"
#include "util/json_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The embedded profile as the host loads it (the unit tests check it
    // against its schema).
    static const auto profile = beian::portal::Profile::with_override(nullptr);
    const auto parsed = beian::parse_json_text({reinterpret_cast<const char*>(data), size});
    if (!parsed.ok()) return 0;
    const auto findings = beian::check_dossier(parsed.value, profile, {2026, 11, 29});
    for (const auto& finding : findings) (void)beian::to_json(finding).dump();
    return 0;
}
