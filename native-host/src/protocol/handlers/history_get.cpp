#include "filing/history_view.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

nlohmann::json history_get(const nlohmann::json& params, HostContext& context) {
    return filing::revision_entry(context.store, params.at("id").get<std::string>(),
                                  params.at("revision").get<std::int64_t>());
}

}  // namespace beian::protocol::handlers
