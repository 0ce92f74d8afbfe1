#include "protocol/error_codes.hpp"

#include <array>
#include <optional>
#include <utility>

namespace beian::protocol {

namespace {

constexpr std::array<std::pair<ErrorCode, std::string_view>, 14> kNames{{
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

}  // namespace

std::string_view to_string(ErrorCode code) {
    for (const auto& [value, name] : kNames)
        if (value == code) return name;
    return "INTERNAL";
}

std::optional<ErrorCode> error_code_named(std::string_view name) {
    for (const auto& [value, text] : kNames)
        if (text == name) return value;
    return std::nullopt;
}

}  // namespace beian::protocol
