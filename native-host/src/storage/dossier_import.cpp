// Importing a dossier with its history (a bundle from another host, see
// filing/dossier_bundle.hpp). The entries are staged in a hidden directory and
// renamed into place in one step, then the main file is written: a kill leaves
// either nothing or a complete history that load() rolls forward from.
#include <cerrno>

#include "storage/atomic_file.hpp"
#include "storage/dossier_store.hpp"
#include "storage/file_lock.hpp"
#include "storage/storage_error.hpp"

namespace beian::storage {
namespace fs = std::filesystem;

void DossierStore::import_dossier(const std::string& id,
                                  const std::vector<RevisionEntry>& entries) {
    const auto target = file_of(id);
    if (entries.empty())
        throw StorageError(StorageErrorKind::InvalidContent, "an import needs a dossier");
    for (std::size_t i = 1; i < entries.size(); ++i)
        if (entries[i].revision <= entries[i - 1].revision)
            throw StorageError(StorageErrorKind::InvalidContent,
                               "the imported history is not in ascending revision order");
    ensure_private_directory(dir_);
    FileLock lock(lock_of(id));
    const auto history_of = history(id);
    std::error_code ec;
    if (fs::exists(target, ec) || fs::exists(history_of.directory(), ec))
        throw StorageError(StorageErrorKind::Conflict,
                           "dossier '" + id + "' already exists; import it under another id");

    // The staging name starts with a dot, so list() never takes it for a dossier.
    RevisionHistory staged(dir_, "." + id + "-import");
    fs::remove_all(staged.directory(), ec);  // an import killed earlier (we hold the lock)
    for (auto entry : entries) {
        entry.dossier["meta"]["id"] = id;
        staged.append(entry);
    }
    if (::rename(staged.directory().c_str(), history_of.directory().c_str()) != 0)
        throw_io_error("cannot move the imported history into place", errno);
    auto current = entries.back().dossier;
    current["meta"]["id"] = id;
    write_file_atomically(target, current.dump(2) + "\n");
}

}  // namespace beian::storage
