#include "filing/dossier_bundle.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// A bundle from dossier.export or `beian-assist export`, under its own id or
// a new one; an id already in use is a CONFLICT and nothing is written.
nlohmann::json dossier_import(const nlohmann::json& params, HostContext& context) {
    std::optional<std::string> id;
    if (params.contains("id")) id = params["id"].get<std::string>();
    auto result =
        guard_input([&] { return filing::import_bundle(context.store, params.at("bundle"), id); });
    context.findings.forget(result.at("id").get<std::string>());
    return result;
}

}  // namespace beian::protocol::handlers
