#include <fstream>

#include "filing/dossier_bundle.hpp"
#include "protocol/error_codes.hpp"
#include "protocol/handlers/handlers.hpp"
#include "util/base64.hpp"

namespace beian::protocol::handlers {

namespace {

// One chunk's raw bytes: 512 KiB is 683 KiB as Base64, inside the browsers'
// 1 MiB limit on a host's message with room for the envelope.
constexpr std::int64_t kMaxChunk = 512 * 1024;

}  // namespace

// A piece of one attachment file, for the extension to upload through the
// page. Only files the dossier itself names are served, so a compromised
// page or extension cannot read anything else from the disk.
nlohmann::json attachment_read(const nlohmann::json& params, HostContext& context) {
    const auto dossier = context.store.load(params.at("id").get<std::string>());
    const auto wanted = params.at("path").get<std::string>();
    bool named = false;
    for (const auto& record : filing::attachment_records(dossier))
        named = named || record["path"] == wanted;
    if (!named)
        throw ProtocolError(ErrorCode::NotFound, "the dossier names no attachment at this path",
                            {{"path", wanted}});

    std::filesystem::path file(wanted);
    if (file.is_relative()) file = context.store.directory() / file;
    std::ifstream in(file, std::ios::binary);
    std::error_code ec;
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(file, ec));
    if (!in || ec)
        throw ProtocolError(ErrorCode::NotFound, "the attachment file is not on this machine",
                            {{"path", wanted}, {"file", "missing"}});

    const auto offset = std::min(params.value("offset", std::int64_t{0}), size);
    const auto length = std::min(params.value("length", kMaxChunk), kMaxChunk);
    std::string bytes(static_cast<std::size_t>(std::min(length, size - offset)), '\0');
    in.seekg(offset);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.gcount() != static_cast<std::streamsize>(bytes.size()))
        throw ProtocolError(ErrorCode::StorageError, "the attachment file could not be read",
                            {{"path", wanted}});
    const auto end = offset + static_cast<std::int64_t>(bytes.size());
    return {{"path", wanted},
            {"size", size},
            {"offset", offset},
            {"data", base64_encode(bytes)},
            {"eof", end >= size}};
}

}  // namespace beian::protocol::handlers
