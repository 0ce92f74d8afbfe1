// The value a JSON Pointer (RFC 6901) names, found without building a
// json_pointer: a plan looks up every field's pointer, and nlohmann's
// json_pointer splits it into strings and walks the document twice
// (contains, then at), which was a tenth of a warm page.plan.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace beian {

// What document.at(json_pointer(pointer)) names, or nullptr where that would
// throw (a malformed pointer, a missing member, an index that is out of range,
// not a number or has a leading zero, "-", a step into a scalar).
const nlohmann::json* find_at_pointer(const nlohmann::json& document, std::string_view pointer);

}  // namespace beian
