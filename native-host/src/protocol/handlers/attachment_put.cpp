#include "protocol/error_codes.hpp"
#include "protocol/handlers/chunk_params.hpp"
#include "protocol/handlers/handlers.hpp"
#include "storage/attachment_inbox.hpp"

namespace beian::protocol::handlers {

// One chunk of a file the person picked in the editor. The file is kept in
// the data directory once whole and checked; the editor then names the
// returned record in the dossier and saves. Nothing is written for a
// dossier that does not exist. A mistake in the transfer is an
// UploadRefused, answered as BAD_PARAMS by the dispatcher.
nlohmann::json attachment_put(const nlohmann::json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    if (!context.store.exists(id))
        throw ProtocolError(
            ErrorCode::NotFound, "no dossier '" + id + "': save it before adding files",
            nlohmann::json::array({{{"path", "/params/id"}, {"problem", "unknown-dossier"}}}));
    storage::UploadChunk chunk;
    static_cast<storage::Chunk&>(chunk) = chunk_of(params);
    chunk.name = params.at("name").get<std::string>();
    chunk.media_type = params.at("mediaType").get<std::string>();
    const auto state = storage::AttachmentInbox(context.store.directory()).put(chunk);
    nlohmann::json result = {
        {"upload", state.upload}, {"received", state.received}, {"done", false}};
    if (state.path) {
        result["done"] = true;
        result["attachment"] = {{"path", *state.path},
                                {"sha256", chunk.sha256},
                                {"size", chunk.size},
                                {"mediaType", chunk.media_type}};
    }
    return result;
}

}  // namespace beian::protocol::handlers
