// UTF-8 decoding, the UTF-16 vs code point counts of rules.md §6, and the
// normalisations used by the code checks.
#include <catch2/catch.hpp>

#include <string>

#include "util/utf8.hpp"

using beian::measure_text;

TEST_CASE("measure_text matches the rules.md §6 table", "[utf8]") {
    struct Case {
        const char* label;
        std::string text;
        std::size_t utf16;
        std::size_t code_points;
        std::size_t non_bmp;
    };
    const auto c = GENERATE(values<Case>({
        {"BMP CJK", "中文", 2, 2, 0},
        {"full-width punctuation", "，。！（）", 5, 5, 0},
        {"full-width alphanumerics", "１２Ａ", 3, 3, 0},
        {"ideographic space", "\u3000", 1, 1, 0},
        {"Ext-B", "\U00020BB7", 2, 1, 1},
        {"Ext-E", "\U0002CC56", 2, 1, 1},
        {"emoji", "\U0001F600", 2, 1, 1},
        {"ZWJ family", "\U0001F468\u200D\U0001F469\u200D\U0001F467", 8, 5, 3},
        {"flag", "\U0001F1E8\U0001F1F3", 4, 2, 2},
        {"combining accent", "e\u0301", 2, 2, 0},
        {"CRLF normalised", "\r\n", 1, 1, 0},
        {"CRLF inside text", "a\r\nb", 3, 3, 0},
        {"lone CR", "a\rb", 3, 3, 0},
        {"empty", "", 0, 0, 0},
        {"mixed name", "王\U00020BB7明", 4, 3, 1},
    }));
    CAPTURE(c.label);
    const auto length = measure_text(c.text);
    CHECK(length.utf16_units == c.utf16);
    CHECK(length.code_points == c.code_points);
    CHECK(length.non_bmp == c.non_bmp);
    CHECK(length.valid_utf8);
}

TEST_CASE("invalid UTF-8 is reported, each bad sequence counting as one U+FFFD", "[utf8]") {
    struct Case {
        const char* label;
        std::string bytes;
        std::size_t code_points;
        std::size_t first_error;
    };
    const auto c = GENERATE(values<Case>({
        {"lone continuation", "\x80", 1, 0},
        {"invalid byte", "ab\xff", 3, 2},
        {"overlong slash", "\xc0\xaf", 2, 0},
        {"overlong 3-byte", "\xe0\x80\xaf", 3, 0},
        {"surrogate", "\xed\xa0\x80", 3, 0},
        {"above U+10FFFF", "\xf4\x90\x80\x80", 4, 0},
        {"truncated 3-byte", "x\xe4\xb8", 2, 1},
        {"truncated then ASCII",
         "\xe4\xb8"
         "a",
         2, 0},
        {"truncated 4-byte", "\xf0\x9f\x98", 1, 0},
    }));
    CAPTURE(c.label);
    const auto length = measure_text(c.bytes);
    CHECK_FALSE(length.valid_utf8);
    CHECK(length.code_points == c.code_points);
    const auto decoded = beian::decode_utf8(c.bytes);
    CHECK_FALSE(decoded.valid);
    CHECK(decoded.first_error == c.first_error);
    CHECK(decoded.code_points.size() == c.code_points);
    CHECK(decoded.code_points.find(beian::kReplacementCharacter) != std::u32string::npos);
}

TEST_CASE("decode_utf8 and encode_utf8 round-trip every length class", "[utf8]") {
    std::u32string text = U"A\u00E9\u4E2D\U00020BB7\U0010FFFF";
    text += char32_t{0};  // NUL is a valid one-byte sequence
    text += U'z';
    const std::string bytes = beian::encode_utf8(text);
    CHECK(bytes.size() == 1 + 2 + 3 + 4 + 4 + 1 + 1);
    const auto decoded = beian::decode_utf8(bytes);
    CHECK(decoded.valid);
    CHECK(decoded.first_error == std::string::npos);
    CHECK(decoded.code_points == text);
    // Surrogates and out-of-range values cannot be encoded.
    CHECK(beian::encode_utf8(std::u32string(1, char32_t{0xD800})) == "\uFFFD");
    CHECK(beian::encode_utf8(std::u32string(1, char32_t{0x110000})) == "\uFFFD");
}

TEST_CASE("normalize_newlines turns CRLF and CR into LF", "[utf8]") {
    CHECK(beian::normalize_newlines("a\r\nb\rc\nd\r") == "a\nb\nc\nd\n");
    CHECK(beian::normalize_newlines("\r\r\n") == "\n\n");
    CHECK(beian::normalize_newlines("中文") == "中文");
}

TEST_CASE("fold_fullwidth_ascii maps U+FF01–U+FF5E and U+3000 only", "[utf8]") {
    struct Case {
        std::string in;
        std::string out;
    };
    const auto c = GENERATE(values<Case>({
        {"９１４４０３００ＡＢｃ", "91440300ABc"},
        {"！～＠．－（）", "!~@.-()"},
        {"a\u3000b", "a b"},
        {"中文，。、", "中文,。、"},  // ， is U+FF0C; 。、 are CJK punctuation, not folded
        {"\uFF00\uFF5F\uFF61", "\uFF00\uFF5F\uFF61"},  // just outside the range
        {"x\xffy", "x\xffy"},                          // invalid bytes pass through untouched
        {"", ""},
    }));
    CHECK(beian::fold_fullwidth_ascii(c.in) == c.out);
}

TEST_CASE("trim strips ASCII and pasted Unicode blanks at both ends only", "[utf8]") {
    struct Case {
        std::string in;
        std::string out;
    };
    const auto c = GENERATE(values<Case>({
        {"  abc \t\n", "abc"},
        {"\u3000统一\u3000代码\u3000", "统一\u3000代码"},
        {"\u00A0x\u00A0", "x"},
        {"\uFEFF\u200Bvalue", "value"},
        {"a b", "a b"},
        {"   ", ""},
        {"", ""},
        {" \xff ", "\xff"},
    }));
    CHECK(beian::trim(c.in) == c.out);
}

TEST_CASE("to_upper_ascii and is_ascii leave non-ASCII alone", "[utf8]") {
    CHECK(beian::to_upper_ascii("abc中x9") == "ABC中X9");
    CHECK(beian::is_ascii("abc-123"));
    CHECK_FALSE(beian::is_ascii("abc中"));
}

TEST_CASE("decode_utf8_at steps through a string", "[utf8]") {
    const std::string text = "a中\U0001F600";
    auto step = beian::decode_utf8_at(text, 0);
    CHECK((step.code_point == U'a' && step.length == 1 && step.valid));
    step = beian::decode_utf8_at(text, 1);
    CHECK((step.code_point == U'中' && step.length == 3 && step.valid));
    step = beian::decode_utf8_at(text, 4);
    CHECK((step.code_point == U'\U0001F600' && step.length == 4 && step.valid));
    CHECK(beian::decode_utf8_at(text, text.size()).length == 0);
}
