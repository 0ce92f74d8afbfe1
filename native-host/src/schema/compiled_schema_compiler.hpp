// The compiler of compiled_schema_build.cpp and the keyword table of
// compiled_schema_keywords.cpp, which hands each keyword of a subschema to a
// handler that fills the node (compiled_schema_node.hpp).
#pragma once

#include <list>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "schema/compiled_schema_node.hpp"

namespace beian::schema::compiling {

using nlohmann::json;
using Node = CompiledSchema::Node;

// The nodes of a schema and of the documents its "propertyNames" are, which
// live as long as the compiling (the compilers know subschemas by address).
struct Table {
    std::vector<Node> nodes;
    std::list<json> documents;
};

class Compiler {
  public:
    Compiler(const json& root, Table& table);

    Node::Index compile(const json& schema);
    bool is_root(const json& schema) const { return &schema == &root_; }
    Table& table() { return table_; }

  private:
    const json* resolve(const json& ref) const;

    const json& root_;
    Table& table_;
    const bool refs_unsure_;
    std::map<const json*, Node::Index> compiled_;  // each subschema compiled once
};

// Fills node from one keyword's value; false when the value is not the form
// modelled (the node is then unsure).
using Handler = bool (*)(Node&, const json& value, Compiler&);

struct Keyword {
    std::string_view name;
    Handler handle;
};

// The table's entry for a keyword, or nullptr for one not modelled.
const Keyword* find_keyword(std::string_view name);
// Whether a keyword is only an annotation (skipped, also beside a $ref).
bool is_annotation(std::string_view name);

}  // namespace beian::schema::compiling
