#include "plan/page_plan.hpp"

#include "plan/page_values.hpp"
#include "util/utf8.hpp"

namespace beian {
using nlohmann::json;

namespace {

bool is_within(const std::string& pointer, const std::string& prefix) {
    return pointer == prefix ||
           (pointer.size() > prefix.size() && pointer.compare(0, prefix.size(), prefix) == 0 &&
            pointer[prefix.size()] == '/');
}

json measured(const json* value) {
    if (!value || !value->is_string()) return nullptr;
    const auto length = measure_text(value->get<std::string>());
    return {{"utf16", length.utf16_units}, {"codepoints", length.code_points}};
}

json field_plan(const portal::ProfileField& field, const std::string& pointer, bool applies,
                const json& dossier, const Findings& findings, const plan::ValueContext& context) {
    const auto* value = portal::value_at(dossier, pointer);
    json field_findings = json::array();
    for (const auto& finding : findings)
        if (is_within(finding.path, pointer)) field_findings.push_back(to_json(finding));
    // Built member by member: an initializer list would make a two-element
    // array per member first, and this runs for every field of every plan.
    json::object_t plan;
    plan.emplace("id", field.id);
    plan.emplace("label", field.label);
    plan.emplace("aliases", field.raw.value("aliases", json::array()));
    plan.emplace("group", field.group);
    plan.emplace("control", field.control);
    plan.emplace("path", pointer);
    plan.emplace("required", field.required);
    plan.emplace("sensitive", field.sensitive);
    plan.emplace("applies", applies);
    plan.emplace("options", field.raw.value("options", json()));
    plan.emplace("limit", field.limit ? json(*field.limit) : json());
    plan.emplace("unit", field.unit == portal::LengthUnit::Utf16 ? "utf16" : "codepoints");
    plan.emplace("value", value ? *value : json());
    // The value as the page shows it (是/否 for a boolean …): what a fill writes.
    plan.emplace("fill", plan::to_page(field, value ? *value : json(), context));
    plan.emplace("length", measured(value));
    plan.emplace("findings", std::move(field_findings));
    return json(std::move(plan));
}

}  // namespace

PlanResult make_page_plan(const json& dossier, const portal::Profile& profile,
                          const Findings& findings, const PlanRequest& request) {
    const auto* page = profile.page(request.page);
    if (!page) return {PlanError::UnknownPage, nullptr};
    const auto instance = portal::find_instance(*page, dossier, request.target);
    if (!instance) return {PlanError::UnknownTarget, nullptr};
    const auto* object = portal::value_at(dossier, instance->pointer);
    const auto context = plan::value_context(dossier, request.target);
    json fields = json::array();
    std::vector<std::string> field_pointers;
    for (const auto& field : page->fields) {
        const auto pointer = instance->pointer + field.path;
        field_pointers.push_back(pointer);
        const bool applies = object && portal::condition_holds(field.when, *object);
        fields.push_back(field_plan(field, pointer, applies, dossier, findings, context));
    }
    // Findings on this page's object that no field claims (a link, a rule on
    // the object as a whole) are listed for the page.
    json page_findings = json::array();
    for (const auto& finding : findings) {
        if (finding.page != page->id || !is_within(finding.path, instance->pointer)) continue;
        bool claimed = false;
        for (const auto& pointer : field_pointers)
            claimed = claimed || is_within(finding.path, pointer);
        if (!claimed) page_findings.push_back(to_json(finding));
    }
    json target = json::object();
    for (const auto& [name, id] : instance->target) target[name] = id;
    return {std::nullopt,
            {{"page", {{"id", page->id}, {"title", page->title}, {"step", page->step}}},
             {"object", instance->pointer},
             {"target", std::move(target)},
             {"fields", std::move(fields)},
             {"findings", std::move(page_findings)}}};
}

}  // namespace beian
