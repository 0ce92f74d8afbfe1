#include "filing/filing_status.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "filing/approved_changes.hpp"
#include "storage/storage_error.hpp"
#include "util/json_member.hpp"

namespace beian::filing {
using nlohmann::json;

namespace {

std::string text_at(const json& document, const std::string& pointer) {
    const auto* value = portal::value_at(document, pointer);
    return value && value->is_string() ? value->get<std::string>() : "";
}

std::string object_pointer(const json& dossier, const Scope& scope) {
    if (scope.is_entity()) return "/entity";
    const auto index = algorithm_index(dossier, scope.algorithm);
    return index ? "/algorithms/" + std::to_string(*index) : "";
}

void set_due(StatusRow& row, calendar::DeadlineKind kind, std::optional<CivilDate> event,
             CivilDate today) {
    if (!event) return;
    try {
        const auto due = calendar::compute_due(kind, *event);
        row.due = DueItem{kind, *event, due.due, due.provisional, due.due < today};
    } catch (const std::out_of_range&) {
        row.problem = "the working-day calendar does not cover this deadline";
    }
}

// No mark recorded: the Filing object (typed in by hand) is all there is.
void state_without_marks(StatusRow& row, const json& dossier, CivilDate today) {
    const auto pointer = object_pointer(dossier, row.scope);
    const auto status = text_at(dossier, pointer + "/filing/status");
    row.state = status.empty() ? "draft" : status;
    if (row.state == "draft" && !row.scope.is_entity())
        set_due(row, calendar::DeadlineKind::FirstFiling,
                CivilDate::parse(text_at(dossier, pointer + "/basic/launchDate")), today);
    if (row.state == "approved")
        row.problem = "no approved revision is marked (mark-filed), so changes cannot be listed";
}

void state_from_marks(StatusRow& row, const FilingMark& last, const ScopeChanges* changes,
                      CivilDate today) {
    switch (last.status) {
        case MarkStatus::Submitted:
            row.state = "submitted";
            return;
        case MarkStatus::Returned:
            row.state = "returned";
            row.open_comments = last.comments.size();
            return;
        case MarkStatus::Deregistered:
            row.state = "deregistered";
            return;
        case MarkStatus::Approved:
            break;
    }
    if (changes && changes->removed) {
        row.state = "deregistration-due";
        set_due(row, calendar::DeadlineKind::Deregistration, changes->since, today);
    } else if (changes && !changes->entries.empty()) {
        row.state = "changed";
        set_due(row, calendar::DeadlineKind::Change, changes->since, today);
    } else {
        row.state = "approved";
    }
}

// The functions an algorithm is linked to that other algorithms use too.
std::vector<SharedFunction> shared_functions(const json& dossier, const std::string& algorithm) {
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> users;
    for (const auto& link : array_member(dossier, "links")) {
        auto& list = users[{string_member(link, "product"), string_member(link, "function")}];
        const auto id = string_member(link, "algorithm");
        if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    }
    std::vector<SharedFunction> out;
    for (const auto& product : array_member(dossier, "products"))
        for (const auto& path : array_member(product, "accessPaths"))
            for (const auto& function : array_member(path, "functions")) {
                const std::pair key{string_member(product, "id"), string_member(function, "id")};
                const auto it = users.find(key);
                if (it == users.end() || it->second.size() < 2 ||
                    std::find(it->second.begin(), it->second.end(), algorithm) == it->second.end())
                    continue;
                out.push_back(
                    {key.first, key.second,
                     string_member(product, "name") + " › " + string_member(function, "name"),
                     it->second});
            }
    return out;
}

void rows_of_dossier(const storage::DossierStore& store, const portal::Profile& profile,
                     const std::string& id, CivilDate today, std::vector<StatusRow>& out) {
    json current;
    std::vector<ScopeChanges> changes;
    try {
        current = store.load(id);
        changes = changes_since_approval(store, profile, id, current);
    } catch (const storage::StorageError& e) {
        StatusRow row;
        row.dossier = id;
        row.state = "unreadable";
        row.problem = e.what();
        out.push_back(std::move(row));
        return;
    }
    const auto marks = marks_of(current);
    for (const auto& scope : known_scopes(current, marks)) {
        StatusRow row;
        row.dossier = id;
        row.entity_name = text_at(current, "/entity/basic/name");
        row.scope = scope;
        if (!scope.is_entity()) {
            row.name = text_at(current, object_pointer(current, scope) + "/basic/name");
            row.shared_functions = shared_functions(current, scope.algorithm);
        }
        const auto* last = latest_mark(marks, scope);
        if (const auto* approved = latest_mark(marks, scope, MarkStatus::Approved))
            row.baseline = *approved;
        const auto it = std::find_if(changes.begin(), changes.end(),
                                     [&](const ScopeChanges& c) { return c.scope == scope; });
        const ScopeChanges* scope_changes = it == changes.end() ? nullptr : &*it;
        if (scope_changes) {
            row.open_changes = scope_changes->entries.size();
            for (const auto& page : scope_changes->impact.pages)
                if (std::find(row.pages.begin(), row.pages.end(), page.page) == row.pages.end())
                    row.pages.push_back(page.page);
            row.reissue = scope_changes->impact.reissue.size();
            if (scope_changes->baseline_missing)
                row.problem =
                    "the approved revision is not in the history; changes since "
                    "it cannot be listed";
        }
        if (last) {
            row.last = *last;
            state_from_marks(row, *last, scope_changes, today);
        } else {
            state_without_marks(row, current, today);
        }
        out.push_back(std::move(row));
    }
}

}  // namespace

std::vector<StatusRow> filing_status(const storage::DossierStore& store,
                                     const portal::Profile& profile,
                                     const std::vector<std::string>& ids, CivilDate today) {
    // Every dossier when none is named; each is read once, by rows_of_dossier.
    const auto names = ids.empty() ? store.ids() : ids;
    std::vector<StatusRow> rows;
    for (const auto& id : names) rows_of_dossier(store, profile, id, today, rows);
    std::stable_sort(rows.begin(), rows.end(), [](const StatusRow& a, const StatusRow& b) {
        if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
        return a.due && a.due->date < b.due->date;
    });
    return rows;
}

json to_json(const StatusRow& row) {
    auto out = to_json(row.scope);
    out["dossier"] = row.dossier;
    out["entityName"] = row.entity_name;
    if (!row.name.empty()) out["name"] = row.name;
    out["state"] = row.state;
    if (row.last) out["lastMark"] = to_json(*row.last);
    if (row.baseline) out["baseline"] = to_json(*row.baseline);
    out["openChanges"] = row.open_changes;
    out["pages"] = row.pages;
    out["reissue"] = row.reissue;
    out["openComments"] = row.open_comments;
    if (row.due)
        out["due"] = {{"kind", calendar::deadline_rule(row.due->kind).id},
                      {"event", row.due->event.to_string()},
                      {"date", row.due->date.to_string()},
                      {"provisional", row.due->provisional},
                      {"overdue", row.due->overdue}};
    if (!row.shared_functions.empty()) {
        out["sharedFunctions"] = json::array();
        for (const auto& shared : row.shared_functions)
            out["sharedFunctions"].push_back({{"product", shared.product},
                                              {"function", shared.function},
                                              {"label", shared.label},
                                              {"algorithms", shared.algorithms}});
    }
    if (!row.problem.empty()) out["problem"] = row.problem;
    return out;
}

}  // namespace beian::filing
