// The two diff reports the protocol and the CLI give, built the same way for
// both: between two revisions, and for each filing since its approval.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "portal/profile.hpp"
#include "storage/dossier_store.hpp"

namespace beian::filing {

// {id, from, to, entries, pages, filings, reissue}; to defaults to the current
// revision. StorageError NotFound for a revision the history does not hold.
nlohmann::json revision_diff(const storage::DossierStore& store, const portal::Profile& profile,
                             const std::string& id, std::int64_t from,
                             std::optional<std::int64_t> to);

// {id, revision, filings: [{scope…, baseline, baselineMissing, removed, entries, pages,
// reissue, since?}]}: one item per filing with a recorded approval.
nlohmann::json approved_changes_report(const storage::DossierStore& store,
                                       const portal::Profile& profile, const std::string& id);

}  // namespace beian::filing
