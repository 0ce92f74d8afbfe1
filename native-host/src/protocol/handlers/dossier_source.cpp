#include "protocol/error_codes.hpp"
#include "protocol/handlers/handlers.hpp"
#include "storage/staged_dossiers.hpp"
#include "util/json_text.hpp"

namespace beian::protocol::handlers {

nlohmann::json dossier_from_params(const nlohmann::json& params, const HostContext& context) {
    return *shared_dossier_from_params(params, context);
}

std::shared_ptr<const nlohmann::json> shared_dossier_from_params(const nlohmann::json& params,
                                                                 const HostContext& context) {
    if (params.contains("dossier"))
        return std::make_shared<const nlohmann::json>(params["dossier"]);
    if (params.contains("staged")) {
        const auto text = storage::StagedDossiers(context.store.directory())
                              .take(params["staged"].get<std::string>());
        auto parsed = parse_json_text(text);
        if (!parsed.ok())
            throw ProtocolError(ErrorCode::InvalidDossier,
                                "the staged dossier is not JSON: " + parsed.problem);
        return std::make_shared<const nlohmann::json>(std::move(parsed.value));
    }
    if (params.contains("id")) return context.store.load_shared(params["id"].get<std::string>());
    throw ProtocolError(ErrorCode::BadParams, "name a dossier by \"id\" or pass it as \"dossier\"");
}

}  // namespace beian::protocol::handlers
