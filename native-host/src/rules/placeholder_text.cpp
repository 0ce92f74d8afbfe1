#include "rules/placeholder_text.hpp"

#include <algorithm>
#include <vector>

#include "util/utf8.hpp"

namespace beian {
namespace {

// Searched in the UTF-8 text with ASCII letters lower-cased: every dossier
// narrative goes through here on an uncached plan, so no decoding unless a
// cross (X, ×) needs its neighbours.
struct Marker {
    std::string_view needle;
    std::string_view shown;
    Severity severity;
};

// Fill-in markers of templates and of our own drafts (documents/blank_marker.hpp)
// are errors; words that only usually mean "not written yet" are warnings.
constexpr Marker kMarkers[] = {
    {"【请填写", "【请填写】", Severity::Error},
    {"【待填写", "【待填写】", Severity::Error},
    {"【请输入", "【请输入】", Severity::Error},
    {"[请填写", "[请填写]", Severity::Error},
    {"（请填写", "（请填写）", Severity::Error},
    {"(请填写", "(请填写)", Severity::Error},
    {"请在此处", "请在此处……", Severity::Error},
    {"此处填写", "此处填写", Severity::Error},
    {"{{", "{{…}}", Severity::Error},
    {"${", "${…}", Severity::Error},
    {"lorem ipsum", "lorem ipsum", Severity::Error},
    {"【示例】", "【示例】", Severity::Warning},
    {"（示例）", "（示例）", Severity::Warning},
    {"示例：", "示例：", Severity::Warning},
    {"示例文本", "示例文本", Severity::Warning},
    {"某某", "某某", Severity::Warning},
    {"待补充", "待补充", Severity::Warning},
    {"todo", "TODO", Severity::Warning},
    {"tbd", "TBD", Severity::Warning},
};

bool is_cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// "XX", "xx", "ＸＸ" and "××" stand for a name not yet written.
bool is_cross(char32_t c) {
    return c == U'x' || c == U'X' || c == U'Ｘ' || c == U'ｘ' || c == U'×';
}

bool is_latin(char c) { return c >= 'a' && c <= 'z'; }

// A Latin needle (todo, tbd) counts only as a word of its own, not inside
// "Todoist"; other needles count anywhere.
bool whole_word(std::string_view folded, std::size_t at, std::size_t length) {
    if (!is_latin(folded[at])) return true;
    const bool before = at > 0 && is_latin(folded[at - 1]);
    const bool after = at + length < folded.size() && is_latin(folded[at + length]);
    return !before && !after;
}

struct Hit {
    std::size_t at;  // byte offset
    PlaceholderHit what;
};

// The code point that ends just before byte offset at (0 at the start).
char32_t previous_code_point(std::string_view text, std::size_t at) {
    if (at == 0) return 0;
    auto start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return decode_utf8_at(text, start).code_point;
}

// A run of two or more crosses next to a Chinese character (XX公司, ××市),
// three or more anywhere, or ×× on its own.
void cross_runs(std::string_view text, std::vector<Hit>& out) {
    for (std::size_t i = 0; i < text.size();) {
        const auto step = decode_utf8_at(text, i);
        if (!is_cross(step.code_point)) {
            i += std::max<std::size_t>(step.length, 1);
            continue;
        }
        std::size_t end = i, length = 0;
        bool all_times = true;
        Utf8Step next = step;
        while (end < text.size() && is_cross(next.code_point)) {
            all_times = all_times && next.code_point == U'×';
            ++length;
            end += next.length;
            next = decode_utf8_at(text, end);
        }
        const bool after_cjk = end < text.size() && is_cjk(next.code_point);
        const bool beside_cjk = is_cjk(previous_code_point(text, i)) || after_cjk;
        if (length >= 3 || (length == 2 && (beside_cjk || all_times)))
            out.push_back({i,
                           {std::string(text.substr(i, end - i)) +
                                (after_cjk ? std::string(text.substr(end, next.length)) : ""),
                            Severity::Warning}});
        i = end;
    }
}

std::vector<Hit> hits_in(std::string_view text) {
    std::vector<Hit> out;
    if (text.empty()) return out;
    std::string folded(text);
    for (auto& c : folded)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (const auto& marker : kMarkers)
        for (auto at = folded.find(marker.needle); at != std::string::npos;
             at = folded.find(marker.needle, at + marker.needle.size()))
            if (whole_word(folded, at, marker.needle.size()))
                out.push_back({at, {std::string(marker.shown), marker.severity}});
    // Most texts hold no cross at all: only then is anything decoded.
    if (folded.find('x') != std::string::npos || text.find("×") != std::string_view::npos ||
        text.find("Ｘ") != std::string_view::npos || text.find("ｘ") != std::string_view::npos)
        cross_runs(text, out);
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
