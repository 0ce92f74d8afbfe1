#include "filing/rejection_reply.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The answer to a 退回: per reviewer comment, what changed on its field.
nlohmann::json filing_reply(const nlohmann::json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    const filing::ReplyRequest request{scope_of(params), optional_integer(params, "returned"),
                                       optional_integer(params, "resubmitted")};
    auto reply = guard_input(
        [&] { return filing::rejection_reply(context.store, context.profile, id, request); });
    reply["id"] = id;
    return reply;
}

}  // namespace beian::protocol::handlers
