// One problem the host found in a dossier: a stable code, a severity, where
// it is (JSON Pointer, portal page, field label) and what to do, in Chinese
// and English. Messages name fields and counts, never values.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rules/formats/format_issue.hpp"

namespace beian {

struct Finding {
    std::string code;
    Severity severity = Severity::Error;
    std::string path;   // JSON Pointer into the dossier
    std::string page;   // profile page id, "" when the path is on no page
    std::string label;  // the portal label of the field, "" when not a field
    std::string zh;
    std::string en;
    bool accepted = false;  // the filer recorded an explicit override (meta.acceptedFindings)
};

using Findings = std::vector<Finding>;

std::string_view to_string(Severity severity);
nlohmann::json to_json(const Finding& finding);

struct FindingCounts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t accepted = 0;
};

// Accepted findings are counted apart: they no longer block.
FindingCounts count(const Findings& findings);

}  // namespace beian
