// Where every filing of every company stands: state, open changes since the
// last approval and the next statutory due date (calendar/deadlines.hpp),
// soonest first. What an agency looks at every morning.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/deadlines.hpp"
#include "filing/filing_record.hpp"
#include "portal/profile.hpp"
#include "storage/dossier_store.hpp"
#include "util/civil_date.hpp"

namespace beian::filing {

struct DueItem {
    calendar::DeadlineKind kind;
    CivilDate event;  // 上线 / the change / the removal
    CivilDate date;   // the last day
    bool provisional = false;
    bool overdue = false;
};

// A product function this algorithm shares with others: one filing per
// algorithm service (guide §8.2), so it needs a filing from each of them.
struct SharedFunction {
    std::string product;                  // id
    std::string function;                 // id
    std::string label;                    // "产品名称 › 功能名称"
    std::vector<std::string> algorithms;  // every algorithm linked to it, this one included
};

struct StatusRow {
    std::string dossier;
    std::string entity_name;
    Scope scope;
    std::string name;  // the algorithm's name
    // draft, submitted, returned, approved, changed, deregistration-due, deregistered,
    // or the Filing object's status when no mark was recorded.
    std::string state;
    std::optional<FilingMark> last;      // the newest mark
    std::optional<FilingMark> baseline;  // the last approval
    std::size_t open_changes = 0;
    std::vector<std::string> pages;  // page ids of the open changes
    std::size_t reissue = 0;
    std::size_t open_comments = 0;  // of the latest 退回, while it is the newest mark
    std::vector<SharedFunction> shared_functions;
    std::optional<DueItem> due;
    std::string problem;  // why something could not be worked out ("" = none)
};

// The rows of the named dossiers (all when ids is empty), rows with a due date
// first, soonest first; a dossier that cannot be read gives one row saying so.
std::vector<StatusRow> filing_status(const storage::DossierStore& store,
                                     const portal::Profile& profile,
                                     const std::vector<std::string>& ids, CivilDate today);

nlohmann::json to_json(const StatusRow& row);

}  // namespace beian::filing
