#include "rules/placeholder_text.hpp"

#include <algorithm>
#include <vector>

#include "util/utf8.hpp"

namespace beian {
namespace {

struct Marker {
    std::u32string_view needle;
    std::string_view shown;
    Severity severity;
};

// Fill-in markers of templates and of our own drafts (documents/blank_marker.hpp)
// are errors; words that only usually mean "not written yet" are warnings.
constexpr Marker kMarkers[] = {
    {U"【请填写", "【请填写】", Severity::Error},
    {U"【待填写", "【待填写】", Severity::Error},
    {U"【请输入", "【请输入】", Severity::Error},
    {U"[请填写", "[请填写]", Severity::Error},
    {U"（请填写", "（请填写）", Severity::Error},
    {U"(请填写", "(请填写)", Severity::Error},
    {U"请在此处", "请在此处……", Severity::Error},
    {U"此处填写", "此处填写", Severity::Error},
    {U"{{", "{{…}}", Severity::Error},
    {U"${", "${…}", Severity::Error},
    {U"lorem ipsum", "lorem ipsum", Severity::Error},
    {U"【示例】", "【示例】", Severity::Warning},
    {U"（示例）", "（示例）", Severity::Warning},
    {U"示例：", "示例：", Severity::Warning},
    {U"示例文本", "示例文本", Severity::Warning},
    {U"某某", "某某", Severity::Warning},
    {U"待补充", "待补充", Severity::Warning},
    {U"todo", "TODO", Severity::Warning},
    {U"tbd", "TBD", Severity::Warning},
};

bool is_cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// "XX", "xx", "ＸＸ" and "××" stand for a name not yet written.
bool is_cross(char32_t c) {
    return c == U'X' || c == U'x' || c == U'Ｘ' || c == U'ｘ' || c == U'×';
}

char32_t lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c; }

bool is_latin(char32_t c) { return c >= U'a' && c <= U'z'; }

// A Latin needle (todo, tbd) counts only as a word of its own, not inside
// "Todoist"; other needles count anywhere.
bool whole_word(const std::u32string& folded, std::size_t at, std::size_t length) {
    if (!is_latin(folded[at])) return true;
    const bool before = at > 0 && is_latin(folded[at - 1]);
    const bool after = at + length < folded.size() && is_latin(folded[at + length]);
    return !before && !after;
}

struct Hit {
    std::size_t at;
    PlaceholderHit what;
};

std::vector<Hit> hits_in(std::string_view text) {
    auto points = decode_utf8(text).code_points;
    std::u32string folded(points.size(), U' ');
    std::transform(points.begin(), points.end(), folded.begin(), lower);
    std::vector<Hit> out;
    for (const auto& marker : kMarkers)
        for (auto at = folded.find(marker.needle); at != std::u32string::npos;
             at = folded.find(marker.needle, at + marker.needle.size()))
            if (whole_word(folded, at, marker.needle.size()))
                out.push_back({at, {std::string(marker.shown), marker.severity}});
    // A run of two or more crosses next to a Chinese character (XX公司, ××市),
    // three or more anywhere, or ×× on its own.
    for (std::size_t i = 0; i < points.size();) {
        if (!is_cross(points[i])) {
            ++i;
            continue;
        }
        auto end = i;
        while (end < points.size() && is_cross(points[end])) ++end;
        const auto length = end - i;
        const bool beside_cjk =
            (i > 0 && is_cjk(points[i - 1])) || (end < points.size() && is_cjk(points[end]));
        const bool times = std::all_of(points.begin() + static_cast<std::ptrdiff_t>(i),
                                       points.begin() + static_cast<std::ptrdiff_t>(end),
                                       [](char32_t c) { return c == U'×'; });
        if (length >= 3 || (length == 2 && (beside_cjk || times))) {
            std::string shown = encode_utf8(std::u32string_view(points).substr(i, length));
            if (end < points.size() && is_cjk(points[end]))
                shown += encode_utf8(std::u32string_view(points).substr(end, 1));
            out.push_back({i, {shown, Severity::Warning}});
        }
        i = end;
    }
    std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    return out;
}

}  // namespace

std::optional<PlaceholderHit> find_placeholder(std::string_view text) {
    auto hits = hits_in(text);
    if (hits.empty()) return std::nullopt;
    return hits.front().what;
}

std::size_t count_placeholders(std::string_view text) { return hits_in(text).size(); }

}  // namespace beian
