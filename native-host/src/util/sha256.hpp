// SHA-256 through OpenSSL's libcrypto (attachments are referenced by hash).
#pragma once

#include <string>
#include <string_view>

namespace beian {

// Lower-case hex digest of data.
std::string sha256_hex(std::string_view data);

}  // namespace beian
