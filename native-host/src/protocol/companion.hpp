// Requests the host answers through a companion executable: the .docx
// drafts and the materials checklist need libzip (and with it zlib, bzip2,
// lzma, zstd), which the process every browser start spawns must not link
// (tests/check_host_links.cmake). The host runs beian-assist-documents,
// installed beside it, once per such request: the request on its stdin, one
// reply in the envelope's shape on its stdout.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "protocol/host_context.hpp"
#include "storage/dossier_store.hpp"

namespace beian::protocol {

inline constexpr const char* kDocumentsCompanion = "beian-assist-documents";

// Sends {type, params, today, note, dataDir} to the companion and returns
// its result; a reply with an error is thrown again as that ProtocolError,
// and a companion that cannot run or answers nothing readable is INTERNAL.
nlohmann::json ask_companion(const std::string& type, const nlohmann::json& params,
                             const HostContext& context, const storage::RevisionNote& note);

}  // namespace beian::protocol
