#include "filing/filing_record.hpp"

#include <algorithm>
#include <array>

namespace beian::filing {
using nlohmann::json;

namespace {

constexpr std::array<std::pair<MarkStatus, std::string_view>, 4> kStatusNames{{
    {MarkStatus::Submitted, "submitted"},
    {MarkStatus::Approved, "approved"},
    {MarkStatus::Returned, "returned"},
    {MarkStatus::Deregistered, "deregistered"},
}};

std::string text_of(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::string_view to_string(MarkStatus status) {
    for (const auto& [value, name] : kStatusNames)
        if (value == status) return name;
    return "submitted";
}

std::optional<MarkStatus> parse_mark_status(std::string_view text) {
    for (const auto& [value, name] : kStatusNames)
        if (name == text) return value;
    return std::nullopt;
}

std::int64_t revision_of(const json& dossier) {
    const auto pointer = json::json_pointer("/meta/revision");
    if (!dossier.is_object() || !dossier.contains(pointer) || !dossier[pointer].is_number_integer())
        return 0;
    return dossier[pointer].get<std::int64_t>();
}

std::optional<std::size_t> algorithm_index(const json& dossier, const std::string& id) {
    if (!dossier.is_object() || !dossier.contains("algorithms") ||
        !dossier["algorithms"].is_array())
        return std::nullopt;
    const auto& algorithms = dossier["algorithms"];
    for (std::size_t i = 0; i < algorithms.size(); ++i)
        if (algorithms[i].is_object() && text_of(algorithms[i], "id") == id) return i;
    return std::nullopt;
}

FilingMarks marks_of(const json& dossier) {
    FilingMarks marks;
    const auto pointer = json::json_pointer("/meta/baselines");
    if (!dossier.is_object() || !dossier.contains(pointer) || !dossier[pointer].is_array())
        return marks;
    for (const auto& item : dossier[pointer]) {
        if (!item.is_object() || !item.contains("revision") ||
            !item["revision"].is_number_integer())
            continue;
        const auto status = parse_mark_status(text_of(item, "status"));
        if (!status) continue;
        FilingMark mark;
        mark.revision = item["revision"].get<std::int64_t>();
        mark.scope.algorithm =
            text_of(item, "scope") == "algorithm" ? text_of(item, "algorithm") : "";
        if (text_of(item, "scope") == "algorithm" && mark.scope.algorithm.empty()) continue;
        mark.status = *status;
        mark.number = text_of(item, "number");
        mark.date = text_of(item, "date");
        mark.recorded_at = text_of(item, "recordedAt");
        mark.note = text_of(item, "note");
        if (item.contains("comments") && item["comments"].is_array())
            for (const auto& comment : item["comments"])
                if (comment.is_object())
                    mark.comments.push_back({text_of(comment, "path"), text_of(comment, "text")});
        marks.push_back(std::move(mark));
    }
    return marks;
}

json to_json(const FilingMark& mark) {
    json out = to_json(mark.scope);
    out["revision"] = mark.revision;
    out["status"] = to_string(mark.status);
    out["date"] = mark.date;
    if (!mark.number.empty()) out["number"] = mark.number;
    if (!mark.recorded_at.empty()) out["recordedAt"] = mark.recorded_at;
    if (!mark.note.empty()) out["note"] = mark.note;
    if (!mark.comments.empty()) {
        out["comments"] = json::array();
        for (const auto& comment : mark.comments)
            out["comments"].push_back({{"path", comment.path}, {"text", comment.text}});
    }
    return out;
}

const FilingMark* latest_mark(const FilingMarks& marks, const Scope& scope,
                              std::optional<MarkStatus> status) {
    for (auto it = marks.rbegin(); it != marks.rend(); ++it)
        if (it->scope == scope && (!status || it->status == *status)) return &*it;
    return nullptr;
}

std::vector<Scope> known_scopes(const json& dossier, const FilingMarks& marks) {
    std::vector<Scope> out{Scope{}};
    const auto add = [&out](const std::string& algorithm) {
        Scope scope{algorithm};
        if (!algorithm.empty() && std::find(out.begin(), out.end(), scope) == out.end())
            out.push_back(scope);
    };
    if (dossier.is_object() && dossier.contains("algorithms") && dossier["algorithms"].is_array())
        for (const auto& algorithm : dossier["algorithms"])
            if (algorithm.is_object()) add(text_of(algorithm, "id"));
    for (const auto& mark : marks) add(mark.scope.algorithm);
    return out;
}

}  // namespace beian::filing
