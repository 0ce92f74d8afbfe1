#include "filing/approved_changes.hpp"

#include <functional>

#include "filing/revision_source.hpp"
#include "storage/storage_error.hpp"

namespace beian::filing {
using nlohmann::json;

namespace {

bool belongs_to(const PageRef& where, const Scope& scope) {
    const auto it = where.target.find("algorithm");
    return scope.is_entity() ? it == where.target.end()
                             : it != where.target.end() && it->second == scope.algorithm;
}

// The impact of a filing's own entries, without the other filings they touch.
ChangeImpact cut(ChangeImpact impact, const Scope& scope) {
    ChangeImpact out;
    for (auto& filing : impact.filings)
        if (filing.scope == scope) {
            out.pages = filing.pages;
            out.filings.push_back(std::move(filing));
        }
    for (auto& document : impact.reissue)
        if (belongs_to(document.where, scope)) out.reissue.push_back(std::move(document));
    return out;
}

std::string updated_at(const json& dossier) {
    const auto pointer = json::json_pointer("/meta/updatedAt");
    return dossier.contains(pointer) && dossier[pointer].is_string()
               ? dossier[pointer].get<std::string>()
               : "";
}

// What a filing's changes can come from: a revision whose slice equals the
// next one's differs from the baseline exactly as much, so no diff is needed.
json slice_of(const json& dossier, const Scope& scope) {
    const auto member = [&](const char* key) {
        return dossier.contains(key) ? dossier[key] : json();
    };
    if (scope.is_entity()) return member("entity");
    const auto index = algorithm_index(dossier, scope.algorithm);
    return json::array(
        {index ? dossier["algorithms"][*index] : json(), member("products"), member("links")});
}

// A filing with an open change, being dated.
struct OpenRun {
    ScopeChanges* changes;
    std::function<bool(const json&)> holds;  // the revision still differs from the baseline
    json slice;
    std::string saved_at;
    bool active = true;
};

// One walk back from the current revision, reading each entry once, while
// each filing's change still holds: the save that began its current run
// dates it. A damaged or missing entry ends the walk (dated from what was read).
void date_runs(const storage::DossierStore& store, const std::string& id, const json& current,
               std::vector<OpenRun>& runs) {
    const auto history = store.history(id);
    for (auto revision = revision_of(current) - 1; revision > 0; --revision) {
        bool any = false;
        for (auto& run : runs) {
            run.active = run.active && revision > run.changes->baseline.revision;
            any = any || run.active;
        }
        if (!any) break;
        std::optional<storage::RevisionEntry> entry;
        try {
            entry = history.read(revision);
        } catch (const storage::StorageError&) {
        }
        if (!entry) break;
        for (auto& run : runs) {
            if (!run.active) continue;
            auto slice = slice_of(entry->dossier, run.changes->scope);
            if (slice != run.slice && !run.holds(entry->dossier)) {
                run.active = false;
                continue;
            }
            run.slice = std::move(slice);
            run.saved_at = entry->saved_at;
        }
    }
    for (auto& run : runs) run.changes->since = china_date_of(run.saved_at);
}

}  // namespace

std::optional<CivilDate> china_date_of(std::string_view timestamp) {
    if (timestamp.size() < 10) return std::nullopt;
    const auto date = CivilDate::parse(timestamp.substr(0, 10));
    if (!date) return std::nullopt;
    const auto digit = [&](std::size_t i) { return timestamp[i] >= '0' && timestamp[i] <= '9'; };
    if (timestamp.size() >= 20 && timestamp[10] == 'T' && timestamp.back() == 'Z' && digit(11) &&
        digit(12)) {
        const int hour = (timestamp[11] - '0') * 10 + (timestamp[12] - '0');
        if (hour + 8 >= 24) return date->add_days(1);
    }
    return date;
}

std::vector<ScopeChanges> changes_since_approval(const storage::DossierStore& store,
                                                 const portal::Profile& profile,
                                                 const std::string& id, const json& current) {
    std::vector<ScopeChanges> out;
    std::vector<json> bases;  // by position in out
    const auto marks = marks_of(current);
    for (const auto& scope : known_scopes(current, marks)) {
        const auto* approved = latest_mark(marks, scope, MarkStatus::Approved);
        const auto* last = latest_mark(marks, scope);
        if (!approved || last->status == MarkStatus::Deregistered) continue;
        ScopeChanges changes;
        changes.scope = scope;
        changes.baseline = *approved;
        json base;
        try {
            base = dossier_at(store, id, approved->revision, current);
        } catch (const storage::StorageError& e) {
            if (e.kind() != storage::StorageErrorKind::NotFound) throw;
            changes.baseline_missing = true;
            out.push_back(std::move(changes));
            continue;
        }
        changes.removed = !scope.is_entity() && !algorithm_index(current, scope.algorithm);
        changes.entries = entries_for(scope, diff_dossiers(base, current, profile), base, current);
        if (!changes.entries.empty())
            changes.impact = cut(assess(changes.entries, base, current, profile), scope);
        out.push_back(std::move(changes));
        bases.resize(out.size());
        bases.back() = std::move(base);
    }
    std::vector<OpenRun> runs;
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto& changes = out[i];
        if (changes.entries.empty()) continue;
        const auto& base = bases[i];
        const auto scope = changes.scope;
        const bool removed = changes.removed;
        runs.push_back({&changes,
                        [&profile, &base, scope, removed](const json& dossier) {
                            if (removed) return !algorithm_index(dossier, scope.algorithm);
                            return !entries_for(scope, diff_dossiers(base, dossier, profile), base,
                                                dossier)
                                        .empty();
                        },
                        slice_of(current, scope), updated_at(current)});
    }
    date_runs(store, id, current, runs);
    return out;
}

json to_json(const ScopeChanges& changes, const portal::Profile& profile) {
    auto out = to_json(changes.scope);
    out["baseline"] = to_json(changes.baseline);
    out["baselineMissing"] = changes.baseline_missing;
    out["removed"] = changes.removed;
    out["entries"] = json::array();
    for (const auto& entry : changes.entries) out["entries"].push_back(to_json(entry));
    const auto impact = to_json(changes.impact, profile);
    out["pages"] = impact["pages"];
    out["reissue"] = impact["reissue"];
    if (changes.since) out["since"] = changes.since->to_string();
    return out;
}

}  // namespace beian::filing
