// Narrative that reads as a template (guide §8.4): placeholder text left in a
// field, and the same long passage in two algorithms. Reviewers reject
// copied or generated material as 材料真实性存疑 and are reported to run a
// duplicate check (users.md P4).
#include <cstdint>
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

// Every window of kPassage characters of each algorithm's narrative gets a
// rolling hash (one multiply per character, whatever kPassage is); a later
// algorithm's field sharing a window with an earlier one's is reported once
// per pair of fields, after the windows are compared character by character.
void duplicate_passages(const RuleContext& context, Findings& out) {
    std::vector<Narrative> texts;
    for (const auto& occurrence : context.fields.occurrences()) {
        const auto algorithm = algorithm_of(occurrence.object_pointer);
        if (!algorithm || !is_narrative(occurrence)) continue;
        auto text = squeezed(string_at(context, occurrence.pointer));
        if (text.size() >= kPassage) texts.push_back({*algorithm, &occurrence, std::move(text)});
    }
    constexpr std::uint64_t kBase = 1'000'003;
    std::uint64_t top = 1;  // kBase^(kPassage-1), to take the leaving character out
    for (std::size_t i = 1; i < kPassage; ++i) top *= kBase;
    struct Window {
        std::size_t text;
        std::size_t at;
    };
    std::unordered_map<std::uint64_t, Window> seen;
    std::set<std::pair<std::size_t, std::size_t>> reported;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const std::u32string_view text(texts[t].text);
        std::uint64_t hash = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i >= kPassage) hash -= top * text[i - kPassage];
            hash = hash * kBase + text[i];
            if (i + 1 < kPassage) continue;
            const auto at = i + 1 - kPassage;
            const auto [it, inserted] = seen.emplace(hash, Window{t, at});
            if (inserted) continue;
            const auto& other = texts[it->second.text];
            if (other.algorithm == texts[t].algorithm ||
                std::u32string_view(other.text).substr(it->second.at, kPassage) !=
                    text.substr(at, kPassage) ||
                !reported.emplace(it->second.text, t).second)
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
