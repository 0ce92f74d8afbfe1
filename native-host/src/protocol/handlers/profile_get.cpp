#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The effective portal profile: the built-in one with the user's local
// override merged, and which fields the override changed.
nlohmann::json profile_get(const nlohmann::json&, HostContext& context) {
    return {{"profile", context.profile.document()},
            {"overriddenFields", context.profile.overridden_fields()}};
}

}  // namespace beian::protocol::handlers
