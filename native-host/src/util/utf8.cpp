#include "util/utf8.hpp"

namespace beian {
namespace {

bool in_range(unsigned char byte, unsigned char low, unsigned char high) {
    return byte >= low && byte <= high;
}

// Allowed range of the second byte for a lead byte (Unicode Table 3-7); this
// is what excludes overlong forms, surrogates and code points past U+10FFFF.
struct LeadInfo {
    std::size_t length;  // total sequence length, 0 for a byte that cannot lead
    unsigned char second_low;
    unsigned char second_high;
};

LeadInfo lead_info(unsigned char lead) {
    if (lead < 0x80) return {1, 0, 0};
    if (in_range(lead, 0xC2, 0xDF)) return {2, 0x80, 0xBF};
    if (lead == 0xE0) return {3, 0xA0, 0xBF};
    if (lead == 0xED) return {3, 0x80, 0x9F};
    if (in_range(lead, 0xE1, 0xEF)) return {3, 0x80, 0xBF};
    if (lead == 0xF0) return {4, 0x90, 0xBF};
    if (lead == 0xF4) return {4, 0x80, 0x8F};
    if (in_range(lead, 0xF1, 0xF3)) return {4, 0x80, 0xBF};
    return {0, 0, 0};  // continuation byte, C0/C1 or F5–FF
}

bool is_trimmable(char32_t c) {
    switch (c) {
        case U' ':
        case U'\t':
        case U'\n':
        case U'\v':
        case U'\f':
        case U'\r':
        case U'\u00A0':
        case U'\u3000':
        case U'\u200B':
        case U'\uFEFF':
            return true;
        default:
            return false;
    }
}

}  // namespace

Utf8Step decode_utf8_at(std::string_view bytes, std::size_t offset) {
    if (offset >= bytes.size()) return {0, 0, false};
    const auto lead = static_cast<unsigned char>(bytes[offset]);
    const LeadInfo info = lead_info(lead);
    if (info.length == 1) return {lead, 1, true};
    if (info.length == 0) return {kReplacementCharacter, 1, false};

    char32_t code_point = lead & (0xFF >> (info.length + 1));
    for (std::size_t i = 1; i < info.length; ++i) {
        if (offset + i >= bytes.size()) return {kReplacementCharacter, i, false};
        const auto byte = static_cast<unsigned char>(bytes[offset + i]);
        const bool ok =
            i == 1 ? in_range(byte, info.second_low, info.second_high) : in_range(byte, 0x80, 0xBF);
        // The maximal subpart ends before the offending byte, which starts the next step.
        if (!ok) return {kReplacementCharacter, i, false};
        code_point = (code_point << 6) | (byte & 0x3F);
    }
    return {code_point, info.length, true};
}

DecodedUtf8 decode_utf8(std::string_view bytes) {
    DecodedUtf8 out;
    out.code_points.reserve(bytes.size());
    for (std::size_t offset = 0; offset < bytes.size();) {
        const Utf8Step step = decode_utf8_at(bytes, offset);
        if (!step.valid && out.valid) {
            out.valid = false;
            out.first_error = offset;
        }
        out.code_points.push_back(step.code_point);
        offset += step.length;
    }
    return out;
}

void append_utf8(std::string& out, char32_t c) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = kReplacementCharacter;
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string encode_utf8(std::u32string_view code_points) {
    std::string out;
    out.reserve(code_points.size());
    for (const char32_t c : code_points) append_utf8(out, c);
    return out;
}

TextLength measure_text(std::string_view utf8) {
    // A textarea submits line breaks as CRLF but counts them as 1; count the
    // value the user sees.
    const std::string text = normalize_newlines(utf8);
    TextLength length;
    for (std::size_t offset = 0; offset < text.size();) {
        const Utf8Step step = decode_utf8_at(text, offset);
        offset += step.length;
        ++length.code_points;
        if (!step.valid) length.valid_utf8 = false;
        if (step.code_point > 0xFFFF) {
            length.utf16_units += 2;  // a surrogate pair
            ++length.non_bmp;
        } else {
            length.utf16_units += 1;
        }
    }
    return length;
}

std::string normalize_newlines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out.push_back(text[i]);
            continue;
        }
        out.push_back('\n');
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    return out;
}

std::string fold_fullwidth_ascii(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t offset = 0; offset < text.size();) {
        const Utf8Step step = decode_utf8_at(text, offset);
        if (step.valid && step.code_point >= 0xFF01 && step.code_point <= 0xFF5E) {
            out.push_back(static_cast<char>(step.code_point - 0xFEE0));  // ！ → ! … ～ → ~
        } else if (step.valid && step.code_point == 0x3000) {
            out.push_back(' ');
        } else {
            out.append(text.substr(offset, step.length));
        }
        offset += step.length;
    }
    return out;
}

std::string trim(std::string_view text) {
    // Walk forward once: remember where the first and the last kept character are.
    std::size_t begin = text.size();
    std::size_t end = 0;
    for (std::size_t offset = 0; offset < text.size();) {
        const Utf8Step step = decode_utf8_at(text, offset);
        if (!(step.valid && is_trimmable(step.code_point))) {
            if (begin == text.size()) begin = offset;
            end = offset + step.length;
        }
        offset += step.length;
    }
    if (begin >= end) return {};
    return std::string(text.substr(begin, end - begin));
}

std::string to_upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool is_ascii(std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

}  // namespace beian
