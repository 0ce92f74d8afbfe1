#include "plan/page_capture.hpp"

#include "plan/page_values.hpp"
#include "portal/page_instances.hpp"

namespace beian {
using nlohmann::json;

namespace {

json skip(const portal::ProfileField& field, const char* reason) {
    return {{"field", field.id}, {"label", field.label}, {"reason", reason}};
}

}  // namespace

CaptureResult capture_page(const json& dossier, const portal::Profile& profile,
                           const PlanRequest& request, const json& values) {
    const auto* page = profile.page(request.page);
    if (!page) return {PlanError::UnknownPage, nullptr, nullptr};
    const auto instance = portal::find_instance(*page, dossier, request.target);
    if (!instance) return {PlanError::UnknownTarget, nullptr, nullptr};
    const auto context = plan::value_context(dossier, request.target);
    CaptureResult result{std::nullopt, json::array(), json::array()};
    for (const auto& field : page->fields) {
        const auto given = values.find(field.id);
        if (given == values.end()) continue;
        // Files are not read back from a page: only their names are shown.
        if (field.control == "upload") {
            result.skipped.push_back(skip(field, "upload"));
            continue;
        }
        if (given->is_null()) {
            result.skipped.push_back(skip(field, "unreadable"));
            continue;
        }
        const auto pointer = instance->pointer + field.path;
        const auto* now = portal::value_at(dossier, pointer);
        const json current = now ? *now : json();
        const auto captured = plan::from_page(field, *given, current, context);
        if (!captured) {
            result.skipped.push_back(skip(field, "bad-value"));
            continue;
        }
        if (plan::same_value(current, *captured)) continue;
        result.changes.push_back({{"field", field.id},
                                  {"label", field.label},
                                  {"group", field.group},
                                  {"path", pointer},
                                  {"sensitive", field.sensitive},
                                  {"from", current},
                                  {"to", *captured}});
    }
    return result;
}

json apply_capture(json dossier, const json& changes, const std::set<std::string>& accepted) {
    for (const auto& change : changes) {
        if (!accepted.count(change["field"].get<std::string>())) continue;
        const json::json_pointer pointer(change["path"].get<std::string>());
        if (!plan::is_empty_value(change["to"])) {
            dossier[pointer] = change["to"];  // creates the objects on the way
            continue;
        }
        // value_at, not contains(pointer): nlohmann 3.11 would take the
        // pointer as an object key there.
        if (!portal::value_at(dossier, pointer.to_string())) continue;
        auto& parent = dossier[pointer.parent_pointer()];
        if (parent.is_object()) parent.erase(pointer.back());
    }
    return dossier;
}

}  // namespace beian
