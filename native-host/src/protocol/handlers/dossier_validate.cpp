#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

nlohmann::json dossier_validate(const nlohmann::json& params, HostContext& context) {
    const auto dossier = shared_dossier_from_params(params, context);
    const auto findings = context.findings.findings(dossier, context.profile, context.today());
    auto list = nlohmann::json::array();
    for (const auto& finding : *findings) list.push_back(to_json(finding));
    const auto counts = count(*findings);
    return {{"findings", std::move(list)},
            {"summary",
             {{"errors", counts.errors},
              {"warnings", counts.warnings},
              {"accepted", counts.accepted}}}};
}

}  // namespace beian::protocol::handlers
