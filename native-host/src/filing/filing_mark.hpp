// Recording a filing event: a revision submitted on the portal, approved with
// its 备案编号, returned with the reviewer's comments, or deregistered. The
// mark is appended to meta.baselines and the scope's Filing object
// (entity.filing / algorithms[].filing) is brought up to date, as one new
// revision, so the record is versioned like every other edit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "filing/filing_record.hpp"
#include "portal/profile.hpp"
#include "rules/formats/format_issue.hpp"
#include "storage/dossier_store.hpp"
#include "util/civil_date.hpp"

namespace beian::filing {

struct MarkRequest {
    Scope scope;
    MarkStatus status = MarkStatus::Submitted;
    // Defaults: submitted → the current revision; approved and returned → the
    // revision last submitted for the scope; deregistered → the one approved.
    std::optional<std::int64_t> revision;
    std::string number;                   // approved algorithms: required, format checked
    std::optional<CivilDate> date;        // default today; never in the future
    std::vector<ReviewComment> comments;  // returned only; each path must be a field
    std::string note;
};

struct MarkResult {
    storage::SavedRevision saved;
    FilingMark mark;
    FormatIssues warnings;  // of the 备案编号 (a year in the future, an odd length …)
};

// The default revision reason of a mark, e.g. "标记已通过：算法 alg-feed".
std::string mark_reason(const Scope& scope, MarkStatus status);

// Throws FilingInputError for a request that cannot be recorded, StorageError
// for a missing dossier or revision.
MarkResult mark_filing(storage::DossierStore& store, const portal::Profile& profile,
                       const std::string& id, const MarkRequest& request,
                       const storage::RevisionNote& note, CivilDate today);

}  // namespace beian::filing
