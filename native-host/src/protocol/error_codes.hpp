// Protocol error codes. APPEND ONLY: an extension in the field depends on
// these strings; never rename or reuse one (PROTOCOL.md lists them).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace beian::protocol {

enum class ErrorCode {
    BadJson,             // the frame is not UTF-8 JSON
    BadRequest,          // the envelope is malformed
    UnsupportedVersion,  // "v" is not a protocol version this host speaks
    UnknownType,         // no handler for "type"
    BadParams,           // "params" do not match the request's schema
    FrameTooLarge,       // the request frame is over the inbound cap
    ReplyTooLarge,       // the reply would exceed the 1 MiB browser limit
    NotFound,            // no such dossier, page or object
    InvalidDossier,      // the dossier is unusable (not JSON, schema errors)
    Conflict,            // the save was based on a stale revision
    StorageFull,         // the disk is full; nothing was changed
    StorageError,        // another I/O failure; nothing was changed
    Internal,            // a bug: the host caught an unexpected exception
    NestingTooDeep,      // the request nests arrays/objects deeper than kMaxJsonDepth
};

std::string_view to_string(ErrorCode code);
// The code a reply names (a companion process's reply read back).
std::optional<ErrorCode> error_code_named(std::string_view name);

// Thrown by handlers; the dispatcher turns it into exactly one error reply.
class ProtocolError : public std::runtime_error {
  public:
    ProtocolError(ErrorCode code, const std::string& message,
                  nlohmann::json details = nlohmann::json())
        : std::runtime_error(message), code_(code), details_(std::move(details)) {}
    ErrorCode code() const { return code_; }
    const nlohmann::json& details() const { return details_; }

  private:
    ErrorCode code_;
    nlohmann::json details_;
};

}  // namespace beian::protocol
