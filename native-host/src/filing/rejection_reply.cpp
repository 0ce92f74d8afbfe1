#include "filing/rejection_reply.hpp"

#include <algorithm>
#include <array>

#include "filing/change_impact.hpp"
#include "filing/revision_source.hpp"

namespace beian::filing {
using nlohmann::json;

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kTargetNames{{
    {"product", "产品"},
    {"accessPath", "访问路径"},
    {"function", "功能"},
}};

struct Located {
    const portal::ProfilePage* page = nullptr;
    const portal::ProfileField* field = nullptr;
    portal::Target target;
};

// The portal field a comment's pointer falls in, with its object's ids.
Located locate(const portal::Profile& profile, const json& dossier, const std::string& pointer) {
    Located best;
    std::size_t best_length = 0;
    for (const auto& page : profile.pages())
        for (const auto& instance : portal::expand_page(page, dossier))
            for (const auto& field : page.fields) {
                const auto at = instance.pointer + field.path;
                if ((pointer == at || pointer.starts_with(at + "/")) && at.size() >= best_length) {
                    best = {&page, &field, instance.target};
                    best_length = at.size();
                }
            }
    return best;
}

bool concerns(const ChangeEntry& entry, const Located& at) {
    if (!at.field || entry.page != at.page->id || entry.field != at.field->id) return false;
    return std::all_of(at.target.begin(), at.target.end(), [&](const auto& id) {
        const auto it = entry.target.find(id.first);
        return it != entry.target.end() && it->second == id.second;
    });
}

std::string where(const portal::Profile& profile, const std::string& page_id,
                  const std::string& label, const portal::Target& target) {
    const auto* page = profile.page(page_id);
    std::string text = "【";
    if (page) text += page->step.empty() ? page->title : page->title + "·" + page->step;
    text += " / " + label;
    for (const auto& [name, zh] : kTargetNames)
        if (const auto it = target.find(std::string(name)); it != target.end())
            text += "（" + std::string(zh) + " " + it->second + "）";
    return text + "】";
}

std::string done(const ChangeEntries& changes, bool upload) {
    if (changes.empty()) return "未修改，请补充说明理由。";
    if (upload) return "已重新上传该附件。";
    const bool all_added = std::all_of(changes.begin(), changes.end(),
                                       [](const auto& e) { return e.kind == ChangeKind::Added; });
    return all_added ? "已按意见补充。" : "已按意见修改。";
}

const FilingMark* find_returned(const FilingMarks& marks, const ReplyRequest& request) {
    for (auto it = marks.rbegin(); it != marks.rend(); ++it)
        if (it->scope == request.scope && it->status == MarkStatus::Returned &&
            (!request.returned || it->revision == *request.returned))
            return &*it;
    return nullptr;
}

}  // namespace

json rejection_reply(const storage::DossierStore& store, const portal::Profile& profile,
                     const std::string& id, const ReplyRequest& request) {
    const auto current = store.load(id);
    const auto marks = marks_of(current);
    const auto* returned = find_returned(marks, request);
    if (!returned)
        throw FilingInputError(request.returned
                                   ? "no 退回 is recorded for revision " +
                                         std::to_string(*request.returned) + " of this filing"
                                   : "no 退回 is recorded for this filing (mark-filed --status "
                                     "returned)");
    auto resubmitted = request.resubmitted;
    if (!resubmitted) {
        // The first submission recorded after the 退回, else the current revision.
        const auto position = returned - marks.data();
        for (auto i = static_cast<std::size_t>(position) + 1; i < marks.size() && !resubmitted; ++i)
            if (marks[i].scope == request.scope && marks[i].status == MarkStatus::Submitted)
                resubmitted = marks[i].revision;
    }
    const auto to_revision = resubmitted.value_or(revision_of(current));
    const auto before = dossier_at(store, id, returned->revision, current);
    const auto after = dossier_at(store, id, to_revision, current);
    auto remaining =
        entries_for(request.scope, diff_dossiers(before, after, profile), before, after);

    json items = json::array(), lines = json::array();
    int n = 0;
    for (const auto& comment : returned->comments) {
        const auto at = locate(profile, before, comment.path);
        ChangeEntries changes;
        std::erase_if(remaining, [&](const ChangeEntry& entry) {
            if (!concerns(entry, at)) return false;
            changes.push_back(entry);
            return true;
        });
        const auto label = at.field ? at.field->label : std::string("（未能定位的字段）");
        const auto page_id = at.page ? at.page->id : std::string();
        json item = {
            {"comment", comment.text}, {"path", comment.path},
            {"label", label},          {"page", page_id},
            {"target", at.target},     {"status", changes.empty() ? "unchanged" : "changed"},
            {"changes", json::array()}};
        if (at.page) {
            item["title"] = at.page->title;
            item["step"] = at.page->step;
        }
        for (const auto& change : changes) item["changes"].push_back(to_json(change));
        items.push_back(std::move(item));
        lines.push_back(std::to_string(++n) + ". " + where(profile, page_id, label, at.target) +
                        "审核意见：" + comment.text + " 修改情况：" +
                        done(changes, at.field && at.field->control == "upload"));
    }
    json others = json::array();
    for (const auto& entry : remaining) {
        others.push_back(to_json(entry));
        lines.push_back("另：" + where(profile, entry.page, entry.label, entry.target) +
                        (entry.kind == ChangeKind::Added     ? "已补充。"
                         : entry.kind == ChangeKind::Removed ? "已删除。"
                                                             : "已修改。"));
    }
    auto out = to_json(request.scope);
    out["returned"] = {{"revision", returned->revision}, {"date", returned->date}};
    out["resubmitted"] = {{"revision", to_revision}, {"current", !resubmitted.has_value()}};
    out["items"] = std::move(items);
    out["otherChanges"] = std::move(others);
    out["lines"] = std::move(lines);
    return out;
}

}  // namespace beian::filing
