// UTF-8 handling for values typed into the portal: decoding without
// exceptions, the length counts browsers and back ends disagree on
// (rules.md §6), and the small normalisations the code checks need.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace beian {

inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

// One decoding step at a byte offset. An invalid sequence yields
// valid = false, code_point = U+FFFD and the length of its maximal subpart
// (at least 1), the same substitution browsers make.
struct Utf8Step {
    char32_t code_point = 0;
    std::size_t length = 0;  // bytes consumed; 0 only at or past the end
    bool valid = true;
};
Utf8Step decode_utf8_at(std::string_view bytes, std::size_t offset);

// Whole-string decoding. Invalid input is a normal result, not an exception:
// valid is false, each bad sequence became U+FFFD, and first_error is the
// byte offset of the first one.
struct DecodedUtf8 {
    std::u32string code_points;
    bool valid = true;
    std::size_t first_error = std::string_view::npos;
};
DecodedUtf8 decode_utf8(std::string_view bytes);

void append_utf8(std::string& out, char32_t code_point);  // invalid ones append U+FFFD
std::string encode_utf8(std::u32string_view code_points);

// Length of a text as the portal's counters see it, after "\r\n" → "\n".
struct TextLength {
    std::size_t utf16_units = 0;  // JS .length, HTML maxlength, Element UI
    std::size_t code_points = 0;  // Python len(), MySQL CHAR_LENGTH, Ant Design
    std::size_t non_bmp = 0;      // characters that count 2 in UTF-16 (emoji, 生僻字)
    bool valid_utf8 = true;       // false: each bad sequence was counted as one U+FFFD
};
TextLength measure_text(std::string_view utf8);

// "\r\n" and a lone "\r" become "\n", as a textarea's value does.
std::string normalize_newlines(std::string_view text);

// Full-width ASCII (U+FF01–U+FF5E) → ASCII and U+3000 → space: the part of
// NFKC that matters for codes typed with a Chinese IME. Everything else,
// invalid bytes included, is copied unchanged.
std::string fold_fullwidth_ascii(std::string_view text);

// Strips ASCII whitespace, NBSP, U+3000, zero-width space and BOM from both
// ends; these arrive with values pasted from documents and web pages.
std::string trim(std::string_view text);

std::string to_upper_ascii(std::string_view text);  // non-ASCII bytes unchanged
bool is_ascii(std::string_view text);

}  // namespace beian
