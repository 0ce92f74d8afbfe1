#include "util/base64.hpp"

#include <openssl/evp.h>

namespace beian {

std::string base64_encode(std::string_view data) {
    if (data.empty()) return {};
    // 4 characters per 3 bytes, plus the NUL EVP_EncodeBlock writes after them.
    std::string buffer(4 * ((data.size() + 2) / 3) + 1, '\0');
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(buffer.data()),
                                        reinterpret_cast<const unsigned char*>(data.data()),
                                        static_cast<int>(data.size()));
    buffer.resize(static_cast<std::size_t>(written));
    return buffer;
}

std::optional<std::string> base64_decode(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    if (text.empty()) return std::string();
    std::string buffer(text.size() / 4 * 3, '\0');
    const int written = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(buffer.data()),
                                        reinterpret_cast<const unsigned char*>(text.data()),
                                        static_cast<int>(text.size()));
    if (written < 0) return std::nullopt;
    // EVP_DecodeBlock counts the padding as zero bytes; drop them.
    const auto padding = static_cast<std::size_t>(text.end()[-1] == '=') +
                         static_cast<std::size_t>(text.end()[-2] == '=');
    buffer.resize(static_cast<std::size_t>(written) - padding);
    return buffer;
}

}  // namespace beian
