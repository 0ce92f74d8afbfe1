// Value formats the profile can name for a field ("format": "uscc"), mapped to
// their checks. A field with an unknown format name gets one warning, so a
// typo in a user's profile override is visible.
#pragma once

#include <string>
#include <string_view>

#include "rules/formats/format_issue.hpp"
#include "util/civil_date.hpp"

namespace beian {

struct FormatContext {
    std::string id_type;  // the 证件类型 chosen beside an ID number
    CivilDate today;
};

FormatIssues check_format(std::string_view format, std::string_view value,
                          const FormatContext& context);

}  // namespace beian
