#include "filing/filing_mark.hpp"

#include "filing/revision_source.hpp"
#include "rules/field_index.hpp"
#include "rules/formats/filing_numbers.hpp"

namespace beian::filing {
using nlohmann::json;

namespace {

std::int64_t default_revision(const FilingMarks& marks, const MarkRequest& request,
                              std::int64_t current) {
    std::optional<MarkStatus> basis;
    if (request.status == MarkStatus::Approved || request.status == MarkStatus::Returned)
        basis = MarkStatus::Submitted;
    if (request.status == MarkStatus::Deregistered) basis = MarkStatus::Approved;
    if (!basis) return current;
    const auto* mark = latest_mark(marks, request.scope, basis);
    return mark ? mark->revision : current;
}

void check_number(const MarkRequest& request, CivilDate today, MarkResult& result) {
    const bool wants_number = request.status == MarkStatus::Approved && !request.scope.is_entity();
    if (!wants_number) {
        if (!request.number.empty())
            throw FilingInputError(request.scope.is_entity()
                                       ? "the entity has no 备案编号 of its own; only algorithms do"
                                       : "a 备案编号 is recorded with the approval only");
        return;
    }
    if (request.number.empty())
        throw FilingInputError("an approved algorithm needs its 备案编号 (网信算备…号)");
    for (auto& issue : check_cac_filing_number(request.number, today.year)) {
        if (issue.severity == Severity::Error)
            throw FilingInputError("the 备案编号 is not well formed (" + issue.code +
                                   "): " + issue.zh + " / " + issue.en);
        result.warnings.push_back(std::move(issue));
    }
}

void check_comments(const MarkRequest& request, const json& returned,
                    const portal::Profile& profile) {
    if (request.comments.empty()) return;
    if (request.status != MarkStatus::Returned)
        throw FilingInputError("reviewer comments belong to a returned filing");
    const FieldIndex index(profile, returned);
    for (std::size_t i = 0; i < request.comments.size(); ++i) {
        const auto& path = request.comments[i].path;
        if (path.empty() || path[0] != '/' || !index.locate(path).field)
            throw FilingInputError("comment " + std::to_string(i + 1) +
                                   ": its path does not name a portal field or attachment of "
                                   "the returned revision");
    }
}

// The Filing object describes the latest round on the portal; the rounds
// before it stay in meta.baselines.
void update_filing_object(json& dossier, const FilingMark& mark) {
    json* filing = nullptr;
    if (mark.scope.is_entity()) {
        if (dossier.contains("entity") && dossier["entity"].is_object())
            filing = &dossier["entity"]["filing"];
    } else if (const auto index = algorithm_index(dossier, mark.scope.algorithm)) {
        filing = &dossier["algorithms"][*index]["filing"];
    }
    if (!filing) return;
    if (!filing->is_object()) *filing = json::object();
    auto& f = *filing;
    switch (mark.status) {
        case MarkStatus::Submitted:
            // A 变更 starts a new round: its approval is still to come.
            f["status"] = "submitted";
            f["submittedOn"] = mark.date;
            f.erase("approvedOn");
            f.erase("deregisteredOn");
            break;
        case MarkStatus::Approved:
            f["status"] = "approved";
            f["approvedOn"] = mark.date;
            if (!mark.number.empty()) f["number"] = mark.number;
            break;
        case MarkStatus::Returned:
            f["status"] = "returned";
            break;
        case MarkStatus::Deregistered:
            f["status"] = "deregistered";
            f["deregisteredOn"] = mark.date;
            break;
    }
}

}  // namespace

std::string mark_reason(const Scope& scope, MarkStatus status) {
    constexpr std::pair<MarkStatus, std::string_view> kWords[] = {
        {MarkStatus::Submitted, "已提交"},
        {MarkStatus::Approved, "已通过"},
        {MarkStatus::Returned, "被退回"},
        {MarkStatus::Deregistered, "已注销"},
    };
    std::string reason = "标记";
    for (const auto& [value, word] : kWords)
        if (value == status) reason += word;
    return reason + (scope.is_entity() ? "：主体" : "：算法 " + scope.algorithm);
}

MarkResult mark_filing(storage::DossierStore& store, const portal::Profile& profile,
                       const std::string& id, const MarkRequest& request,
                       const storage::RevisionNote& note, CivilDate today) {
    MarkResult result;
    const auto date = request.date.value_or(today);
    if (today < date) throw FilingInputError("the date of a filing event cannot be after today");
    check_number(request, today, result);
    result.saved = store.update(
        id,
        [&](const json& current) {
            const auto marks = marks_of(current);
            const auto revision =
                request.revision.value_or(default_revision(marks, request, revision_of(current)));
            if (revision < 1 || revision > revision_of(current))
                throw FilingInputError("revision " + std::to_string(revision) +
                                       " does not exist (the dossier is at revision " +
                                       std::to_string(revision_of(current)) + ")");
            const auto marked = dossier_at(store, id, revision, current);
            if (!request.scope.is_entity() && !algorithm_index(marked, request.scope.algorithm))
                throw FilingInputError("revision " + std::to_string(revision) +
                                       " has no algorithm '" + request.scope.algorithm + "'");
            if (request.status == MarkStatus::Approved || request.status == MarkStatus::Returned)
                if (const auto* submitted =
                        latest_mark(marks, request.scope, MarkStatus::Submitted))
                    if (const auto on = CivilDate::parse(submitted->date); on && date < *on)
                        throw FilingInputError("the date lies before the submission it answers");
            check_comments(request, marked, profile);

            FilingMark mark{revision,       request.scope,    request.status,
                            request.number, date.to_string(), storage::utc_timestamp_now(),
                            request.note,   request.comments};
            json next = current;
            auto& baselines = next["meta"]["baselines"];
            if (!baselines.is_array()) baselines = json::array();
            baselines.push_back(to_json(mark));
            update_filing_object(next, mark);
            result.mark = std::move(mark);
            return next;
        },
        note);
    return result;
}

}  // namespace beian::filing
