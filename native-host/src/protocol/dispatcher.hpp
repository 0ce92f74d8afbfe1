// Turns one request frame into exactly one reply: parses the envelope,
// checks it against schemas/protocol/request.schema.json, finds the handler
// in the table and maps every failure to a documented error code.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "protocol/host_context.hpp"

namespace beian::protocol {

using Handler = nlohmann::json (*)(const nlohmann::json& params, HostContext& context);

struct HandlerEntry {
    std::string_view type;
    Handler handle;
    bool test_hook = false;  // only served when the context enables test hooks
};

const std::vector<HandlerEntry>& handler_table();

// The reply for one frame's payload (never throws).
nlohmann::json dispatch(std::string_view payload, HostContext& context);

// body()'s result as an ok reply, or the error reply for what it threw
// (ProtocolError, a refused upload, a storage error, anything else as
// INTERNAL): the one place exceptions become replies.
nlohmann::json guarded_reply(const nlohmann::json& id, const std::function<nlohmann::json()>& body);

// The reply serialised, replaced by a REPLY_TOO_LARGE error when it would not
// fit in one frame.
std::string serialise_reply(const nlohmann::json& reply);

}  // namespace beian::protocol
