// The request/reply envelope of protocol v1:
//   {"v":1,"id":"…","type":"…","params":{…}}
//   {"v":1,"id":"…","ok":true,"result":{…}}
//   {"v":1,"id":"…","ok":false,"error":{"code":"…","message":"…"}}
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "protocol/error_codes.hpp"

namespace beian::protocol {

inline constexpr int kProtocolMin = 1;
inline constexpr int kProtocolMax = 1;

struct Request {
    nlohmann::json id;  // string, or null when the request's id was unreadable
    std::string type;
    nlohmann::json params;
};

// The request's id if it is a usable string, else null: used to address an
// error reply to a request that failed to parse further.
nlohmann::json readable_id(const nlohmann::json& message);

nlohmann::json ok_reply(const nlohmann::json& id, nlohmann::json result);
nlohmann::json error_reply(const nlohmann::json& id, ErrorCode code, const std::string& message,
                           const nlohmann::json& details = nlohmann::json());

}  // namespace beian::protocol
