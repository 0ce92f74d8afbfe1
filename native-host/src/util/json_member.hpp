// Tolerant reads of a member that may be absent or of another type: a
// dossier file a person edited by hand need not match its schema, and
// nlohmann's value() throws on a type mismatch.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace beian {

// The member as a string, "" when absent, not a string, or object is no object.
inline std::string string_member(const nlohmann::json& object, std::string_view key) {
    if (!object.is_object()) return "";
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// The member when it is an array, else an empty one.
inline const nlohmann::json& array_member(const nlohmann::json& object, std::string_view key) {
    static const nlohmann::json empty = nlohmann::json::array();
    if (!object.is_object()) return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : empty;
}

}  // namespace beian
