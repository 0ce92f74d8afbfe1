// Base64 (RFC 4648, with padding) through Nettle: attachment bytes travel to
// the extension inside JSON frames.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace beian {

std::string base64_encode(std::string_view data);

// nullopt when text is not padded Base64 (whitespace is not accepted).
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace beian
