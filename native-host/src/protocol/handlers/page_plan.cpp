#include "plan/page_plan.hpp"

#include "protocol/error_codes.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

nlohmann::json page_plan(const nlohmann::json& params, HostContext& context) {
    const auto dossier = dossier_from_params(params, context);
    PlanRequest request{params.at("page").get<std::string>(), {}};
    // A named local: iterating items() of a temporary would dangle.
    const auto target = params.value("target", nlohmann::json::object());
    for (const auto& [name, id] : target.items()) request.target[name] = id.get<std::string>();
    const auto findings = context.findings.findings(dossier, context.profile, context.today());
    auto result = make_page_plan(dossier, context.profile, *findings, request);
    if (result.error == PlanError::UnknownPage)
        throw ProtocolError(ErrorCode::NotFound, "no page '" + request.page + "' in the profile");
    if (result.error == PlanError::UnknownTarget)
        throw ProtocolError(
            ErrorCode::NotFound,
            "the dossier has no object with the given target ids for page '" + request.page + "'");
    return std::move(result.plan);
}

}  // namespace beian::protocol::handlers
