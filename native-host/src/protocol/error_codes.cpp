#include "protocol/error_codes.hpp"

#include <array>
#include <utility>

namespace beian::protocol {

std::string_view to_string(ErrorCode code) {
    static constexpr std::array<std::pair<ErrorCode, std::string_view>, 14> kNames{{
        {ErrorCode::BadJson, "BAD_JSON"},
        {ErrorCode::BadRequest, "BAD_REQUEST"},
        {ErrorCode::UnsupportedVersion, "UNSUPPORTED_VERSION"},
        {ErrorCode::UnknownType, "UNKNOWN_TYPE"},
        {ErrorCode::BadParams, "BAD_PARAMS"},
        {ErrorCode::FrameTooLarge, "FRAME_TOO_LARGE"},
        {ErrorCode::ReplyTooLarge, "REPLY_TOO_LARGE"},
        {ErrorCode::NotFound, "NOT_FOUND"},
        {ErrorCode::InvalidDossier, "INVALID_DOSSIER"},
        {ErrorCode::Conflict, "CONFLICT"},
        {ErrorCode::StorageFull, "STORAGE_FULL"},
        {ErrorCode::StorageError, "STORAGE_ERROR"},
        {ErrorCode::Internal, "INTERNAL"},
        {ErrorCode::NestingTooDeep, "NESTING_TOO_DEEP"},
    }};
    for (const auto& [value, name] : kNames)
        if (value == code) return name;
    return "INTERNAL";
}

}  // namespace beian::protocol
