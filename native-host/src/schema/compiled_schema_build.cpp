// Compiling a schema's JSON into CompiledSchema::Node (compiled_schema_node.hpp),
// keyword by keyword from a table. A keyword missing from the table, or one
// whose value is not the simple form modelled, leaves its subschema unsure:
// never a wrong answer, only a question for valijson.
#include <algorithm>
#include <map>
#include <stdexcept>
#include <string_view>

#include "schema/compiled_schema_node.hpp"
#include "schema/valijson_keywords.hpp"

namespace beian::schema {
namespace {

using nlohmann::json;
using Node = CompiledSchema::Node;

class Compiler {
  public:
    explicit Compiler(const json& root) : root_(root) {}

    Node::Index compile(const json& schema);
    bool is_root(const json& schema) const { return &schema == &root_; }
    std::vector<Node> take();

  private:
    const json* resolve(const json& ref) const;

    const json& root_;
    std::vector<Node> nodes_;
    std::map<const json*, Node::Index> compiled_;  // each subschema compiled once
};

using Handler = bool (*)(Node&, const json& value, Compiler&);

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
        if (!schema.is_object()) return false;
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
        if (!name.is_string()) return false;
        node.required.push_back(name.get<std::string>());
    }
    return true;
}

bool dependencies(Node& node, const json& value, Compiler&) {
    if (!value.is_object()) return false;
    for (const auto& [name, names] : value.items()) {
        if (!names.is_array()) return false;  // a schema dependency: not modelled
        auto& required = node.dependencies.emplace_back(name, std::vector<std::string>{}).second;
        for (const auto& other : names) {
            if (!other.is_string()) return false;
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

bool id(Node&, const json&, Compiler&);  // below: only the root may have one

struct Keyword {
    std::string_view name;
    Handler handle;
};

// Every keyword the checks model, and the annotations they may skip.
const Keyword kKeywords[] = {
    {"type", type},
    {"minLength", [](Node& n, const json& v, Compiler&) { return count(v, n.min_length); }},
    {"maxLength", [](Node& n, const json& v, Compiler&) { return count(v, n.max_length); }},
    {"pattern", pattern},
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
    {"propertyNames",
     [](Node& n, const json& v, Compiler& c) { return subschema(v, c, n.property_names); }},
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
    {"$id", id},
    {"$schema", annotation},
    {"$comment", annotation},
    {"title", annotation},
    {"description", annotation},
    {"default", annotation},
    {"examples", annotation},
    {"definitions", annotation},  // compiled when a $ref reaches them
};

const Keyword* find_keyword(std::string_view name) {
    for (const auto& keyword : kKeywords)
        if (keyword.name == name) return &keyword;
    return nullptr;
}

bool is_annotation(std::string_view name) {
    const auto* keyword = find_keyword(name);
    return keyword && keyword->handle == annotation;
}

// A $id below the root changes the base $refs resolve against in valijson;
// not modelled.
bool id(Node&, const json&, Compiler&) { return false; }

const json* Compiler::resolve(const json& ref) const {
    if (!ref.is_string()) return nullptr;
    const auto& text = ref.get_ref<const std::string&>();
    // Only pointers into this document, without percent-encoding.
    if (text.empty() || text.front() != '#' || text.find('%') != std::string::npos) return nullptr;
    try {
        const json::json_pointer pointer(text.substr(1));
        return root_.contains(pointer) ? &root_.at(pointer) : nullptr;
    } catch (const json::exception&) {
        return nullptr;
    }
}

Node::Index Compiler::compile(const json& schema) {
    if (const auto it = compiled_.find(&schema); it != compiled_.end()) return it->second;
    const auto index = static_cast<Node::Index>(nodes_.size());
    compiled_.emplace(&schema, index);
    nodes_.emplace_back();
    Node node;  // filled apart: compiling a subschema grows nodes_
    if (!schema.is_object()) {
        node.unsure = true;
    } else if (const auto ref = schema.find("$ref"); ref != schema.end()) {
        const auto* target = resolve(*ref);
        const bool annotated_only =
            std::all_of(schema.items().begin(), schema.items().end(), [](const auto& member) {
                return member.key() == "$ref" || is_annotation(member.key());
            });
        if (target && annotated_only)
            node.ref = compile(*target);
        else
            node.unsure = true;
    } else {
        for (const auto& [name, value] : schema.items()) {
            const auto* keyword = find_keyword(name);
            const bool root_id = name == "$id" && is_root(schema);
            if (!root_id && (!keyword || !keyword->handle(node, value, *this))) node.unsure = true;
        }
    }
    nodes_[index] = std::move(node);
    return index;
}

std::vector<Node> Compiler::take() {
    // A $ref that leads only to $refs back to itself would never reach a
    // check: unsure (valijson refuses or loops on such a schema anyway).
    for (auto& node : nodes_) {
        auto next = node.ref;
        for (std::size_t steps = 0; next && steps <= nodes_.size(); ++steps)
            next = nodes_[*next].ref;
        if (next) {
            node.ref.reset();
            node.unsure = true;
        }
    }
    nodes_.shrink_to_fit();  // kept for the host's life
    return std::move(nodes_);
}

}  // namespace

std::vector<CompiledSchema::Node> compile_schema(const nlohmann::json& schema) {
    Compiler compiler(schema);
    compiler.compile(schema);
    return compiler.take();
}

}  // namespace beian::schema
