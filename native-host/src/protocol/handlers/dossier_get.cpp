#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

nlohmann::json dossier_get(const nlohmann::json& params, HostContext& context) {
    auto dossier = context.store.load(params.at("id").get<std::string>());
    const auto revision = dossier.value("/meta/revision"_json_pointer, 0);
    return {{"dossier", std::move(dossier)}, {"revision", revision}};
}

}  // namespace beian::protocol::handlers
