// A problem found in one value by a format check (credit code, ID number,
// phone …). Format checks know nothing of the dossier; the rule table turns
// their issues into findings with a path, page and label.
#pragma once

#include <string>
#include <vector>

namespace beian {

enum class Severity { Error, Warning };

struct FormatIssue {
    std::string code;  // stable, upper snake case, e.g. "USCC_CHECKSUM"
    Severity severity = Severity::Error;
    std::string zh;  // message in Simplified Chinese, never containing the value
    std::string en;  // the same in English
};

using FormatIssues = std::vector<FormatIssue>;

}  // namespace beian
