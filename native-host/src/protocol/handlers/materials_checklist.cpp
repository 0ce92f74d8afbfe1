#include "protocol/companion.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The panel's 材料清单: every material with its state and the next step.
// Built by the documents companion, which reads the drafts back (a .docx is
// a ZIP: protocol/companion.hpp).
nlohmann::json materials_checklist(const nlohmann::json& params, HostContext& context) {
    return ask_companion("materials.checklist", params, context, {});
}

}  // namespace beian::protocol::handlers
