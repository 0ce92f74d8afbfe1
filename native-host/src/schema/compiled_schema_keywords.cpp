// The keywords the compiled checks model (compiled_schema_compiler.hpp), a
// handler each, and the annotations they skip.
#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "schema/compiled_schema_compiler.hpp"
#include "schema/valijson_keywords.hpp"

namespace beian::schema::compiling {
namespace {

bool has_nul(const std::string& name) { return name.find('\0') != std::string::npos; }

bool annotation(Node&, const json&, Compiler&) { return true; }

bool count(const json& value, std::uint64_t& out) {
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0) return false;
    out = value.get<std::uint64_t>();
    return true;
}

bool number(const json& value, std::optional<double>& out) {
    if (!value.is_number()) return false;
    // Past int64, valijson's reading of the bound is not modelled.
    constexpr auto kInt64Max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > kInt64Max) return false;
    out = value.get<double>();
    return true;
}

bool subschema(const json& value, Compiler& compiler, std::optional<Node::Index>& out) {
    if (!value.is_object()) return false;  // boolean schemas are not modelled
    out = compiler.compile(value);
    return true;
}

bool subschemas(const json& value, Compiler& compiler, std::vector<Node::Index>& out) {
    if (!value.is_array() || value.empty()) return false;
    for (const auto& schema : value) {
        if (!schema.is_object()) return false;
        out.push_back(compiler.compile(schema));
    }
    return true;
}

std::uint8_t type_bits(const json& name) {
    static constexpr std::pair<std::string_view, std::uint8_t> kTypes[] = {
        {"null", kNullBit},       {"boolean", kBooleanBit},
        {"integer", kIntegerBit}, {"number", kIntegerBit | kFractionalBit},
        {"string", kStringBit},   {"array", kArrayBit},
        {"object", kObjectBit},
    };
    if (!name.is_string()) return 0;
    for (const auto& [type, bits] : kTypes)
        if (name.get_ref<const std::string&>() == type) return bits;
    return 0;
}

bool type(Node& node, const json& value, Compiler&) {
    std::uint8_t bits = 0;
    if (value.is_string()) bits = type_bits(value);
    if (value.is_array())
        for (const auto& name : value) {
            const auto named = type_bits(name);
            if (named == 0) return false;
            bits |= named;
        }
    node.types = bits;
    return bits != 0;
}

bool pattern(Node& node, const json& value, Compiler&) {
    if (!value.is_string()) return false;
    try {
        node.pattern = compile_re2_pattern(value.get<std::string>());
    } catch (const std::runtime_error&) {
        return false;
    }
    return true;
}

bool properties(Node& node, const json& value, Compiler& compiler) {
    if (!value.is_object()) return false;
    for (const auto& [name, schema] : value.items()) {
        if (!schema.is_object() || has_nul(name)) return false;
        node.properties.push_back({name, compiler.compile(schema)});
    }
    // As nlohmann's std::map orders an object's members.
    std::sort(node.properties.begin(), node.properties.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return true;
}

bool required(Node& node, const json& value, Compiler&) {
    if (!value.is_array()) return false;
    for (const auto& name : value) {
        if (!name.is_string() || has_nul(name.get_ref<const std::string&>())) return false;
        node.required.push_back(name.get<std::string>());
    }
    return true;
}

bool dependencies(Node& node, const json& value, Compiler&) {
    if (!value.is_object()) return false;
    for (const auto& [name, names] : value.items()) {
        if (!names.is_array() || has_nul(name)) return false;  // schema dependency: not modelled
        auto& required = node.dependencies.emplace_back(name, std::vector<std::string>{}).second;
        for (const auto& other : names) {
            if (!other.is_string() || has_nul(other.get_ref<const std::string&>())) return false;
            required.push_back(other.get<std::string>());
        }
    }
    return true;
}

bool additional_properties(Node& node, const json& value, Compiler& compiler) {
    if (value.is_boolean()) {
        node.additional =
            value.get<bool>() ? Node::Additional::allowed : Node::Additional::forbidden;
        return true;
    }
    if (!value.is_object()) return false;
    node.additional = Node::Additional::checked;
    node.additional_node = compiler.compile(value);
    return true;
}

bool unique_items(Node& node, const json& value, Compiler&) {
    if (!value.is_boolean()) return false;
    node.unique_items = value.get<bool>();
    return true;
}

bool enumeration(Node& node, const json& value, Compiler&) {
    if (!value.is_array()) return false;
    node.equal_to_one_of.emplace_back(value.begin(), value.end());
    return true;
}

// valijson_keywords.hpp's "propertyNames": the subschema as text, parsed
// and prepared as a document of its own, its $refs pointing into it.
bool property_names(Node& node, const json& value, Compiler& compiler) {
    if (!value.is_string()) return false;
    auto names = json::parse(value.get_ref<const std::string&>(), nullptr, false);
    if (names.is_discarded()) return false;
    auto& document =
        compiler.table().documents.emplace_back(prepare_for_valijson(std::move(names)));
    if (!document.is_object()) return false;
    Compiler own(document, compiler.table());
    node.property_names = own.compile(document);
    return true;
}

bool not_modelled(Node&, const json&, Compiler&) { return false; }

// Every keyword the checks model, and the annotations they may skip.
const Keyword kKeywords[] = {
    {"type", type},
    {"minLength", [](Node& n, const json& v, Compiler&) { return count(v, n.min_length); }},
    {"maxLength", [](Node& n, const json& v, Compiler&) { return count(v, n.max_length); }},
    {kRe2PatternKeyword, pattern},
    // One prepare_for_valijson left: valijson's std::regex checks it.
    {"pattern", not_modelled},
    {"minimum", [](Node& n, const json& v, Compiler&) { return number(v, n.minimum); }},
    {"maximum", [](Node& n, const json& v, Compiler&) { return number(v, n.maximum); }},
    {"exclusiveMinimum",
     [](Node& n, const json& v, Compiler&) { return number(v, n.exclusive_minimum); }},
    {"exclusiveMaximum",
     [](Node& n, const json& v, Compiler&) { return number(v, n.exclusive_maximum); }},
    {"minItems", [](Node& n, const json& v, Compiler&) { return count(v, n.min_items); }},
    {"maxItems", [](Node& n, const json& v, Compiler&) { return count(v, n.max_items); }},
    {"uniqueItems", unique_items},
    {"items", [](Node& n, const json& v, Compiler& c) { return subschema(v, c, n.items); }},
    {"properties", properties},
    {"required", required},
    {"additionalProperties", additional_properties},
    {"dependencies", dependencies},
    {kPropertyNamesKeyword, property_names},
    // One prepare_for_valijson left: valijson 1.0's own reuses the parent's schema.
    {"propertyNames", not_modelled},
    {"minProperties", [](Node& n, const json& v, Compiler&) { return count(v, n.min_properties); }},
    {"maxProperties", [](Node& n, const json& v, Compiler&) { return count(v, n.max_properties); }},
    {"enum", enumeration},
    {"const",
     [](Node& n, const json& v, Compiler&) {
         n.equal_to_one_of.push_back({v});
         return true;
     }},
    {"allOf", [](Node& n, const json& v, Compiler& c) { return subschemas(v, c, n.all_of); }},
    {"anyOf", [](Node& n, const json& v, Compiler& c) { return subschemas(v, c, n.any_of); }},
    {"oneOf", [](Node& n, const json& v, Compiler& c) { return subschemas(v, c, n.one_of); }},
    {"not", [](Node& n, const json& v, Compiler& c) { return subschema(v, c, n.not_node); }},
    {"if", [](Node& n, const json& v, Compiler& c) { return subschema(v, c, n.if_node); }},
    {"then", [](Node& n, const json& v, Compiler& c) { return subschema(v, c, n.then_node); }},
    {"else", [](Node& n, const json& v, Compiler& c) { return subschema(v, c, n.else_node); }},
    // Below the root a $id changes the base valijson resolves $refs against;
    // the root's is skipped in compile().
    {"$id", not_modelled},
    {"$schema", annotation},
    {"$comment", annotation},
    {"title", annotation},
    {"description", annotation},
    {"default", annotation},
    {"examples", annotation},
    {"definitions", annotation},  // compiled when a $ref reaches them
};

}  // namespace

const Keyword* find_keyword(std::string_view name) {
    for (const auto& keyword : kKeywords)
        if (keyword.name == name) return &keyword;
    return nullptr;
}

bool is_annotation(std::string_view name) {
    const auto* keyword = find_keyword(name);
    return keyword && keyword->handle == annotation;
}

}  // namespace beian::schema::compiling
