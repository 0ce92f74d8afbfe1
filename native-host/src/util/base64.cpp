#include "util/base64.hpp"

#include <nettle/base64.h>

#include <algorithm>

namespace beian {
namespace {

bool in_alphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

// Nettle's decoder skips whitespace and takes unpadded input; the protocol
// accepts only the strict form: whole quartets, padding at the end alone.
bool is_strict_base64(std::string_view text) {
    if (text.size() % 4 != 0) return false;
    const auto padding = text.size() - std::min(text.size(), text.find_last_not_of('=') + 1);
    if (padding > 2) return false;
    return std::all_of(text.begin(), text.end() - static_cast<std::ptrdiff_t>(padding),
                       in_alphabet);
}

}  // namespace

std::string base64_encode(std::string_view data) {
    std::string text(BASE64_ENCODE_RAW_LENGTH(data.size()), '\0');
    base64_encode_raw(text.data(), data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
    return text;
}

std::optional<std::string> base64_decode(std::string_view text) {
    if (!is_strict_base64(text)) return std::nullopt;
    std::string bytes(BASE64_DECODE_LENGTH(text.size()), '\0');
    base64_decode_ctx context;
    base64_decode_init(&context);
    std::size_t written = bytes.size();
    if (!base64_decode_update(&context, &written, reinterpret_cast<std::uint8_t*>(bytes.data()),
                              text.size(), text.data()) ||
        !base64_decode_final(&context))
        return std::nullopt;
    bytes.resize(written);
    return bytes;
}

}  // namespace beian
