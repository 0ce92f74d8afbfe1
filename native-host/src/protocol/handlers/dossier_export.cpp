#include "filing/dossier_bundle.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The bundle travels in the reply, so it must fit a frame (1 MiB): the
// default takes only the revisions the filing record needs.
nlohmann::json dossier_export(const nlohmann::json& params, HostContext& context) {
    const auto mode = filing::parse_history_mode(params.value("history", "baselines"));
    return {{"bundle", filing::export_bundle(context.store, params.at("id").get<std::string>(),
                                             mode.value_or(filing::HistoryMode::Baselines))}};
}

}  // namespace beian::protocol::handlers
