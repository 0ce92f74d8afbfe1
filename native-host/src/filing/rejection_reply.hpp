// The reply to a 退回: for each of the reviewer's comments, what was changed
// on that field or attachment between the returned revision and the one
// resubmitted (or the current one), plus the other changes of that filing, as
// a list to paste into the portal's 修改说明.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "filing/filing_record.hpp"
#include "portal/profile.hpp"
#include "storage/dossier_store.hpp"

namespace beian::filing {

struct ReplyRequest {
    Scope scope;
    std::optional<std::int64_t> returned;     // default: the latest 退回 of the scope
    std::optional<std::int64_t> resubmitted;  // default: submitted after it, else current
};

// {scope…, returned: {revision, date}, resubmitted: {revision}, items: [{comment,
// path, page, title, step, label, target, status: changed|unchanged, changes}],
// otherChanges: [ChangeEntry], lines: [text]}. Throws FilingInputError when no
// 退回 is recorded, StorageError when a revision is missing.
nlohmann::json rejection_reply(const storage::DossierStore& store, const portal::Profile& profile,
                               const std::string& id, const ReplyRequest& request);

}  // namespace beian::filing
