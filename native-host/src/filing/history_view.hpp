// Reading and restoring a dossier's revisions (storage/revision_history.hpp),
// with the filing marks that point at each revision.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "storage/dossier_store.hpp"

namespace beian::filing {

// {id, current, revisions: [{revision, savedAt, reason, author?, via?, marks: [FilingMark]}],
// more}: newest first, at most limit, only revisions below `before` when given.
nlohmann::json history_listing(const storage::DossierStore& store, const std::string& id,
                               std::size_t limit, std::optional<std::int64_t> before);

// The history entry of one revision: {revision, savedAt, reason, author?, via?, dossier}.
// StorageError NotFound when the history does not hold it.
nlohmann::json revision_entry(const storage::DossierStore& store, const std::string& id,
                              std::int64_t revision);

// A new revision whose content is that of an old one. The filing record
// (meta.baselines) and the Filing objects of the entity and the algorithms
// stay as they are now: they describe what happened on the portal, which
// going back to an old text does not undo. expected: as DossierStore::update.
storage::SavedRevision restore_revision(storage::DossierStore& store, const std::string& id,
                                        std::int64_t revision, std::optional<std::int64_t> expected,
                                        const storage::RevisionNote& note);

}  // namespace beian::filing
