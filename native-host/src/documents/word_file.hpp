// Whether an upload field holds a Word file: a draft (documents/), not the
// stamped scan the portal wants. Part of the core: the rules and the
// checklist both ask, and neither needs the .docx writer to.
#pragma once

#include <nlohmann/json.hpp>

namespace beian::documents {

inline constexpr const char* kDocxMediaType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

bool is_word_file(const nlohmann::json& attachment);

}  // namespace beian::documents
