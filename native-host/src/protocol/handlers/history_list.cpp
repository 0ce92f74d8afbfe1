#include "filing/history_view.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The revisions of a dossier, newest first, a page at a time so a long
// history never outgrows a frame.
nlohmann::json history_list(const nlohmann::json& params, HostContext& context) {
    const auto limit = optional_integer(params, "limit").value_or(100);
    return filing::history_listing(context.store, params.at("id").get<std::string>(),
                                   static_cast<std::size_t>(limit),
                                   optional_integer(params, "before"));
}

}  // namespace beian::protocol::handlers
