#include "filing/history_view.hpp"

#include <algorithm>

#include "filing/filing_record.hpp"
#include "filing/revision_source.hpp"
#include "portal/page_instances.hpp"
#include "storage/storage_error.hpp"

namespace beian::filing {
using nlohmann::json;

namespace {

json summary_of(const storage::RevisionEntry& entry, const FilingMarks& marks) {
    auto out = storage::to_json(entry);
    out.erase("dossier");
    out["marks"] = json::array();
    for (const auto& mark : marks)
        if (mark.revision == entry.revision) out["marks"].push_back(to_json(mark));
    return out;
}

const json* filing_of(const json& dossier, const std::string& algorithm) {
    if (algorithm.empty()) return portal::value_at(dossier, "/entity/filing");
    const auto index = algorithm_index(dossier, algorithm);
    return index ? portal::value_at(dossier, "/algorithms/" + std::to_string(*index) + "/filing")
                 : nullptr;
}

void set_filing(json& dossier, const std::string& algorithm, const json& filing) {
    if (algorithm.empty()) {
        if (dossier.contains("entity") && dossier["entity"].is_object())
            dossier["entity"]["filing"] = filing;
        return;
    }
    if (const auto index = algorithm_index(dossier, algorithm))
        dossier["algorithms"][*index]["filing"] = filing;
}

}  // namespace

json history_listing(const storage::DossierStore& store, const std::string& id, std::size_t limit,
                     std::optional<std::int64_t> before) {
    const auto current = store.load(id);  // NotFound for an unknown dossier; rolls forward
    const auto marks = marks_of(current);
    const auto history = store.history(id);
    auto revisions = history.revisions();
    std::reverse(revisions.begin(), revisions.end());
    json list = json::array();
    bool more = false;
    for (const auto revision : revisions) {
        if (before && revision >= *before) continue;
        if (list.size() == limit) {
            more = true;
            break;
        }
        json item;
        try {
            const auto entry = history.read(revision);
            if (!entry) continue;  // removed meanwhile by a failed save's clean-up
            item = summary_of(*entry, marks);
        } catch (const storage::StorageError&) {
            item = {{"revision", revision}, {"damaged", true}};
        }
        list.push_back(std::move(item));
    }
    return {{"id", id}, {"current", revision_of(current)}, {"revisions", list}, {"more", more}};
}

json revision_entry(const storage::DossierStore& store, const std::string& id,
                    std::int64_t revision) {
    store.load(id);  // rolls a killed save forward before its history is read
    const auto entry = store.history(id).read(revision);
    if (!entry)
        throw storage::StorageError(
            storage::StorageErrorKind::NotFound,
            "dossier '" + id + "' has no revision " + std::to_string(revision) + " in its history");
    return storage::to_json(*entry);
}

storage::SavedRevision restore_revision(storage::DossierStore& store, const std::string& id,
                                        std::int64_t revision, std::optional<std::int64_t> expected,
                                        const storage::RevisionNote& note) {
    return store.update(
        id,
        [&](const json& current) {
            auto restored = dossier_at(store, id, revision, current);
            const auto pointer = json::json_pointer("/meta/baselines");
            restored["meta"].erase("baselines");
            if (current.contains(pointer)) restored[pointer] = current[pointer];
            for (const auto& scope : known_scopes(restored, {}))
                if (const auto* filing = filing_of(current, scope.algorithm))
                    set_filing(restored, scope.algorithm, *filing);
            return restored;
        },
        note, expected);
}

}  // namespace beian::filing
