#include "protocol/handlers/filing_support.hpp"

#include "filing/revision_source.hpp"
#include "schema/schema_validator.hpp"

namespace beian::protocol::handlers {

storage::RevisionNote revision_note(const nlohmann::json& params, const HostContext& context,
                                    const std::string& default_reason) {
    storage::RevisionNote note;
    note.reason = params.value("reason", default_reason);
    note.author =
        params.contains("author") ? params["author"].get<std::string>() : filing::local_user_name();
    note.via = !context.caller                                      ? "stdio"
               : context.caller->browser == host::Browser::Chromium ? "chromium"
                                                                    : "firefox";
    return note;
}

void require_schema_valid(const std::string& id, const nlohmann::json& dossier) {
    // meta.id and meta.revision are the host's to set; check the rest as saved.
    auto candidate = dossier;
    candidate["meta"]["id"] = id;
    candidate["meta"]["revision"] = 0;
    candidate["meta"]["updatedAt"] = "1970-01-01T00:00:00Z";
    if (const auto errors = schema::dossier_validator().validate(candidate); !errors.empty()) {
        auto where = nlohmann::json::array();
        for (const auto& error : errors)
            where.push_back({{"path", error.pointer}, {"problem", error.message}});
        throw ProtocolError(
            ErrorCode::InvalidDossier,
            "not saved: the dossier does not match its schema at '" + errors.front().pointer + "'",
            where);
    }
}

std::optional<std::int64_t> optional_integer(const nlohmann::json& params, const char* key) {
    const auto it = params.find(key);
    if (it == params.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

filing::Scope scope_of(const nlohmann::json& params) {
    return filing::Scope{params.value("algorithm", "")};
}

}  // namespace beian::protocol::handlers
