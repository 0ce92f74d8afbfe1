// libFuzzer target: the compiled schema checks must never contradict
// valijson (schema/compiled_schema.hpp). Arbitrary bytes as a JSON document,
// put to the dossier, profile and request schemas both ways; and an input
// {"schema": S, "value": V} puts V to S as well, so the keywords meet in
// combinations the project's schemas do not have. A sure verdict that is not
// valijson's aborts the run.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "schema/compiled_schema.hpp"
#include "schema/schema_validator.hpp"
#include "util/json_text.hpp"

namespace {

using beian::schema::CompiledSchema;
using beian::schema::SchemaValidator;
using beian::schema::Verdict;
using nlohmann::json;

struct Pair {
    CompiledSchema compiled;
    SchemaValidator valijson;
};

Pair make_pair(const json& schema) {
    return {CompiledSchema(schema),
            SchemaValidator(schema, SchemaValidator::Engine::valijson_only)};
}

void expect_agreement(const CompiledSchema& compiled, const SchemaValidator& valijson,
                      const json& value, const char* schema_name) {
    const auto verdict = compiled.check(value);
    if (verdict == Verdict::unsure) return;
    const bool valid = valijson.validate(value).empty();
    if ((verdict == Verdict::valid) == valid) return;
    std::fprintf(stderr, "compiled checks say %s, valijson %s (%s)\n",
                 verdict == Verdict::valid ? "valid" : "invalid", valid ? "valid" : "invalid",
                 schema_name);
    std::abort();
}

// valijson follows a $ref that leads back to itself until the stack ends:
// a schema of the input's own is tried only without $ref.
bool has_ref(const json& value) {
    if (value.is_object() && value.contains("$ref")) return true;
    if (value.is_structured())
        for (const auto& child : value)
            if (has_ref(child)) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Pair project[] = {
        make_pair(beian::schema::embedded_json("schemas/dossier.schema.json")),
        make_pair(beian::schema::embedded_json("schemas/portal/profile.schema.json")),
        make_pair(beian::schema::embedded_json("schemas/protocol/request.schema.json")),
    };
    static const char* const kNames[] = {"dossier", "profile", "request"};
    const auto parsed = beian::parse_json_text({reinterpret_cast<const char*>(data), size});
    if (!parsed.ok()) return 0;
    const auto& document = parsed.value;
    for (std::size_t i = 0; i < std::size(project); ++i)
        expect_agreement(project[i].compiled, project[i].valijson, document, kNames[i]);

    if (!document.is_object() || document.size() != 2 || !document.contains("schema") ||
        !document.contains("value") || has_ref(document["schema"]))
        return 0;
    try {
        const auto own = make_pair(document["schema"]);
        expect_agreement(own.compiled, own.valijson, document["value"], "the input's");
    } catch (const std::exception&) {
        // A schema valijson refuses: nothing to compare.
    }
    return 0;
}
