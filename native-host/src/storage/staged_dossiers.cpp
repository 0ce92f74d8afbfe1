#include "storage/staged_dossiers.hpp"

#include "storage/atomic_file.hpp"

namespace beian::storage {
namespace fs = std::filesystem;

StagedDossiers::StagedDossiers(fs::path dossiers_dir) : dir_(std::move(dossiers_dir) / ".staged") {}

ChunkProgress StagedDossiers::put(const Chunk& chunk) const {
    auto progress =
        ChunkInbox(dir_, kMaxStagedBytes, "the 64 MB a staged dossier may have").put(chunk);
    if (progress.whole) {
        write_file_atomically(dir_ / (progress.upload + ".json"), *progress.whole);
        progress.whole.reset();  // the caller needs only that it is done
    }
    return progress;
}

std::string StagedDossiers::take(const std::string& upload) const {
    const bool valid =
        upload.size() == 32 && upload.find_first_not_of("0123456789abcdef") == std::string::npos;
    const auto file = dir_ / (upload + ".json");
    auto text = valid ? read_file(file) : std::nullopt;
    if (!text)
        throw UploadRefused("unknown-upload", "/staged",
                            "no staged dossier with this id (not finished, already used, or older "
                            "than a day): stage it again");
    std::error_code ignored;
    fs::remove(file, ignored);
    return *text;
}

}  // namespace beian::storage
