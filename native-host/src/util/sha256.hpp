// SHA-256 through Nettle (attachments are referenced by hash): a small,
// well-kept library, so the host that browsers start links no TLS library.
#pragma once

#include <string>
#include <string_view>

namespace beian {

// Lower-case hex digest of data.
std::string sha256_hex(std::string_view data);

}  // namespace beian
