// What changed between two versions of a dossier, as the portal sees it: one
// entry per portal field (or per page object added or removed), named by the
// profile's page, label and the ids of the object, not by array positions.
// Lists are compared as sets: objects are matched by their "id", everything
// else by value, so reordering products or checkboxes is no change. Only the
// 注册地-style cascaders keep their order (省 → 市 → 区 is a path, not a set).
// Bookkeeping that is not filled into the portal (meta, the filing records)
// is ignored. A pure function: no I/O.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "portal/page_instances.hpp"
#include "portal/profile.hpp"

namespace beian::filing {

enum class ChangeKind { Added, Removed, Changed };

struct ChangeEntry {
    std::string page;       // profile page id
    portal::Target target;  // ids of the page object (a link's own ids for 关联产品功能)
    std::string path;       // JSON Pointer: in "after", or in "before" when removed
    std::string field;      // profile field id; "" = the page object itself or other content
    std::string label;      // the portal's label (or the page's title for an object)
    ChangeKind kind = ChangeKind::Changed;
    bool sensitive = false;  // before/after are left out (ID numbers, mobile)
    nlohmann::json before;   // null when absent, sensitive or an object added/removed
    nlohmann::json after;
};

using ChangeEntries = std::vector<ChangeEntry>;

ChangeEntries diff_dossiers(const nlohmann::json& before, const nlohmann::json& after,
                            const portal::Profile& profile);

// Whether two values are the same for the portal: arrays as multisets (objects
// keyed by "id"), except arrays of scalars when ordered is true.
bool same_value(const nlohmann::json& a, const nlohmann::json& b, bool ordered = false);

std::string_view to_string(ChangeKind kind);  // "added", "removed", "changed"

nlohmann::json to_json(const ChangeEntry& entry);

}  // namespace beian::filing
