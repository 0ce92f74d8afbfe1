#include "rules/finding.hpp"

namespace beian {

std::string_view to_string(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

nlohmann::json to_json(const Finding& finding) {
    nlohmann::json out = {
        {"code", finding.code},   {"severity", to_string(finding.severity)},
        {"path", finding.path},   {"page", finding.page},
        {"label", finding.label}, {"message", {{"zh", finding.zh}, {"en", finding.en}}}};
    if (finding.accepted) out["accepted"] = true;
    return out;
}

FindingCounts count(const Findings& findings) {
    FindingCounts counts;
    for (const auto& finding : findings) {
        if (finding.accepted)
            ++counts.accepted;
        else if (finding.severity == Severity::Error)
            ++counts.errors;
        else
            ++counts.warnings;
    }
    return counts;
}

}  // namespace beian
