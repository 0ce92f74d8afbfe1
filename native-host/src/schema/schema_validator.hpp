// JSON Schema (draft-07) validation through valijson, the maintained
// validator; its "pattern" keyword is checked with RE2 (valijson_keywords.hpp).
// A document is first put to the schema's compiled checks
// (compiled_schema.hpp), which tell a valid one valid at Ajv's speed;
// valijson decides every other case and words every error.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace beian::schema {

struct SchemaError {
    std::string pointer;  // JSON Pointer of the offending value ("" = root)
    std::string message;  // valijson's description (English), never the value
};

class SchemaValidator {
  public:
    // valijson_only skips the compiled checks: for the tests and the
    // benchmark that compare the two.
    enum class Engine { compiled_then_valijson, valijson_only };

    // Throws std::runtime_error when the schema itself cannot be parsed.
    explicit SchemaValidator(const nlohmann::json& schema,
                             Engine engine = Engine::compiled_then_valijson);
    // The checks compiled now from load(); valijson's schema parsed from
    // load() again when a document first needs it (a schema valijson cannot
    // parse throws then). For the embedded schemas, which the tests parse.
    explicit SchemaValidator(std::function<nlohmann::json()> load);
    ~SchemaValidator();
    SchemaValidator(SchemaValidator&&) noexcept;

    std::vector<SchemaError> validate(const nlohmann::json& document) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Validators of the embedded schemas, built once.
const SchemaValidator& dossier_validator();
const SchemaValidator& request_validator();
// The request schema without its per-type params clauses (allOf): what the
// dispatcher checks after params_validator() passed the params. Building the
// whole request schema built every type's params schema, at every start.
const SchemaValidator& envelope_validator();
const SchemaValidator& profile_validator();
// The params schema of one request type (definitions/<type, "." as "_">
// of the request schema), or nullptr for an unknown type. Checked apart
// from the envelope so a bad param is named precisely: valijson reports an
// if/then failure only as a whole.
const SchemaValidator* params_validator(std::string_view type);

// Parses an embedded JSON resource; throws if missing (a build error).
nlohmann::json embedded_json(std::string_view path);

}  // namespace beian::schema
