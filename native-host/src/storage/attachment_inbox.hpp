// Files the extension sends to the host in chunks (attachment.put): the
// chunks grow a part file under <dossiers>/attachments/.incoming/
// (chunk_inbox.hpp); the whole file's kind is checked and it is placed
// beside the dossiers as attachments/<name>, owner-only, never over another
// file (a different file of the same name gets -2, -3…).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "storage/chunk_inbox.hpp"

namespace beian::storage {

// The portal takes PDF, JPG and PNG files of at most 20 MB each.
inline constexpr std::int64_t kMaxAttachmentBytes = 20LL * 1024 * 1024;

struct UploadChunk : Chunk {
    std::string name;        // the file's name as the person picked it
    std::string media_type;  // application/pdf, image/jpeg or image/png
};

struct UploadState {
    std::string upload;
    std::int64_t received = 0;
    // Set by the last chunk: where the file is kept, relative to the
    // dossiers directory (the record the dossier names).
    std::optional<std::string> path;
};

class AttachmentInbox {
  public:
    explicit AttachmentInbox(std::filesystem::path dossiers_dir);

    // Appends one chunk; throws UploadRefused for a caller's mistake and
    // StorageError for the disk's.
    UploadState put(const UploadChunk& chunk) const;

    // The name a file is stored under: no directories, no characters a file
    // system refuses, the extension of its media type.
    static std::string safe_name(std::string_view name, std::string_view media_type);

  private:
    std::string place(const std::string& content, const UploadChunk& chunk) const;

    std::filesystem::path dossiers_;
};

}  // namespace beian::storage
