// Files the extension sends to the host in chunks (attachment.put): each
// upload grows a private part file under <dossiers>/attachments/.incoming/
// until it holds the declared size; then its SHA-256 and kind are checked
// and it is placed beside the dossiers as attachments/<name>, owner-only,
// never over another file (a different file of the same name gets -2, -3…).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace beian::storage {

// What a caller did wrong (out of order, over the limit, not the declared
// file); the protocol answers it with BAD_PARAMS and a details problem.
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

// The portal takes PDF, JPG and PNG files of at most 20 MB each.
inline constexpr std::int64_t kMaxAttachmentBytes = 20LL * 1024 * 1024;

struct UploadChunk {
    std::optional<std::string> upload;  // the id the first chunk's reply gave
    std::string name;                   // the file's name as the person picked it
    std::string media_type;             // application/pdf, image/jpeg or image/png
    std::int64_t size = 0;              // of the whole file
    std::string sha256;                 // of the whole file, lower-case hex
    std::int64_t offset = 0;            // where this chunk starts
    std::string bytes;                  // this chunk
};

struct UploadState {
    std::string upload;
    std::int64_t received = 0;
    // Set by the last chunk: the record the dossier keeps (path relative to
    // the dossiers directory).
    std::optional<std::string> path;
};

class AttachmentInbox {
  public:
    explicit AttachmentInbox(std::filesystem::path dossiers_dir);

    // Appends one chunk; throws UploadRefused for a caller's mistake and
    // StorageError for the disk's.
    UploadState put(const UploadChunk& chunk);

    // The name a file is stored under: no directories, no characters a file
    // system refuses, the extension of its media type.
    static std::string safe_name(std::string_view name, std::string_view media_type);

  private:
    std::filesystem::path incoming() const;
    std::string place(const std::filesystem::path& part, const UploadChunk& chunk) const;

    std::filesystem::path dossiers_;
};

}  // namespace beian::storage
