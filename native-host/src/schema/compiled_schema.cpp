// The compiled checks (compiled_schema.hpp). Each answers as valijson does
// with strong types, down to its quirks: lengths counted by valijson's own
// UTF-8 walk (which stops at a NUL byte), numbers compared as the doubles
// valijson makes of them (an integer past int64 wraps, as its get<int64_t>
// does). What it cannot answer that way is "unsure".
#include "schema/compiled_schema.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <valijson/utils/utf8_utils.hpp>

#include "schema/compiled_schema_node.hpp"

namespace beian::schema {
namespace {

using nlohmann::json;
using Node = CompiledSchema::Node;

std::uint8_t type_bit(const json& value) {
    switch (value.type()) {
        case json::value_t::null:
            return kNullBit;
        case json::value_t::boolean:
            return kBooleanBit;
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return kIntegerBit;
        case json::value_t::number_float:
            return kFractionalBit;
        case json::value_t::string:
            return kStringBit;
        case json::value_t::array:
            return kArrayBit;
        case json::value_t::object:
            return kObjectBit;
        default:
            return 0;  // binary, discarded: not JSON Schema's
    }
}

// More than five continuation bytes in a row make valijson's UTF-8 step read
// past its table: text no parser lets through, and not modelled.
bool has_long_continuation(const std::string& text) {
    std::size_t run = 0;
    for (const char c : text) {
        run = (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? run + 1 : 0;
        if (run > 5) return true;
    }
    return false;
}

// valijson's utils::u8_strlen, with the library's own step, stopping once
// the count passes limit.
std::uint64_t characters_up_to(const std::string& text, std::uint64_t limit) {
    const char* s = text.c_str();
    std::uint64_t i = 0;
    std::uint64_t count = 0;
    while (s[i] != 0 && valijson::utils::u8_nextchar(s, &i) != 0)
        if (++count > limit) break;
    return count;
}

// The double valijson's asDouble and getNumber make of a number.
double as_double(const json& number) {
    return number.is_number_float() ? number.get<double>()
                                    : static_cast<double>(number.get<std::int64_t>());
}

// valijson's strict equalTo: a scalar equals only a value of its own kind.
Verdict equals_one_of(const std::vector<json>& values, const json& value) {
    if (value.is_number()) {
        const double number = as_double(value);
        for (const auto& candidate : values)
            if (candidate.is_number() && as_double(candidate) == number) return Verdict::valid;
        return Verdict::invalid;
    }
    if (value.is_structured()) {
        for (const auto& candidate : values)
            if (candidate.type() == value.type()) return Verdict::unsure;
        return Verdict::invalid;
    }
    for (const auto& candidate : values)
        if (candidate.type() == value.type() && candidate == value) return Verdict::valid;
    return Verdict::invalid;
}

class Checker {
  public:
    explicit Checker(const std::vector<Node>& nodes) : nodes_(nodes) {}

    // A schema that reaches itself without going deeper into the value
    // ({"allOf": [{"$ref": "#"}]}) would recurse without end: past a depth
    // no document of the bounded parser reaches, the answer is unsure.
    static constexpr std::size_t kMaxDepth = 1024;

    Verdict check(Node::Index index, const json& value) const {
        if (depth_ >= kMaxDepth) return Verdict::unsure;
        ++depth_;
        const auto verdict = check_node(index, value);
        --depth_;
        return verdict;
    }

  private:
    Verdict check_node(Node::Index index, const json& value) const {
        const Node* node = &nodes_[index];
        while (node->ref) node = &nodes_[*node->ref];
        if (node->unsure) return Verdict::unsure;
        const auto bit = type_bit(value);
        if (bit == 0) return Verdict::unsure;
        if ((node->types & bit) == 0) return Verdict::invalid;
        auto verdict = Verdict::valid;
        // Every keyword must hold: one sure failure decides, an unsure one
        // leaves the whole unsure.
        const auto fails = [&verdict](Verdict part) {
            if (part == Verdict::unsure) verdict = Verdict::unsure;
            return part == Verdict::invalid;
        };
        switch (bit) {
            case kStringBit:
                if (fails(check_string(*node, value.get_ref<const std::string&>())))
                    return Verdict::invalid;
                break;
            case kIntegerBit:
            case kFractionalBit:
                if (fails(check_number(*node, as_double(value)))) return Verdict::invalid;
                break;
            case kArrayBit:
                if (fails(check_array(*node, value))) return Verdict::invalid;
                break;
            case kObjectBit:
                if (fails(check_object(*node, value))) return Verdict::invalid;
                break;
            default:
                break;
        }
        for (const auto& values : node->equal_to_one_of)
            if (fails(equals_one_of(values, value))) return Verdict::invalid;
        if (fails(check_combinations(*node, value))) return Verdict::invalid;
        return verdict;
    }

    static Verdict check_string(const Node& node, const std::string& text) {
        const bool counted = text.size() > node.max_length || node.min_length > 0;
        if (counted && has_long_continuation(text)) return Verdict::unsure;
        // A character is at least a byte: a text no longer in bytes passes.
        if (text.size() > node.max_length &&
            characters_up_to(text, node.max_length) > node.max_length)
            return Verdict::invalid;
        if (node.min_length > 0 && (text.size() < node.min_length ||
                                    characters_up_to(text, node.min_length) < node.min_length))
            return Verdict::invalid;
        if (node.pattern && !re2::RE2::PartialMatch(text, *node.pattern)) return Verdict::invalid;
        return Verdict::valid;
    }

    static Verdict check_number(const Node& node, double number) {
        if (node.minimum && number < *node.minimum) return Verdict::invalid;
        if (node.maximum && number > *node.maximum) return Verdict::invalid;
        if (node.exclusive_minimum && number <= *node.exclusive_minimum) return Verdict::invalid;
        if (node.exclusive_maximum && number >= *node.exclusive_maximum) return Verdict::invalid;
        return Verdict::valid;
    }

    static Verdict unique_strings(const json& array) {
        std::vector<const std::string*> texts;
        texts.reserve(array.size());
        for (const auto& item : array) {
            // valijson's equality of other values is not modelled.
            if (!item.is_string()) return Verdict::unsure;
            texts.push_back(&item.get_ref<const std::string&>());
        }
        std::sort(texts.begin(), texts.end(), [](auto* a, auto* b) { return *a < *b; });
        const auto repeated = std::adjacent_find(texts.begin(), texts.end(),
                                                 [](auto* a, auto* b) { return *a == *b; });
        return repeated == texts.end() ? Verdict::valid : Verdict::invalid;
    }

    Verdict check_array(const Node& node, const json& array) const {
        if (array.size() < node.min_items || array.size() > node.max_items) return Verdict::invalid;
        auto verdict = Verdict::valid;
        if (node.items)
            for (const auto& item : array) {
                const auto part = check(*node.items, item);
                if (part == Verdict::invalid) return part;
                if (part == Verdict::unsure) verdict = part;
            }
        if (node.unique_items && array.size() > 1) {
            const auto part = unique_strings(array);
            if (part != Verdict::valid) return part;
        }
        return verdict;
    }

    Verdict check_object(const Node& node, const json& value) const {
        const auto& members = value.get_ref<const json::object_t&>();
        if (members.size() < node.min_properties || members.size() > node.max_properties)
            return Verdict::invalid;
        const auto lacks = [&members](const std::string& name) {
            return members.find(name) == members.end();
        };
        if (std::any_of(node.required.begin(), node.required.end(), lacks)) return Verdict::invalid;
        for (const auto& [name, required] : node.dependencies)
            if (!lacks(name) && std::any_of(required.begin(), required.end(), lacks))
                return Verdict::invalid;
        auto verdict = Verdict::valid;
        auto property = node.properties.begin();
        const auto properties_end = node.properties.end();
        for (const auto& [name, member] : members) {
            if (node.property_names) {
                const auto part = check(*node.property_names, json(name));
                if (part == Verdict::invalid) return part;
                if (part == Verdict::unsure) verdict = part;
            }
            while (property != properties_end && property->name < name) ++property;
            Node::Index subschema;
            if (property != properties_end && property->name == name)
                subschema = property->node;
            else if (node.additional == Node::Additional::checked)
                subschema = node.additional_node;
            else if (node.additional == Node::Additional::forbidden)
                return Verdict::invalid;
            else
                continue;
            const auto part = check(subschema, member);
            if (part == Verdict::invalid) return part;
            if (part == Verdict::unsure) verdict = part;
        }
        return verdict;
    }

    Verdict check_combinations(const Node& node, const json& value) const {
        auto verdict = Verdict::valid;
        for (const auto index : node.all_of) {
            const auto part = check(index, value);
            if (part == Verdict::invalid) return part;
            if (part == Verdict::unsure) verdict = part;
        }
        if (!node.any_of.empty()) {
            const auto part = any_of(node.any_of, value);
            if (part != Verdict::valid) return part;
        }
        if (!node.one_of.empty()) {
            const auto part = one_of(node.one_of, value);
            if (part != Verdict::valid) return part;
        }
        if (node.not_node) {
            const auto part = check(*node.not_node, value);
            if (part == Verdict::valid) return Verdict::invalid;
            if (part == Verdict::unsure) return part;
        }
        if (node.if_node) {
            const auto condition = check(*node.if_node, value);
            if (condition == Verdict::unsure) return condition;
            const auto& branch = condition == Verdict::valid ? node.then_node : node.else_node;
            if (branch) {
                const auto part = check(*branch, value);
                if (part != Verdict::valid) return part;
            }
        }
        return verdict;
    }

    Verdict any_of(const std::vector<Node::Index>& schemas, const json& value) const {
        auto verdict = Verdict::invalid;
        for (const auto index : schemas) {
            const auto part = check(index, value);
            if (part == Verdict::valid) return part;
            if (part == Verdict::unsure) verdict = part;
        }
        return verdict;
    }

    Verdict one_of(const std::vector<Node::Index>& schemas, const json& value) const {
        std::size_t valid = 0;
        bool unsure = false;
        for (const auto index : schemas) {
            const auto part = check(index, value);
            valid += part == Verdict::valid;
            unsure = unsure || part == Verdict::unsure;
        }
        if (valid > 1) return Verdict::invalid;
        if (unsure) return Verdict::unsure;
        return valid == 1 ? Verdict::valid : Verdict::invalid;
    }

    const std::vector<Node>& nodes_;
    mutable std::size_t depth_ = 0;
};

}  // namespace

CompiledSchema::CompiledSchema(nlohmann::json schema) : nodes_(compile_schema(std::move(schema))) {}
CompiledSchema::~CompiledSchema() = default;
CompiledSchema::CompiledSchema(CompiledSchema&&) noexcept = default;
CompiledSchema& CompiledSchema::operator=(CompiledSchema&&) noexcept = default;

Verdict CompiledSchema::check(const nlohmann::json& value) const {
    return Checker(nodes_).check(0, value);
}

std::size_t CompiledSchema::unsure_subschemas() const {
    return static_cast<std::size_t>(
        std::count_if(nodes_.begin(), nodes_.end(), [](const Node& node) { return node.unsure; }));
}

}  // namespace beian::schema
