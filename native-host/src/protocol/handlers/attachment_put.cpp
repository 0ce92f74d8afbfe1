#include "protocol/error_codes.hpp"
#include "protocol/handlers/handlers.hpp"
#include "storage/attachment_inbox.hpp"
#include "util/base64.hpp"

namespace beian::protocol::handlers {

namespace {

// 512 KiB of bytes is 683 KiB of Base64: a request frame stays under 1 MiB.
constexpr std::size_t kMaxChunk = 512 * 1024;

ProtocolError refused(const std::string& problem, const std::string& pointer,
                      const std::string& message) {
    return ProtocolError(
        ErrorCode::BadParams, message,
        nlohmann::json::array({{{"path", "/params" + pointer}, {"problem", problem}}}));
}

}  // namespace

// One chunk of a file the person picked in the editor. The file is kept in
// the data directory once whole and checked; the editor then names the
// returned record in the dossier and saves. Nothing is written for a
// dossier that does not exist.
nlohmann::json attachment_put(const nlohmann::json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    if (!context.store.exists(id))
        throw ProtocolError(
            ErrorCode::NotFound, "no dossier '" + id + "': save it before adding files",
            nlohmann::json::array({{{"path", "/params/id"}, {"problem", "unknown-dossier"}}}));
    auto bytes = base64_decode(params.at("data").get<std::string>());
    if (!bytes) throw refused("not-base64", "/data", "the chunk's data is not padded Base64");
    if (bytes->size() > kMaxChunk)
        throw refused("chunk-too-large", "/data", "a chunk holds at most 512 KiB");

    storage::UploadChunk chunk;
    if (params.contains("upload")) chunk.upload = params["upload"].get<std::string>();
    chunk.name = params.at("name").get<std::string>();
    chunk.media_type = params.at("mediaType").get<std::string>();
    chunk.size = params.at("size").get<std::int64_t>();
    chunk.sha256 = params.at("sha256").get<std::string>();
    chunk.offset = params.at("offset").get<std::int64_t>();
    chunk.bytes = std::move(*bytes);
    try {
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
    } catch (const storage::UploadRefused& e) {
        throw refused(e.problem(), e.pointer(), e.what());
    }
}

}  // namespace beian::protocol::handlers
