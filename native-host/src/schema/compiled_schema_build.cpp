// Compiling a schema's JSON into CompiledSchema::Node (compiled_schema_node.hpp),
// keyword by keyword from the table of compiled_schema_keywords.cpp. A keyword missing from it, or
// one whose value is not the simple form modelled, leaves its subschema unsure: never a wrong
// answer, only a question for valijson.
//
// The schema compiled is the one valijson parses: prepare_for_valijson's,
// with "pattern" renamed where RE2 checks it and each "propertyNames" a
// document of its own. What valijson reads its own way is unsure too: a
// name with a NUL byte (it keeps the part before), a $ref it would resolve
// otherwise (empty tokens, escapes) or could confuse (its cache keys paths
// unescaped: a schema with a $ref and a member name with "/" or "~" is
// unsure whole).
#include <algorithm>

#include "schema/compiled_schema_compiler.hpp"
#include "schema/valijson_keywords.hpp"

namespace beian::schema::compiling {
namespace {

// Whether some member name anywhere in value passes test.
template <typename Test>
bool any_key(const json& value, const Test& test) {
    if (value.is_object())
        for (const auto& [key, child] : value.items())
            if (test(key) || any_key(child, test)) return true;
    if (value.is_array())
        for (const auto& child : value)
            if (any_key(child, test)) return true;
    return false;
}

// valijson caches the subschemas it parsed by their path, written without
// escaping, and a $ref by its pointer: with a member named "a/b" a $ref can
// get the wrong subschema, and another member its $ref's target. A schema
// with both is not modelled at all.
bool confusable(const json& root) {
    return any_key(root, [](const std::string& key) { return key == "$ref"; }) &&
           any_key(root, [](const std::string& key) {
               return key.find_first_of("/~") != std::string::npos;
           });
}

}  // namespace

Compiler::Compiler(const json& root, Table& table)
    : root_(root), table_(table), refs_unsure_(confusable(root)) {}

const json* Compiler::resolve(const json& ref) const {
    if (!ref.is_string()) return nullptr;
    const auto& text = ref.get_ref<const std::string&>();
    // Only plain pointers into this document: no percent-encoding or
    // escapes, no empty token (valijson skips those, nlohmann reads "").
    if (text.empty() || text.front() != '#' || text.find_first_of("%~") != std::string::npos ||
        text.find("//") != std::string::npos || (text.size() > 1 && text.back() == '/'))
        return nullptr;
    try {
        const json::json_pointer pointer(text.substr(1));
        return root_.contains(pointer) ? &root_.at(pointer) : nullptr;
    } catch (const json::exception&) {
        return nullptr;
    }
}

Node::Index Compiler::compile(const json& schema) {
    if (const auto it = compiled_.find(&schema); it != compiled_.end()) return it->second;
    auto& nodes = table_.nodes;
    const auto index = static_cast<Node::Index>(nodes.size());
    compiled_.emplace(&schema, index);
    nodes.emplace_back();
    Node node;  // filled apart: compiling a subschema grows the table
    if (!schema.is_object() || (refs_unsure_ && is_root(schema))) {
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
    table_.nodes[index] = std::move(node);
    return index;
}

namespace {

// A $ref that leads only to $refs back to itself would never reach a check:
// unsure (valijson refuses or loops on such a schema anyway).
void break_ref_cycles(std::vector<Node>& nodes) {
    for (auto& node : nodes) {
        auto next = node.ref;
        for (std::size_t steps = 0; next && steps <= nodes.size(); ++steps) next = nodes[*next].ref;
        if (next) {
            node.ref.reset();
            node.unsure = true;
        }
    }
}

}  // namespace
}  // namespace beian::schema::compiling

namespace beian::schema {

std::vector<CompiledSchema::Node> compile_schema(nlohmann::json schema) {
    using namespace compiling;
    const auto prepared = prepare_for_valijson(std::move(schema));
    Table table;
    Compiler(prepared, table).compile(prepared);
    break_ref_cycles(table.nodes);
    table.nodes.shrink_to_fit();  // kept for the host's life
    return std::move(table.nodes);
}

}  // namespace beian::schema
