#include "util/json_text.hpp"

namespace beian {

std::optional<std::size_t> too_deep_at(std::string_view text, std::size_t max_depth) {
    std::size_t depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return at;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

ParsedJson parse_json_text(std::string_view text) {
    ParsedJson parsed;
    if (const auto at = too_deep_at(text)) {
        parsed.too_deep = true;
        parsed.problem = "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels (byte " +
                         std::to_string(*at + 1) + ")";
        return parsed;
    }
    // nlohmann stops at a NUL byte as at the end of input, so "{}\0junk"
    // would pass; JSON allows no raw NUL anywhere (strings escape it).
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        parsed.problem = "not UTF-8 JSON (byte " + std::to_string(nul + 1) + ")";
        return parsed;
    }
    try {
        parsed.value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        parsed.problem = "not UTF-8 JSON (byte " + std::to_string(e.byte) + ")";
    } catch (const nlohmann::json::exception&) {
        parsed.problem = "a number outside the range of a double";
    }
    return parsed;
}

}  // namespace beian
