#include "documents/fact_text.hpp"

#include "plan/page_values.hpp"
#include "portal/page_instances.hpp"

namespace beian::documents {
using nlohmann::json;

namespace {

std::string scalar_text(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "是" : "否";
    if (value.is_null()) return "";
    return value.dump();
}

std::string item_text(const json& item) {
    if (item.is_array()) {  // one path of a cascader
        std::string out;
        for (const auto& part : item) out += (out.empty() ? "" : " / ") + scalar_text(part);
        return out;
    }
    if (item.is_object()) return item.contains("kind") ? scalar_text(item["kind"]) : item.dump();
    return scalar_text(item);
}

bool is_label_path(const json& value) {
    if (!value.is_array() || value.empty()) return false;
    for (const auto& part : value)
        if (!part.is_string()) return false;
    return true;
}

}  // namespace

std::string shown_text(const json& value) {
    if (value.is_object() && value.contains("from")) {
        const auto from = scalar_text(value.value("from", json()));
        const auto flag = value.find("longTerm");
        const bool long_term = flag != value.end() && flag->is_boolean() && flag->get<bool>();
        const auto to = long_term ? std::string("长期") : scalar_text(value.value("to", json()));
        return from.empty() && to.empty() ? "" : from + " 至 " + to;
    }
    if (!value.is_array()) return value.is_object() ? item_text(value) : scalar_text(value);
    std::string out;
    for (const auto& item : value) {
        const auto text = item_text(item);
        if (!text.empty()) out += (out.empty() ? "" : "、") + text;
    }
    return out;
}

FieldRef field_by_id(const portal::Profile& profile, std::string_view id) {
    for (const auto& page : profile.pages())
        for (const auto& field : page.fields)
            if (field.id == id) return {&page, &field};
    return {};
}

std::string object_of(const FieldRef& ref, const std::string& algorithm_pointer) {
    if (!ref.page) return "";
    if (ref.page->object == "/entity") return "/entity";
    if (ref.page->object == "/algorithms/{algorithm}") return algorithm_pointer;
    return "";
}

std::string field_text(const json& dossier, const FieldRef& ref,
                       const std::string& object_pointer) {
    if (!ref.field) return "";
    const auto* value = portal::value_at(dossier, object_pointer + ref.field->path);
    if (!value) return "";
    // A single cascader path (注册地) reads as one path, not a list.
    const auto page_value = plan::to_page(*ref.field, *value, {&dossier, ""});
    if (ref.field->control == "cascader" && is_label_path(page_value)) return item_text(page_value);
    return shown_text(page_value);
}

}  // namespace beian::documents
