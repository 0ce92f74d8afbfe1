// What page.plan and page.capture share: the page and target of a request,
// and the NOT_FOUND reply for an unknown page or target.
#pragma once

#include <nlohmann/json.hpp>

#include "plan/page_plan.hpp"

namespace beian::protocol::handlers {

// {page, target?} of params as a PlanRequest.
PlanRequest plan_request(const nlohmann::json& params);

// Throws NOT_FOUND naming what request could not find.
[[noreturn]] void throw_plan_error(PlanError error, const PlanRequest& request);

}  // namespace beian::protocol::handlers
