// The plan of one portal page for one object (the entity, an algorithm, a
// product, an access path or a function): for each of the page's fields its
// label, control kind, value, limit, measured length and findings. Exactly
// what the extension needs to fill that page and nothing more.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "portal/page_instances.hpp"
#include "portal/profile.hpp"
#include "rules/finding.hpp"

namespace beian {

struct PlanRequest {
    std::string page;       // profile page id
    portal::Target target;  // ids naming the object, e.g. {"algorithm": "alg-gen"}
};

enum class PlanError { UnknownPage, UnknownTarget };

struct PlanResult {
    std::optional<PlanError> error;
    nlohmann::json plan;
};

// findings: of the whole dossier (check_dossier); the plan keeps this page's.
PlanResult make_page_plan(const nlohmann::json& dossier, const portal::Profile& profile,
                          const Findings& findings, const PlanRequest& request);

}  // namespace beian
