#include "protocol/handlers/filing_support.hpp"

#include "filing/revision_source.hpp"

namespace beian::protocol::handlers {

storage::RevisionNote revision_note(const nlohmann::json& params, const HostContext& context,
                                    const std::string& default_reason) {
    storage::RevisionNote note;
    note.reason = params.value("reason", default_reason);
    note.author =
        params.contains("author") ? params["author"].get<std::string>() : filing::local_user_name();
    note.via = !context.caller                                      ? "stdio"
               : context.caller->browser == host::Browser::Chromium ? "chromium"
                                                                    : "firefox";
    return note;
}

std::optional<std::int64_t> optional_integer(const nlohmann::json& params, const char* key) {
    const auto it = params.find(key);
    if (it == params.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

filing::Scope scope_of(const nlohmann::json& params) {
    return filing::Scope{params.value("algorithm", "")};
}

}  // namespace beian::protocol::handlers
