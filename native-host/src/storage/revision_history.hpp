// The append-only history of one dossier: <data>/dossiers/<id>.history/
// holds one file per saved revision, NNNNNN.json = {revision, savedAt, reason,
// author?, via?, dossier}. A save writes its entry (atomically) before it
// replaces the main file, so the entry is the commit point: the main file is
// a copy of the newest entry, and a crash between the two writes is repaired
// by copying the entry forward (DossierStore::load). Temporaries left by a
// kill are dot-files, never mistaken for entries.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace beian::storage {

// Who saved a revision and why; stored in the entry, never logged.
struct RevisionNote {
    std::string reason;  // short, e.g. "保存" or "恢复修订 3"
    std::string author;  // the person, "" when unknown
    std::string via;     // "chromium", "firefox", "stdio", "cli"
};

struct RevisionEntry {
    std::int64_t revision = 0;
    std::string saved_at;
    RevisionNote note;
    nlohmann::json dossier;
};

nlohmann::json to_json(const RevisionEntry& entry);
// Throws StorageError InvalidContent when the shape is wrong.
RevisionEntry entry_from_json(const nlohmann::json& document);

// The entry's file name: at least six digits, zero padded.
std::string entry_file_name(std::int64_t revision);

class RevisionHistory {
  public:
    RevisionHistory(const std::filesystem::path& dossiers_dir, const std::string& id);

    const std::filesystem::path& directory() const { return dir_; }

    // Revisions present, ascending, from the file names alone (cheap).
    std::vector<std::int64_t> revisions() const;
    std::optional<std::int64_t> newest() const;
    bool contains(std::int64_t revision) const;

    // nullopt when absent; throws StorageError InvalidContent when damaged.
    std::optional<RevisionEntry> read(std::int64_t revision) const;

    // Writes one entry atomically. Callers hold the dossier's lock; an
    // existing entry is never overwritten (StorageError Io).
    void append(const RevisionEntry& entry);

    // Undoes append() when the main file could not be written, so a refused
    // save leaves no revision behind. Best effort.
    void remove(std::int64_t revision) noexcept;

    // Deletes temporaries a killed writer left behind (caller holds the lock).
    void remove_stale_temporaries() noexcept;

  private:
    std::filesystem::path dossiers_dir_;
    std::string id_;
    std::filesystem::path dir_;
};

}  // namespace beian::storage
