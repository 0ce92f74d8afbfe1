// Runs every rule on a dossier the way the host does, on a fixed "today",
// and names the findings for a failure message.
#pragma once

#include <string>

#include "rules/check_dossier.hpp"
#include "support/sample.hpp"

namespace beian::test {

inline const CivilDate kRulesToday{2026, 11, 29};

inline Findings check(const nlohmann::json& dossier) {
    return check_dossier(dossier, shared_profile(), kRulesToday);
}

inline std::string codes(const Findings& findings) {
    std::string out;
    for (const auto& f : findings) out += f.code + "@" + f.path + " ";
    return out;
}

}  // namespace beian::test
