#include "filing/filing_status.hpp"

#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// Every filing of the named dossiers (all by default), due dates soonest first.
nlohmann::json filing_status(const nlohmann::json& params, HostContext& context) {
    const auto ids = params.value("ids", std::vector<std::string>{});
    const auto today = context.today();
    auto rows = nlohmann::json::array();
    for (const auto& row : filing::filing_status(context.store, context.profile, ids, today))
        rows.push_back(filing::to_json(row));
    return {{"today", today.to_string()}, {"rows", std::move(rows)}};
}

}  // namespace beian::protocol::handlers
