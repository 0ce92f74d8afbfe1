// The params every chunked transfer shares ({upload?, size, sha256, offset,
// data}), read into a storage::Chunk.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>

#include "storage/chunk_inbox.hpp"

namespace beian::protocol::handlers {

// 512 KiB of bytes is 683 KiB of Base64: a request frame stays under 1 MiB,
// and so does a reply carrying a chunk (attachment.read, dossier.read).
inline constexpr std::size_t kMaxChunkBytes = 512 * 1024;

// Throws storage::UploadRefused when data is not Base64 or over a chunk.
storage::Chunk chunk_of(const nlohmann::json& params);

}  // namespace beian::protocol::handlers
