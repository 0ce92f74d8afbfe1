#include "protocol/envelope.hpp"

namespace beian::protocol {

nlohmann::json readable_id(const nlohmann::json& message) {
    if (!message.is_object()) return nullptr;
    const auto it = message.find("id");
    if (it == message.end() || !it->is_string() || it->get_ref<const std::string&>().size() > 128)
        return nullptr;
    return *it;
}

nlohmann::json ok_reply(const nlohmann::json& id, nlohmann::json result) {
    return {{"v", kProtocolMax}, {"id", id}, {"ok", true}, {"result", std::move(result)}};
}

nlohmann::json error_reply(const nlohmann::json& id, ErrorCode code, const std::string& message,
                           const nlohmann::json& details) {
    nlohmann::json error = {{"code", to_string(code)}, {"message", message}};
    if (!details.is_null()) error["details"] = details;
    return {{"v", kProtocolMax}, {"id", id}, {"ok", false}, {"error", std::move(error)}};
}

}  // namespace beian::protocol
