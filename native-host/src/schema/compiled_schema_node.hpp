// One compiled subschema (compiled_schema.hpp): its keywords as plain data,
// its subschemas as indices into the schema's table of nodes. Shared by the
// compiler (compiled_schema_build.cpp) and the checks (compiled_schema.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "schema/compiled_schema.hpp"

namespace re2 {
class RE2;
}

namespace beian::schema {

// A value's JSON type as a bit, so "type" is one mask test. Integers and
// other numbers apart: "integer" is kInteger, "number" both.
enum TypeBit : std::uint8_t {
    kNullBit = 1,
    kBooleanBit = 2,
    kIntegerBit = 4,
    kFractionalBit = 8,
    kStringBit = 16,
    kArrayBit = 32,
    kObjectBit = 64,
    kAnyTypeBits = 127,
};

struct CompiledSchema::Node {
    using Index = std::uint32_t;
    static constexpr auto kNoLimit = std::numeric_limits<std::uint64_t>::max();

    // A "$ref": this node stands for another; its other keywords are
    // annotations (a $ref with real siblings is left unsure).
    std::optional<Index> ref;
    // A keyword not modelled: the node answers "unsure" when reached.
    bool unsure = false;

    std::uint8_t types = kAnyTypeBits;

    // Strings: lengths in characters counted as valijson counts them.
    std::uint64_t min_length = 0;
    std::uint64_t max_length = kNoLimit;
    std::shared_ptr<const re2::RE2> pattern;

    // Numbers, compared as doubles as valijson compares them.
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> exclusive_minimum;  // draft-07's: a number
    std::optional<double> exclusive_maximum;

    // Arrays.
    std::uint64_t min_items = 0;
    std::uint64_t max_items = kNoLimit;
    bool unique_items = false;
    std::optional<Index> items;

    // Objects: properties sorted by name as nlohmann's object keeps its
    // members, so a document's object and its schema are walked side by side.
    struct Property {
        std::string name;
        Index node;
    };
    std::vector<Property> properties;
    std::vector<std::string> required;
    // "dependencies" in their property form: a member present requires others.
    std::vector<std::pair<std::string, std::vector<std::string>>> dependencies;
    enum class Additional : std::uint8_t { allowed, forbidden, checked };
    Additional additional = Additional::allowed;
    Index additional_node = 0;
    // "propertyNames", as valijson_keywords.hpp checks it: each name as a
    // string value.
    std::optional<Index> property_names;
    std::uint64_t min_properties = 0;
    std::uint64_t max_properties = kNoLimit;

    // "enum" and "const": the value must equal one of each list.
    std::vector<std::vector<nlohmann::json>> equal_to_one_of;

    std::vector<Index> all_of;
    std::vector<Index> any_of;
    std::vector<Index> one_of;
    std::optional<Index> not_node;
    std::optional<Index> if_node;
    std::optional<Index> then_node;
    std::optional<Index> else_node;
};

// Compiles schema (whose root is the document $refs point into), as
// prepare_for_valijson prepares it for valijson, into nodes, the root first.
std::vector<CompiledSchema::Node> compile_schema(nlohmann::json schema);

}  // namespace beian::schema
