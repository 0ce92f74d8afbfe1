// A JSON Schema compiled to a table of plain checks, which tells a valid
// document valid at a fraction of valijson's cost. valijson copies the path
// of every value it visits and the name of every member, and counts every
// string's characters: on an agency's dossier it took 3-6 times Ajv's time,
// with no hot spot left to take out (docs/performance.md).
//
// The checks answer only what they are sure valijson answers. A keyword they
// do not model (format, patternProperties, additionalItems, contains, …) and the corner cases of
// those they do (numbers compared past int64, equality of arrays and objects) make them "unsure".
// SchemaValidator asks valijson whenever the answer is not "valid": valijson
// stays the authority on every invalid document and the source of every
// error message. tests/unit/test_compiled_schema*.cpp and the fuzz target
// fuzz_schema_agreement hold the two to the same verdicts.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace beian::schema {

enum class Verdict : std::uint8_t { valid, invalid, unsure };

class CompiledSchema {
  public:
    // Never throws for a schema valijson accepts: what it cannot model
    // becomes a check that answers "unsure". By value: a schema moved in is
    // prepared (valijson_keywords.hpp) without a copy.
    explicit CompiledSchema(nlohmann::json schema);
    ~CompiledSchema();
    CompiledSchema(CompiledSchema&&) noexcept;
    CompiledSchema& operator=(CompiledSchema&&) noexcept;

    // Thread-safe: the checks are read-only (RE2 matches concurrently).
    Verdict check(const nlohmann::json& value) const;

    // Subschemas holding a keyword not modelled: each answers "unsure"
    // whenever a value reaches it. The dossier schema must have none, or its
    // valid documents go through valijson again (a unit test keeps it so).
    std::size_t unsure_subschemas() const;

    struct Node;  // compiled_schema_node.hpp

  private:
    std::vector<Node> nodes_;  // nodes_[0] is the root
};

}  // namespace beian::schema
