// Rules driven by the profile's per-field facts: required, limit, format.
#include <string>

#include "rules/formats/format_table.hpp"
#include "rules/rule_functions.hpp"
#include "util/utf8.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

bool is_blank(const json* value) {
    if (!value || value->is_null()) return true;
    if (value->is_string()) return trim(value->get<std::string>()).empty();
    if (value->is_array()) return value->empty();
    if (value->is_object()) {
        // An attachment is there when it names a file; a date range when it starts.
        if (value->contains("path")) return is_blank(&(*value)["path"]);
        if (value->contains("from")) return is_blank(&(*value)["from"]);
        return value->empty();
    }
    return false;  // numbers and booleans are always an answer
}

std::string quoted(const std::string& label) { return "「" + label + "」"; }

}  // namespace

void required_fields(const RuleContext& context, Findings& out) {
    for (const auto& occurrence : context.fields.occurrences()) {
        if (!occurrence.applies || !occurrence.field->required) continue;
        if (!is_blank(portal::value_at(context.dossier, occurrence.pointer))) continue;
        const auto& label = occurrence.field->label;
        out.push_back({"REQUIRED_MISSING", Severity::Error, occurrence.pointer, "", "",
                       quoted(label) + "为必填项，尚未填写", label + " is required but empty"});
    }
}

void field_lengths(const RuleContext& context, Findings& out) {
    for (const auto& occurrence : context.fields.occurrences()) {
        const auto* value = portal::value_at(context.dossier, occurrence.pointer);
        if (!value || !value->is_string()) continue;
        const auto length = measure_text(value->get<std::string>());
        const auto& label = occurrence.field->label;
        if (length.non_bmp > 0 && occurrence.field->control == "text") {
            out.push_back({"NON_BMP_CHARACTERS", Severity::Warning, occurrence.pointer, "", "",
                           quoted(label) + "含 " + std::to_string(length.non_bmp) +
                               " 个生僻字或表情：按 UTF-16 每个计 2 字，部分系统无法保存",
                           label + " contains " + std::to_string(length.non_bmp) +
                               " characters outside the BMP (rare CJK or emoji): they count 2 "
                               "in UTF-16 counters and some back ends cannot store them"});
        }
        const auto limit = occurrence.field->limit;
        if (!limit) continue;
        const bool utf16 = occurrence.field->unit == portal::LengthUnit::Utf16;
        const auto measured = utf16 ? length.utf16_units : length.code_points;
        if (measured <= *limit) continue;
        std::string zh = quoted(label) + "超出长度限制：" +
                         (utf16 ? "按 UTF-16 计 " : "按字符计 ") + std::to_string(measured) +
                         " / " + std::to_string(*limit);
        std::string en = label + " is over its limit: " + std::to_string(measured) + " / " +
                         std::to_string(*limit) + (utf16 ? " UTF-16 units" : " characters");
        if (length.utf16_units != length.code_points) {
            zh += "（按 UTF-16 计 " + std::to_string(length.utf16_units) + " 字 / 按字符计 " +
                  std::to_string(length.code_points) + " 字，含 " + std::to_string(length.non_bmp) +
                  " 个生僻字或表情）";
            en += " (" + std::to_string(length.utf16_units) + " UTF-16 units, " +
                  std::to_string(length.code_points) + " code points)";
        }
        out.push_back({"LENGTH_OVER_LIMIT", Severity::Error, occurrence.pointer, "", "", zh, en});
    }
}

void field_formats(const RuleContext& context, Findings& out) {
    for (const auto& occurrence : context.fields.occurrences()) {
        const auto& field = *occurrence.field;
        if (field.format.empty()) continue;
        const auto* value = portal::value_at(context.dossier, occurrence.pointer);
        if (!value || !value->is_string() || trim(value->get<std::string>()).empty()) continue;
        FormatContext format_context;
        format_context.today = context.today;
        if (!field.id_type_path.empty())
            format_context.id_type = text_of(
                portal::value_at(context.dossier, occurrence.object_pointer + field.id_type_path));
        for (auto& issue : check_format(field.format, value->get<std::string>(), format_context)) {
            out.push_back({issue.code, issue.severity, occurrence.pointer, "", "",
                           quoted(field.label) + "：" + issue.zh, field.label + ": " + issue.en});
        }
    }
}

}  // namespace beian::rules
