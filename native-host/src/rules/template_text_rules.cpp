// Narrative that reads as a template (guide §8.4): placeholder text left in a
// field, and the same long passage in two algorithms. Reviewers reject
// copied or generated material as 材料真实性存疑 and are reported to run a
// duplicate check (users.md P4).
#include <map>
#include <set>
#include <unordered_map>

#include "rules/placeholder_text.hpp"
#include "rules/rule_functions.hpp"
#include "util/utf8.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

// Shorter shared runs are set phrases (“内容由AI生成”); a sentence and more is
// a copied passage.
constexpr std::size_t kPassage = 50;

bool is_narrative(const FieldOccurrence& occurrence) {
    return occurrence.applies && occurrence.field->control == "textarea";
}

std::string string_at(const RuleContext& context, const std::string& pointer) {
    const auto* value = portal::value_at(context.dossier, pointer);
    return value && value->is_string() ? value->get<std::string>() : "";
}

// Whitespace does not make two passages different.
std::u32string squeezed(std::string_view text) {
    std::u32string out;
    for (const char32_t c : decode_utf8(text).code_points)
        if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\u3000') out += c;
    return out;
}

struct Narrative {
    std::size_t algorithm;  // index in algorithms
    const FieldOccurrence* occurrence;
    std::u32string text;
};

// The index of the algorithm a pointer is under, if it is.
std::optional<std::size_t> algorithm_of(const std::string& pointer) {
    const std::string prefix = "/algorithms/";
    if (pointer.rfind(prefix, 0) != 0) return std::nullopt;
    const auto end = pointer.find('/', prefix.size());
    try {
        return std::stoul(pointer.substr(prefix.size(), end - prefix.size()));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

void template_text(const RuleContext& context, Findings& out) {
    for (const auto& occurrence : context.fields.occurrences()) {
        if (!is_narrative(occurrence)) continue;
        const auto hit = find_placeholder(string_at(context, occurrence.pointer));
        if (!hit) continue;
        const auto& label = occurrence.field->label;
        out.push_back(
            {"TEMPLATE_TEXT", hit->severity, occurrence.pointer, "", "",
             "「" + label + "」含模板或占位文字“" + hit->shown + "”：请按本单位的实际情况填写",
             label + " holds template or placeholder text (“" + hit->shown +
                 "”): write what is true of your own service"});
    }
}

// Every window of kPassage characters of each algorithm's narrative is
// hashed; a later algorithm's field sharing a window with an earlier one's
// is reported once per pair of fields.
void duplicate_passages(const RuleContext& context, Findings& out) {
    std::vector<Narrative> texts;
    for (const auto& occurrence : context.fields.occurrences()) {
        const auto algorithm = algorithm_of(occurrence.object_pointer);
        if (!algorithm || !is_narrative(occurrence)) continue;
        auto text = squeezed(string_at(context, occurrence.pointer));
        if (text.size() >= kPassage) texts.push_back({*algorithm, &occurrence, std::move(text)});
    }
    std::unordered_map<std::u32string_view, std::size_t> seen;  // window → index in texts
    std::set<std::pair<std::size_t, std::size_t>> reported;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const std::u32string_view text(texts[t].text);
        for (std::size_t at = 0; at + kPassage <= text.size(); ++at) {
            const auto window = text.substr(at, kPassage);
            const auto [it, inserted] = seen.emplace(window, t);
            if (inserted) continue;
            const auto& other = texts[it->second];
            if (other.algorithm == texts[t].algorithm || !reported.emplace(it->second, t).second)
                continue;
            const auto& label = other.occurrence->field->label;
            const auto which = std::to_string(other.algorithm + 1);
            out.push_back(
                {"DUPLICATE_PASSAGE", Severity::Warning, texts[t].occurrence->pointer, "", "",
                 "与第 " + which + " 个算法的「" + label + "」有连续 " + std::to_string(kPassage) +
                     " 字以上相同：审核会查重，请按本算法的实际情况撰写",
                 "shares a passage of " + std::to_string(kPassage) + "+ characters with " + label +
                     " of algorithm " + which +
                     ": reviewers check for duplicates; describe this algorithm "
                     "itself"});
        }
    }
}

}  // namespace beian::rules
