#include "filing/diff_reports.hpp"

#include "filing/approved_changes.hpp"
#include "filing/change_impact.hpp"
#include "filing/filing_record.hpp"
#include "filing/revision_source.hpp"

namespace beian::filing {
using nlohmann::json;

json revision_diff(const storage::DossierStore& store, const portal::Profile& profile,
                   const std::string& id, std::int64_t from, std::optional<std::int64_t> to) {
    const auto current = store.load(id);
    const auto to_revision = to.value_or(revision_of(current));
    const auto before = dossier_at(store, id, from, current);
    const auto after = dossier_at(store, id, to_revision, current);
    const auto entries = diff_dossiers(before, after, profile);
    auto out = to_json(assess(entries, before, after, profile), profile);
    out["id"] = id;
    out["from"] = from;
    out["to"] = to_revision;
    out["entries"] = json::array();
    for (const auto& entry : entries) out["entries"].push_back(to_json(entry));
    return out;
}

json approved_changes_report(const storage::DossierStore& store, const portal::Profile& profile,
                             const std::string& id) {
    const auto current = store.load(id);
    json filings = json::array();
    for (const auto& changes : changes_since_approval(store, profile, id, current))
        filings.push_back(to_json(changes, profile));
    return {{"id", id}, {"revision", revision_of(current)}, {"filings", filings}};
}

}  // namespace beian::filing
