// Whole dossiers too large for one native message (an agency's hundreds of
// products pass 1 MiB): the editor sends the dossier's JSON text in chunks
// (dossier.stage), kept owner-only in <dossiers>/.staged/ once whole and
// checked, until a save or a validation names it ({"staged": upload}) and
// takes it. A staged text nobody takes is removed a day later.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "storage/chunk_inbox.hpp"

namespace beian::storage {

inline constexpr std::int64_t kMaxStagedBytes = 64LL * 1024 * 1024;

class StagedDossiers {
  public:
    explicit StagedDossiers(std::filesystem::path dossiers_dir);

    ChunkProgress put(const Chunk& chunk) const;

    // The whole text of a finished upload, removed from the stage; throws
    // UploadRefused (unknown-upload) when there is none.
    std::string take(const std::string& upload) const;

  private:
    std::filesystem::path dir_;
};

}  // namespace beian::storage
