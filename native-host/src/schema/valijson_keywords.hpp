// Keywords valijson 1.0 gets wrong or slow, handed to constraint builders of
// our own: "pattern" checked with RE2 instead of std::regex (std::regex is
// backtracking and recursive: a long string exhausted the stack, and it was
// a sixth of validating a dossier; RE2 runs in linear time and never recurses
// on the input), and "propertyNames" (below). A schema is prepared for
// valijson by renaming these keywords (prepare_for_valijson).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <valijson/constraint_builder.hpp>

namespace re2 {
class RE2;
}

namespace beian::schema {

inline constexpr const char* kRe2PatternKeyword = "x-beian-re2-pattern";

// schema with its "pattern" keywords (in schema positions, not property
// names) renamed to kRe2PatternKeyword, and "propertyNames" to
// kPropertyNamesKeyword (below).
nlohmann::json prepare_for_valijson(nlohmann::json schema);

// An ECMA-262 pattern (what JSON Schema's "pattern" is) in RE2's syntax: "."
// outside a class matches no line terminator (\n, \r, U+2028, U+2029), as in
// JavaScript; the rest of the schemas' patterns (anchors, classes, \d,
// quantifiers, groups, alternation) mean the same in both.
std::string re2_syntax(const std::string& ecma_pattern);

// ecma_pattern compiled with RE2 in re2_syntax, as both valijson's "pattern"
// (below) and the compiled checks (compiled_schema.hpp) match it. Throws
// std::runtime_error when RE2 cannot compile it.
std::shared_ptr<const re2::RE2> compile_re2_pattern(const std::string& ecma_pattern);

class Re2PatternBuilder : public valijson::ConstraintBuilder {
  public:
    // Throws std::runtime_error when RE2 cannot compile the pattern.
    valijson::constraints::Constraint* make(
        const valijson::adapters::Adapter& value) const override;
};

// valijson 1.0 parses a "propertyNames" subschema under its parent's path and
// so reuses the parent's schema for the names: {"type": "object",
// "propertyNames": {"minLength": 1}} refused every name (the profile's
// optionAliases). prepare_for_valijson also renames "propertyNames" to
// kPropertyNamesKeyword, which this builder checks with a schema of its own.
inline constexpr const char* kPropertyNamesKeyword = "x-beian-property-names";

class PropertyNamesBuilder : public valijson::ConstraintBuilder {
  public:
    valijson::constraints::Constraint* make(
        const valijson::adapters::Adapter& value) const override;
};

}  // namespace beian::schema
