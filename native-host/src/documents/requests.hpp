// The requests the documents companion (beian-assist-documents --request)
// answers for the native host: documents.draft and materials.checklist, from
// {type, params, today, note, dataDir}, as one reply in the envelope's shape
// (protocol/companion.hpp is the host's side).
#pragma once

#include <nlohmann/json.hpp>

namespace beian::documents {

// Never throws: a failure is an error reply with its protocol code.
nlohmann::json answer_request(const nlohmann::json& request);

}  // namespace beian::documents
