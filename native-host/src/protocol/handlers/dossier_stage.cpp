#include "protocol/handlers/chunk_params.hpp"
#include "protocol/handlers/handlers.hpp"
#include "storage/staged_dossiers.hpp"

namespace beian::protocol::handlers {

// One chunk of a whole dossier's JSON text, for a save or a validation
// that names it once it is done ({"staged": upload}).
nlohmann::json dossier_stage(const nlohmann::json& params, HostContext& context) {
    const auto chunk = chunk_of(params);
    const auto progress = storage::StagedDossiers(context.store.directory()).put(chunk);
    return {{"upload", progress.upload},
            {"received", progress.received},
            {"done", progress.received == chunk.size}};
}

}  // namespace beian::protocol::handlers
