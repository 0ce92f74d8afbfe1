// What the handlers that write revisions share: the revision note of a
// request, the schema check before a save, and the mapping of a filing input
// error to BAD_PARAMS.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "filing/filing_record.hpp"
#include "protocol/error_codes.hpp"
#include "protocol/host_context.hpp"
#include "storage/revision_history.hpp"

namespace beian::protocol::handlers {

// reason and author from params when given; the author defaults to the login
// name, via names the browser (or "stdio" without one).
storage::RevisionNote revision_note(const nlohmann::json& params, const HostContext& context,
                                    const std::string& default_reason);

// Throws INVALID_DOSSIER (with every schema error) unless dossier, saved as
// id, matches its schema: a half-filled draft is schema-valid, a broken one
// would be unusable later.
void require_schema_valid(const std::string& id, const nlohmann::json& dossier);

std::optional<std::int64_t> optional_integer(const nlohmann::json& params, const char* key);

// The filing a request names: {"algorithm": id} or the entity.
filing::Scope scope_of(const nlohmann::json& params);

// Runs body, turning a FilingInputError into a BAD_PARAMS reply.
template <typename Body>
auto guard_input(Body&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const filing::FilingInputError& e) {
        throw ProtocolError(ErrorCode::BadParams, e.what());
    }
}

}  // namespace beian::protocol::handlers
