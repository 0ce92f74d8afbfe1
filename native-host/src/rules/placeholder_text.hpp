// Template and placeholder text (guide §8.4): reviewers reject copied
// templates as 材料真实性存疑, and a fill-in marker left in a narrative field
// or a draft is the plainest sign of one. The patterns are data; the
// template-text rule checks the dossier's narrative fields with them and the
// checklist checks the text of a draft being edited.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rules/formats/format_issue.hpp"

namespace beian {

struct PlaceholderHit {
    std::string shown;  // the pattern as a person reads it, e.g. "【请填写】", "XX公司"
    Severity severity;  // error: a fill-in marker; warning: a heuristic such as "XX"
};

// The first placeholder in text, if any.
std::optional<PlaceholderHit> find_placeholder(std::string_view text);

// How many placeholders text holds (each marker or run counted once).
std::size_t count_placeholders(std::string_view text);

}  // namespace beian
