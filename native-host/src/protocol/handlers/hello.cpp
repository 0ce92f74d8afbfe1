#include "build_config.hpp"
#include "protocol/envelope.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The handshake: who the host is, which protocol versions it speaks, and
// whether its data is usable. An extension whose range does not overlap is
// told which side to update.
nlohmann::json hello(const nlohmann::json& params, HostContext& context) {
    nlohmann::json result = {
        {"host", {{"name", "beian-assist"}, {"version", build::kVersion}}},
        {"protocol", {{"min", kProtocolMin}, {"max", kProtocolMax}}},
        {"data",
         {{"dossiers", context.store.ids().size()},
          {"profileVersion", context.profile.version()},
          {"profileOverrides", context.profile.overridden_fields()}}},
    };
    if (params.contains("protocol")) {
        const int ext_min = params["protocol"].value("min", 1);
        const int ext_max = params["protocol"].value("max", 1);
        const bool compatible = ext_min <= kProtocolMax && kProtocolMin <= ext_max;
        result["compatible"] = compatible;
        if (!compatible) result["update"] = ext_min > kProtocolMax ? "host" : "extension";
    }
    if (context.caller)
        result["caller"] = {
            {"browser",
             context.caller->browser == host::Browser::Chromium ? "chromium" : "firefox"},
            {"extensionId", context.caller->extension_id}};
    return result;
}

}  // namespace beian::protocol::handlers
