#include "filing/history_view.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// Restoring is a new revision with the old content (nothing is rewritten),
// based on the revision the panel showed, like a save.
nlohmann::json history_restore(const nlohmann::json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    const auto revision = params.at("revision").get<std::int64_t>();
    const auto saved = filing::restore_revision(
        context.store, id, revision, params.at("baseRevision").get<std::int64_t>(),
        revision_note(params, context, "恢复修订 " + std::to_string(revision)));
    context.findings.forget(id);
    return {{"id", id},
            {"revision", saved.revision},
            {"updatedAt", saved.updated_at},
            {"restoredFrom", revision}};
}

}  // namespace beian::protocol::handlers
