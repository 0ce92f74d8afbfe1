#include "protocol/error_codes.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"
#include "rules/check_dossier.hpp"
#include "schema/schema_validator.hpp"

namespace beian::protocol::handlers {

// Saves a whole dossier. The caller names the revision it edited; a stale
// base is refused as CONFLICT (nothing is overwritten). A dossier that fails
// its schema is refused too: a half-filled draft is schema-valid, a broken
// one would be unusable later.
nlohmann::json dossier_save(const nlohmann::json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    auto dossier = params.at("dossier");
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
    std::optional<std::int64_t> base;
    if (params["baseRevision"].is_number_integer())
        base = params["baseRevision"].get<std::int64_t>();
    const auto saved =
        context.store.save(id, std::move(dossier), base, revision_note(params, context, "保存"));
    context.findings.forget(id);
    return {{"id", id}, {"revision", saved.revision}, {"updatedAt", saved.updated_at}};
}

}  // namespace beian::protocol::handlers
