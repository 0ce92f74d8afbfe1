// Runs the whole rule table over a dossier and labels each finding with the
// portal page and field it belongs to.
#pragma once

#include <nlohmann/json.hpp>

#include "portal/profile.hpp"
#include "rules/finding.hpp"
#include "util/civil_date.hpp"

namespace beian {

Findings check_dossier(const nlohmann::json& dossier, const portal::Profile& profile,
                       CivilDate today);

// Findings sorted by the profile's page order, then by path.
void sort_by_page(Findings& findings, const portal::Profile& profile);

}  // namespace beian
