#include "checklist/checklist.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The panel's 材料清单: every material with its state and the next step.
nlohmann::json materials_checklist(const nlohmann::json& params, HostContext& context) {
    return checklist::to_json(checklist::build_checklist(
        context.store, context.profile, params.at("id").get<std::string>(), context.today()));
}

}  // namespace beian::protocol::handlers
