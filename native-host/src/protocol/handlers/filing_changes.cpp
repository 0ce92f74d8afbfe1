#include "filing/diff_reports.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// What each approved filing needs a 变更 for: the diff since its approval.
nlohmann::json filing_changes(const nlohmann::json& params, HostContext& context) {
    return filing::approved_changes_report(context.store, context.profile,
                                           params.at("id").get<std::string>());
}

}  // namespace beian::protocol::handlers
