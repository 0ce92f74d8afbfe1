// What changed in each filing since its last approval: the diff between the
// approved revision (the baseline) and the current dossier, cut to the
// entries that concern that filing, with the pages a 变更 must cover and the
// documents to reissue. Also when the open change started (the start of the
// current run of revisions that differ from the baseline), which starts the
// 10-working-day clock.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "filing/change_impact.hpp"
#include "filing/filing_record.hpp"
#include "portal/profile.hpp"
#include "storage/dossier_store.hpp"
#include "util/civil_date.hpp"

namespace beian::filing {

struct ScopeChanges {
    Scope scope;
    FilingMark baseline;            // the approval
    bool baseline_missing = false;  // its revision is not in the history (an import without it)
    bool removed = false;           // the algorithm is no longer in the dossier (注销 due)
    ChangeEntries entries;
    ChangeImpact impact;             // cut to this filing
    std::optional<CivilDate> since;  // when the open change (or the removal) was first saved
};

// One item per scope that has an approval, in known_scopes order.
std::vector<ScopeChanges> changes_since_approval(const storage::DossierStore& store,
                                                 const portal::Profile& profile,
                                                 const std::string& id,
                                                 const nlohmann::json& current);

// The China Standard Time (UTC+8) date of a host timestamp "YYYY-MM-DDTHH:MM:SSZ":
// the portal's and the deadlines' calendar day.
std::optional<CivilDate> china_date_of(std::string_view timestamp);

nlohmann::json to_json(const ScopeChanges& changes, const portal::Profile& profile);

}  // namespace beian::filing
