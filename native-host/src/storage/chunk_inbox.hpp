// Bytes sent to the host in ordered chunks (an attachment, a whole dossier
// too large for one native message): each transfer grows a private part
// file in one directory until it holds the declared size, then its SHA-256
// is checked. What the whole is used for is the caller's (attachment_inbox,
// staged_dossiers).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace beian::storage {

// What a caller did wrong (out of order, over the limit, not the declared
// bytes); the protocol answers it with BAD_PARAMS and a details problem.
class UploadRefused : public std::runtime_error {
  public:
    UploadRefused(std::string problem, std::string pointer, const std::string& message)
        : std::runtime_error(message), problem_(std::move(problem)), pointer_(std::move(pointer)) {}
    const std::string& problem() const { return problem_; }  // a stable word, e.g. "out-of-order"
    const std::string& pointer() const { return pointer_; }  // the param it concerns

  private:
    std::string problem_;
    std::string pointer_;
};

struct Chunk {
    std::optional<std::string> upload;  // the id the first chunk's reply gave
    std::int64_t size = 0;              // of the whole
    std::string sha256;                 // of the whole, lower-case hex
    std::int64_t offset = 0;            // where this chunk starts
    std::string bytes;                  // this chunk
};

struct ChunkProgress {
    std::string upload;
    std::int64_t received = 0;
    // Set by the last chunk: the whole, its digest checked (the part file is
    // removed; the caller keeps what it needs).
    std::optional<std::string> whole;
};

class ChunkInbox {
  public:
    // dir: where part files grow (created owner-only); max_bytes: the largest
    // whole, described as `limit` in the refusal ("the portal's limit of 20 MB").
    ChunkInbox(std::filesystem::path dir, std::int64_t max_bytes, std::string limit);

    // Appends one chunk; throws UploadRefused for a caller's mistake and
    // StorageError for the disk's.
    ChunkProgress put(const Chunk& chunk) const;

  private:
    std::filesystem::path dir_;
    std::int64_t max_bytes_;
    std::string limit_;
};

}  // namespace beian::storage
