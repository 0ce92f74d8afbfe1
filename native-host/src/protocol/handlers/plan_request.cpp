#include "protocol/handlers/plan_request.hpp"

#include "protocol/error_codes.hpp"

namespace beian::protocol::handlers {

PlanRequest plan_request(const nlohmann::json& params) {
    PlanRequest request{params.at("page").get<std::string>(), {}};
    // A named local: iterating items() of a temporary would dangle.
    const auto target = params.value("target", nlohmann::json::object());
    for (const auto& [name, id] : target.items()) request.target[name] = id.get<std::string>();
    return request;
}

void throw_plan_error(PlanError error, const PlanRequest& request) {
    if (error == PlanError::UnknownPage)
        throw ProtocolError(ErrorCode::NotFound, "no page '" + request.page + "' in the profile");
    throw ProtocolError(
        ErrorCode::NotFound,
        "the dossier has no object with the given target ids for page '" + request.page + "'");
}

}  // namespace beian::protocol::handlers
