#include "plan/page_plan.hpp"

#include "protocol/handlers/handlers.hpp"
#include "protocol/handlers/plan_request.hpp"

namespace beian::protocol::handlers {

nlohmann::json page_plan(const nlohmann::json& params, HostContext& context) {
    const auto dossier = shared_dossier_from_params(params, context);
    const auto request = plan_request(params);
    const auto findings = context.findings.findings(dossier, context.profile, context.today());
    auto result = make_page_plan(*dossier, context.profile, *findings, request);
    if (result.error) throw_plan_error(*result.error, request);
    return std::move(result.plan);
}

}  // namespace beian::protocol::handlers
