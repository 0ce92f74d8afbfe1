#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

nlohmann::json dossier_list(const nlohmann::json&, HostContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& summary : context.store.list()) {
        list.push_back({{"id", summary.id},
                        {"revision", summary.revision},
                        {"updatedAt", summary.updated_at},
                        {"entityName", summary.entity_name},
                        {"algorithms", summary.algorithms},
                        {"products", summary.products}});
    }
    return {{"dossiers", std::move(list)}};
}

}  // namespace beian::protocol::handlers
