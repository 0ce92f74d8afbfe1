// The compiled checks keyword by keyword: each case names the verdict the
// checks give, and a sure verdict must be valijson's (strong types), down to
// valijson's quirks.
#include <catch2/catch.hpp>
#include <string>

#include "schema/compiled_schema.hpp"
#include "schema/schema_validator.hpp"

using beian::schema::CompiledSchema;
using beian::schema::SchemaValidator;
using beian::schema::Verdict;
using nlohmann::json;

namespace {

struct Case {
    const char* schema;
    const char* value;
    Verdict expected;
};

constexpr auto valid = Verdict::valid;
constexpr auto invalid = Verdict::invalid;
constexpr auto unsure = Verdict::unsure;

const Case kCases[] = {
    {R"({"type": "string"})", R"("a")", valid},
    {R"({"type": "string"})", "1", invalid},
    {R"({"type": ["string", "null"]})", "null", valid},
    {R"({"type": "integer"})", "3", valid},
    {R"({"type": "integer"})", "3.0", invalid},  // strong types: a double is no integer
    {R"({"type": "integer"})", "18446744073709551615", valid},
    {R"({"type": "number"})", "3", valid},
    {R"({"type": "number"})", "-2.5", valid},
    {R"({"type": "boolean"})", "0", invalid},
    {R"({"type": "thing"})", "0", unsure},        // (valijson refuses the schema)
    {R"({"maxLength": 2})", R"("中文")", valid},  // characters, not bytes
    {R"({"maxLength": 2})", R"("中文字")", invalid},
    {R"({"maxLength": 2})", R"("ab\u0000cdef")", valid},  // valijson counts up to a NUL
    {R"({"minLength": 1})", R"("\u0000a")", invalid},
    {R"({"minLength": 2})", R"("é")", invalid},
    {R"({"minLength": 2})", R"("éé")", valid},
    {R"({"maxLength": 1})", "12345", valid},  // lengths bind strings only
    {R"({"pattern": "^\\d{4}-\\d{2}$"})", R"("2026-12")", valid},
    {R"({"pattern": "^\\d{4}-\\d{2}$"})", R"("2026-1")", invalid},
    {R"({"pattern": "b"})", R"("abc")", valid},  // unanchored: a search
    {R"({"pattern": "^a.c$"})", R"("a\nc")", invalid},
    {R"({"minimum": 0})", "-1", invalid},
    {R"({"minimum": 0})", "0", valid},
    {R"({"minimum": 0})", "18446744073709551615", invalid},  // valijson's int64 wraps
    {R"({"maximum": 10})", "10.5", invalid},
    {R"({"maximum": 10})", R"("11")", valid},
    {R"({"exclusiveMinimum": 0})", "1", valid},
    {R"({"exclusiveMinimum": 0})", "0", invalid},
    {R"({"exclusiveMaximum": 1.5})", "1.5", invalid},
    {R"({"multipleOf": 2})", "4", unsure},
    {R"({"minItems": 1, "maxItems": 2})", "[]", invalid},
    {R"({"minItems": 1, "maxItems": 2})", "[1, 2]", valid},
    {R"({"minItems": 1, "maxItems": 2})", "[1, 2, 3]", invalid},
    {R"({"items": {"type": "string"}})", R"(["a", 1])", invalid},
    {R"({"items": {"type": "string"}})", R"(["a", "b"])", valid},
    {R"({"items": [{"type": "string"}]})", R"(["a"])", unsure},
    {R"({"uniqueItems": true})", R"(["a", "b", "a"])", invalid},
    {R"({"uniqueItems": true})", R"(["a", "b"])", valid},
    {R"({"uniqueItems": true})", "[1, 1.0]", unsure},
    {R"({"uniqueItems": false})", R"(["a", "a"])", valid},
    {R"({"properties": {"a": {"type": "string"}}})", R"({"a": 1})", invalid},
    {R"({"properties": {"a": {"type": "string"}}})", R"({"a": "x", "b": 1})", valid},
    {R"({"properties": {"b": {}}, "additionalProperties": false})", R"({"a": 1})", invalid},
    {R"({"properties": {"b": {}}, "additionalProperties": false})", R"({"b": 1})", valid},
    {R"({"additionalProperties": {"type": "integer"}})", R"({"a": 1, "b": "2"})", invalid},
    {R"({"required": ["a", "b"]})", R"({"a": 1})", invalid},
    {R"({"required": ["a"]})", R"({"a": null})", valid},
    {R"({"required": ["a"]})", "[]", valid},  // binds objects only
    {R"({"dependencies": {"a": ["b"]}})", R"({"a": 1})", invalid},
    {R"({"dependencies": {"a": ["b"]}})", R"({"b": 1})", valid},
    {R"({"dependencies": {"a": ["b"]}})", R"({"a": 1, "b": 2})", valid},
    {R"({"dependencies": {"a": {"required": ["b"]}}})", R"({"a": 1})", unsure},
    {R"({"minProperties": 1})", "{}", invalid},
    {R"({"maxProperties": 1})", R"({"a": 1, "b": 2})", invalid},
    {R"({"patternProperties": {"^a": {}}})", "{}", unsure},
    {R"({"propertyNames": {"minLength": 2}})", R"({"ab": 1, "c": 2})", invalid},
    {R"({"propertyNames": {"pattern": "^[a-z]+$"}})", R"({"ab": 1, "c": 2})", valid},
    {R"({"propertyNames": {"maxLength": 1}})", R"(["abc"])", valid},  // binds objects only
    {R"({"enum": ["x", "y"]})", R"("y")", valid},
    {R"({"enum": ["x", "y"]})", R"("z")", invalid},
    {R"({"enum": [1]})", "1", valid},
    {R"({"enum": [1]})", "1.0", valid},  // numbers compare as doubles
    {R"({"enum": [1]})", R"("1")", invalid},
    {R"({"enum": [null, false]})", "false", valid},
    {R"({"enum": [null, false]})", "0", invalid},
    {R"({"enum": [[1]]})", "[1]", unsure},
    {R"({"enum": ["a"]})", "[1]", invalid},
    {R"({"const": "algorithm"})", R"("algorithm")", valid},
    {R"({"const": "algorithm"})", R"("entity")", invalid},
    {R"({"anyOf": [{"type": "string"}, {"type": "null"}]})", "null", valid},
    {R"({"anyOf": [{"type": "string"}, {"type": "null"}]})", "1", invalid},
    {R"({"anyOf": [{"format": "date"}, {"type": "null"}]})", "1", unsure},
    {R"({"allOf": [{"type": "string"}, {"maxLength": 1}]})", R"("ab")", invalid},
    {R"({"oneOf": [{"type": "string"}, {"maxLength": 1}]})", R"("a")", invalid},  // both
    {R"({"oneOf": [{"type": "string"}, {"type": "null"}]})", R"("a")", valid},
    {R"({"oneOf": [{"type": "string"}, {"format": "date"}]})", R"("a")", unsure},
    {R"({"not": {"required": ["a"]}})", R"({"a": 1})", invalid},
    {R"({"not": {"required": ["a"]}})", R"({"b": 1})", valid},
    {R"({"if": {"properties": {"s": {"const": "x"}}}, "then": {"required": ["x"]},
        "else": {"not": {"required": ["x"]}}})",
     R"({"s": "x"})", invalid},
    {R"({"if": {"properties": {"s": {"const": "x"}}}, "then": {"required": ["x"]},
        "else": {"not": {"required": ["x"]}}})",
     R"({"s": "y", "x": 1})", invalid},
    {R"({"if": {"properties": {"s": {"const": "x"}}}, "then": {"required": ["x"]}})",
     R"({"s": "y"})", valid},
    {R"({"definitions": {"D": {"pattern": "^\\d+$"}}, "properties": {"d": {"$ref": "#/definitions/D"}}})",
     R"({"d": "12a"})", invalid},
    {R"({"definitions": {"D": {"pattern": "^\\d+$"}}, "properties": {"d": {"$ref": "#/definitions/D",
        "description": "annotations beside a $ref are fine"}}})",
     R"({"d": "12"})", valid},
    {R"({"definitions": {"D": {}}, "properties": {"d": {"$ref": "#/definitions/D", "type": "string"}}})",
     R"({"d": "1"})", unsure},
    {R"({"properties": {"next": {"$ref": "#"}}, "required": ["v"]})",
     R"({"v": 1, "next": {"v": 2}})", valid},
    {R"({"properties": {"next": {"$ref": "#"}}, "required": ["v"]})", R"({"v": 1, "next": {}})",
     invalid},
    {R"({"format": "date"})", R"("2026-13-01")", unsure},
    // What valijson reads its own way (found by review, each once a wrong
    // sure verdict): names cut at a NUL byte, pointers with empty tokens,
    // a cache confused by "/" in names, keywords only a $ref reaches.
    {R"({"properties": {"a\u0000b": {"type": "integer"}}, "additionalProperties": false})",
     R"({"a\u0000b": 1})", unsure},
    {R"({"required": ["a\u0000"]})", R"({"a": 1})", unsure},
    {R"({"dependencies": {"a\u0000": ["b"]}})", R"({"a": 1})", unsure},
    {R"({"$ref": "#/definitions/a/", "definitions": {"a": {"type": "string", "": {"type": "integer"}}}})",
     "1", unsure},
    {R"({"$ref": "#/definitions//a", "definitions": {"a": {"type": "string"}, "": {"a": {"type": "integer"}}}})",
     "1", unsure},
    {R"({"properties": {"0": {"$ref": "#/properties/a/not"}, "a": {"not": {"type": "string"}},
        "a/not": {"type": "integer"}}})",
     R"({"a/not": 5})", unsure},
    {R"({"properties": {"0": {"$ref": "#/properties/a~1b"}, "a/b": {"type": "string"},
        "a~1b": {"type": "integer"}}})",
     R"({"a~1b": 5})", unsure},
    {R"({"definitions": {"n": {"maxLength": 5}}, "propertyNames": {"$ref": "#/definitions/n",
        "definitions": {"n": {"maxLength": 1}}}})",
     R"({"abc": 1})", invalid},  // its $ref points into propertyNames' own document
    {R"({"$ref": "#/default", "default": {"pattern": "^.$"}})", R"("é")", unsure},
    {R"({"$ref": "#/definitions", "definitions": {"pattern": "^.$"}})", R"("é")", unsure},
    {R"({"properties": {"p": {"$ref": "#/default"}}, "default": {"type": "object",
        "propertyNames": {"maxLength": 1}}})",
     R"({"p": {"a": 1}})", unsure},
    {R"({"allOf": [{"$ref": "#"}]})", "1", unsure},  // endless in valijson: never asked here
    {R"({"x-unknown": 1})", "1", unsure},
};

const char* name_of(Verdict verdict) {
    switch (verdict) {
        case Verdict::valid:
            return "valid";
        case Verdict::invalid:
            return "invalid";
        case Verdict::unsure:
            return "unsure";
    }
    return "?";
}

}  // namespace

TEST_CASE("each compiled check gives its verdict, and a sure one is valijson's", "[schema]") {
    for (const auto& [schema_text, value_text, expected] : kCases) {
        const auto schema = json::parse(schema_text);
        const auto value = json::parse(value_text);
        INFO(schema_text << " ← " << value_text);
        const auto verdict = CompiledSchema(schema).check(value);
        CHECK(name_of(verdict) == std::string(name_of(expected)));
        if (verdict == Verdict::unsure) continue;
        const SchemaValidator valijson(schema, SchemaValidator::Engine::valijson_only);
        CHECK((verdict == Verdict::valid) == valijson.validate(value).empty());
    }
}

TEST_CASE("a schema the checks cannot model still validates, through valijson", "[schema]") {
    const auto schema = json::parse(R"({"properties": {"d": {"format": "date"}}})");
    CHECK(CompiledSchema(schema).unsure_subschemas() == 1);
    const SchemaValidator validator(schema);
    CHECK(validator.validate(json::parse(R"({"d": "2026-12-06"})")).empty());
    CHECK_FALSE(validator.validate(json::parse(R"({"d": "2026-13-06"})")).empty());
}

TEST_CASE("a $ref that only leads back to itself is unsure, not a loop", "[schema]") {
    const auto schema = json::parse(R"({"definitions": {"A": {"$ref": "#/definitions/B"},
        "B": {"$ref": "#/definitions/A"}}, "properties": {"a": {"$ref": "#/definitions/A"}}})");
    CHECK(CompiledSchema(schema).check(json::parse(R"({"a": 1})")) == Verdict::unsure);
    CHECK(CompiledSchema(schema).check(json::parse(R"({"b": 1})")) == Verdict::valid);
}
