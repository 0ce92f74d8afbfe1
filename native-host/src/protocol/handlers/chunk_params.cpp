#include "protocol/handlers/chunk_params.hpp"

#include "util/base64.hpp"

namespace beian::protocol::handlers {

storage::Chunk chunk_of(const nlohmann::json& params) {
    auto bytes = base64_decode(params.at("data").get<std::string>());
    if (!bytes)
        throw storage::UploadRefused("not-base64", "/data",
                                     "the chunk's data is not padded Base64");
    if (bytes->size() > kMaxChunkBytes)
        throw storage::UploadRefused("chunk-too-large", "/data", "a chunk holds at most 512 KiB");
    storage::Chunk chunk;
    if (params.contains("upload")) chunk.upload = params["upload"].get<std::string>();
    chunk.size = params.at("size").get<std::int64_t>();
    chunk.sha256 = params.at("sha256").get<std::string>();
    chunk.offset = params.at("offset").get<std::int64_t>();
    chunk.bytes = std::move(*bytes);
    return chunk;
}

}  // namespace beian::protocol::handlers
