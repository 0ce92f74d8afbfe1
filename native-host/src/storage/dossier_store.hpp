// The user's dossiers: one JSON file per company under <data>/dossiers/,
// owner-only, replaced atomically under a per-dossier lock. A save names the
// revision it was based on; a stale base is a conflict and never overwrites.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "storage/parsed_file_cache.hpp"
#include "storage/revision_history.hpp"

namespace beian::storage {

struct DossierSummary {
    std::string id;
    std::int64_t revision = 0;
    std::string updated_at;
    std::string entity_name;
    std::size_t algorithms = 0;
    std::size_t products = 0;
};

struct SavedRevision {
    std::int64_t revision = 0;
    std::string updated_at;
};

// Dossier ids double as file names: ^[a-z0-9][a-z0-9-]{0,62}$.
bool is_valid_dossier_id(std::string_view id);

class DossierStore {
  public:
    explicit DossierStore(std::filesystem::path data_dir);

    const std::filesystem::path& directory() const { return dir_; }

    // Sorted by id; reads every dossier for its summary.
    std::vector<DossierSummary> list() const;
    // The ids list() would give, sorted, without reading any dossier: what hello
    // counts (parsing every dossier made an agency's host slow to start).
    std::vector<std::string> ids() const;

    // Throws StorageError NotFound or InvalidContent (not JSON).
    nlohmann::json load(const std::string& id) const;
    // The same, shared and immutable: parsed again only when the file changed
    // (parsed_file_cache.hpp), so a warm page plan does not re-parse it.
    ParsedFileCache::Document load_shared(const std::string& id) const;

    bool exists(const std::string& id) const;

    // base_revision: the revision the caller edited, or nullopt to create a new
    // dossier. Sets meta.id, meta.revision (base + 1) and meta.updatedAt.
    // Every save is also a history entry (revision_history.hpp) carrying note.
    // meta.baselines (the filing record) is carried over from the stored
    // revision: a client's copy never rewrites it, only update() does.
    SavedRevision save(const std::string& id, nlohmann::json dossier,
                       std::optional<std::int64_t> base_revision, const RevisionNote& note = {});

    // A new revision made from the current one by change(current), under the
    // lock (filing marks, restores). expected: the revision the caller saw;
    // another one is a Conflict. NotFound when there is no such dossier.
    using Change = std::function<nlohmann::json(const nlohmann::json& current)>;
    SavedRevision update(const std::string& id, const Change& change, const RevisionNote& note,
                         std::optional<std::int64_t> expected = std::nullopt);

    RevisionHistory history(const std::string& id) const;

    // A dossier brought from another host (dossier_import.cpp): its history
    // entries in ascending order, the last one being the current dossier.
    // Conflict when the id is taken.
    void import_dossier(const std::string& id, const std::vector<RevisionEntry>& entries);

  private:
    std::filesystem::path file_of(const std::string& id) const;
    std::filesystem::path lock_of(const std::string& id) const;
    // With the lock held: the committed dossier, the main file rolled forward
    // from the history when a save was killed between its two writes.
    std::optional<nlohmann::json> current_locked(const std::string& id) const;
    SavedRevision commit_locked(const std::string& id, nlohmann::json dossier,
                                const std::optional<nlohmann::json>& current,
                                const RevisionNote& note);

    std::filesystem::path dir_;
    // Shared by copies of the store; safe from several threads.
    std::shared_ptr<ParsedFileCache> parsed_ = std::make_shared<ParsedFileCache>();
};

// The current time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_timestamp_now();

}  // namespace beian::storage
