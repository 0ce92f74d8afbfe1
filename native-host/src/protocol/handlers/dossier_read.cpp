#include "protocol/handlers/chunk_params.hpp"
#include "protocol/handlers/handlers.hpp"
#include "util/base64.hpp"
#include "util/sha256.hpp"

namespace beian::protocol::handlers {

// A stored dossier as its JSON text, in chunks: dossier.get's reply would
// pass the 1 MiB a browser accepts for an agency's dossier. Each chunk names
// the revision and the whole text's SHA-256, so a reader whose chunks span
// a save elsewhere sees it and starts again.
nlohmann::json dossier_read(const nlohmann::json& params, HostContext& context) {
    const auto dossier = context.store.load(params.at("id").get<std::string>());
    const auto text = dossier.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const auto size = static_cast<std::int64_t>(text.size());
    const auto offset = std::min(params.value("offset", std::int64_t{0}), size);
    const auto piece = text.substr(static_cast<std::size_t>(offset), kMaxChunkBytes);
    return {{"revision", dossier.value("/meta/revision"_json_pointer, 0)},
            {"size", size},
            {"sha256", sha256_hex(text)},
            {"offset", offset},
            {"data", base64_encode(piece)},
            {"eof", offset + static_cast<std::int64_t>(piece.size()) >= size}};
}

}  // namespace beian::protocol::handlers
