// Capture: what a portal page shows now, read back into the dossier. For
// each of the page's fields the page value is turned into the dossier's form
// (page_values.hpp) and compared; the result lists the fields that differ,
// and the fields that could not be read back and why. Nothing is saved here:
// the person confirms the changes field by field first.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "plan/page_plan.hpp"
#include "portal/profile.hpp"

namespace beian {

struct CaptureResult {
    std::optional<PlanError> error;
    nlohmann::json changes;  // [{field, label, group, path, sensitive, from, to}]
    nlohmann::json skipped;  // [{field, label, reason}]: upload | unreadable | bad-value
};

// values: {field id: the value the page shows}; fields the page did not give
// are left alone.
CaptureResult capture_page(const nlohmann::json& dossier, const portal::Profile& profile,
                           const PlanRequest& request, const nlohmann::json& values);

// dossier with the accepted changes written (an empty value removes the key).
nlohmann::json apply_capture(nlohmann::json dossier, const nlohmann::json& changes,
                             const std::set<std::string>& accepted);

}  // namespace beian
