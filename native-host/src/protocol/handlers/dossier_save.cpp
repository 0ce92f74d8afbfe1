#include "protocol/error_codes.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// Saves a whole dossier, inline or staged in chunks before (an agency's,
// over one message). The caller names the revision it edited; a stale
// base is refused as CONFLICT (nothing is overwritten), and so is a dossier
// that fails its schema (require_schema_valid).
nlohmann::json dossier_save(const nlohmann::json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    auto dossier = dossier_from_params(params, context);  // inline or staged
    require_schema_valid(id, dossier);
    std::optional<std::int64_t> base;
    if (params["baseRevision"].is_number_integer())
        base = params["baseRevision"].get<std::int64_t>();
    const auto saved =
        context.store.save(id, std::move(dossier), base, revision_note(params, context, "保存"));
    context.findings.forget(id);
    return {{"id", id}, {"revision", saved.revision}, {"updatedAt", saved.updated_at}};
}

}  // namespace beian::protocol::handlers
