#include "filing/diff_reports.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

nlohmann::json dossier_diff(const nlohmann::json& params, HostContext& context) {
    return filing::revision_diff(context.store, context.profile, params.at("id").get<std::string>(),
                                 params.at("from").get<std::int64_t>(),
                                 optional_integer(params, "to"));
}

}  // namespace beian::protocol::handlers
