#include "plan/page_values.hpp"

#include "plan/link_labels.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace beian::plan {
using nlohmann::json;

namespace {

bool is_string_list(const json& v) {
    return v.is_array() &&
           std::all_of(v.begin(), v.end(), [](const json& e) { return e.is_string(); });
}

// A cascader's value: one path of labels, or (multiple) a list of paths.
bool is_label_paths(const json& v) {
    return is_string_list(v) || (v.is_array() && std::all_of(v.begin(), v.end(), is_string_list));
}

bool is_date_range(const json& v) {
    return v.is_object() && v.contains("from") && (v["from"].is_string() || v["from"].is_null());
}

json range_from_page(const json& page) {
    const bool long_term = page.value("longTerm", false);
    const auto to = page.value("to", json());
    return {
        {"from", page["from"].is_string() && !page["from"].get<std::string>().empty() ? page["from"]
                                                                                      : json()},
        {"to", long_term || !to.is_string() || to.get<std::string>().empty() ? json() : to},
        {"longTerm", long_term}};
}

// Page shapes by control kind: what a page may legitimately hand back.
bool shape_fits(const std::string& control, const json& v) {
    if (v.is_null()) return true;
    if (control == "multi-select" || control == "checkbox-group") return is_string_list(v);
    if (control == "cascader") return is_label_paths(v);
    if (control == "date-range") return is_date_range(v);
    if (control == "checkbox") return v.is_boolean();
    return v.is_string();
}

// pageValue {"boolean": [yes, no]}
json boolean_to_page(const json& spec, const json& value) {
    if (!value.is_boolean()) return value;
    return spec.at(value.get<bool>() ? 0 : 1);
}
std::optional<json> boolean_from_page(const json& spec, const json& page) {
    if (page.is_null() || page == "") return json();
    if (page == spec.at(0)) return true;
    if (page == spec.at(1)) return false;
    return std::nullopt;
}

// pageValue {"listOf": key}
json list_to_page(const std::string& key, const json& value) {
    if (!value.is_array()) return value;
    json out = json::array();
    for (const auto& item : value)
        if (item.is_object() && item.contains(key)) out.push_back(item[key]);
    return out;
}
std::optional<json> list_from_page(const std::string& key, const json& page, const json& current) {
    if (page.is_null()) return json();
    if (!is_string_list(page)) return std::nullopt;
    json out = json::array();
    for (const auto& shown : page) {
        json kept = {{key, shown}};
        if (current.is_array())
            for (const auto& item : current)
                if (item.is_object() && item.value(key, json()) == shown) kept = item;
        out.push_back(std::move(kept));
    }
    return out;
}

// Lists as sorted dumps, so that order does not count.
json canonical(const json& v) {
    if (is_empty_value(v)) return nullptr;
    if (is_date_range(v)) return range_from_page(v);
    if (!v.is_array()) return v;
    std::vector<std::string> dumps;
    for (const auto& e : v) dumps.push_back(canonical(e).dump());
    std::sort(dumps.begin(), dumps.end());
    return dumps;
}

}  // namespace

ValueContext value_context(const json& dossier, const portal::Target& target) {
    const auto algorithm = target.find("algorithm");
    return {&dossier, algorithm == target.end() ? std::string() : algorithm->second};
}

json to_page(const portal::ProfileField& field, const json& value, const ValueContext& context) {
    const auto spec = field.raw.value("pageValue", json());
    if (spec.contains("links") && context.dossier)
        return link_labels(value, *context.dossier, context.algorithm,
                           spec["links"].get<std::string>());
    if (spec.contains("boolean")) return boolean_to_page(spec["boolean"], value);
    if (spec.contains("listOf")) return list_to_page(spec["listOf"].get<std::string>(), value);
    return value;
}

std::optional<json> from_page(const portal::ProfileField& field, const json& page_value,
                              const json& current, const ValueContext& context) {
    const auto spec = field.raw.value("pageValue", json());
    if (spec.contains("links"))
        return context.dossier
                   ? links_from_labels(page_value, current, *context.dossier, context.algorithm,
                                       spec["links"].get<std::string>())
                   : std::nullopt;
    if (spec.contains("boolean")) return boolean_from_page(spec["boolean"], page_value);
    if (spec.contains("listOf"))
        return list_from_page(spec["listOf"].get<std::string>(), page_value, current);
    if (!shape_fits(field.control, page_value)) return std::nullopt;
    if (field.control == "date-range" && !page_value.is_null()) return range_from_page(page_value);
    return page_value;
}

bool is_empty_value(const json& v) {
    if (v.is_null()) return true;
    // json::empty() is false for every string, "" included.
    if (v.is_string()) return v.get_ref<const std::string&>().empty();
    if (v.is_array()) return v.empty();
    if (is_date_range(v)) {
        const auto from = v["from"];
        return (from.is_null() || from == "") && !v.value("longTerm", false) &&
               (v.value("to", json()).is_null() || v.value("to", json()) == "");
    }
    return false;
}

bool same_value(const json& a, const json& b) { return canonical(a) == canonical(b); }

}  // namespace beian::plan
