#include "rules/formats/uscc.hpp"

#include <array>
#include <string>
#include <utility>

#include "util/utf8.hpp"

namespace beian {
namespace {

// GB 32100 §4: digits and upper-case letters without I, O, Z, S, V; a
// character's value is its index.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// W_i = 3^(i-1) mod 31, i = 1…17.
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};
// GB 11714 organization code (positions 9–17): weights of its 8 body characters.
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

// §1.3 登记管理部门 (position 1) and the 机构类别 (position 2) each allows. The
// code authority extends this table, so a pair missing here is only a warning.
struct Category {
    char department;
    std::string_view kinds;
};
constexpr std::array<Category, 12> kCategories{{
    {'1', "1239"},    // 机构编制
    {'2', "19"},      // 外交
    {'3', "123459"},  // 司法行政
    {'4', "19"},      // 文化
    {'5', "1239"},    // 民政
    {'6', "129"},     // 旅游
    {'7', "129"},     // 宗教
    {'8', "19"},      // 工会
    {'9', "123"},     // 工商 / 市场监管
    {'A', "19"},      // 中央军委改革和编制办公室
    {'N', "1239"},    // 农业
    {'Y', "1"},       // 其他
}};

int alphabet_value(char c) {
    const auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

FormatIssue issue(const char* code, Severity severity, std::string zh, std::string en) {
    return {code, severity, std::move(zh), std::move(en)};
}

// Reports 1-based positions: they say where the problem is without echoing the value.
void check_alphabet(const std::string& code, FormatIssues& out) {
    std::string bad_alphabet;
    std::string bad_region;
    bool has_forbidden_letter = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        const std::string pos = std::to_string(i + 1);
        if (alphabet_value(c) < 0) {
            bad_alphabet += (bad_alphabet.empty() ? "" : ", ") + pos;
            if (c == 'I' || c == 'O' || c == 'Z' || c == 'S' || c == 'V')
                has_forbidden_letter = true;
        } else if (i >= 2 && i < 8 && !is_digit(c)) {
            bad_region += (bad_region.empty() ? "" : ", ") + pos;
        }
    }
    if (!bad_alphabet.empty()) {
        std::string zh =
            "第 " + bad_alphabet +
            " 位不是统一社会信用代码可用的字符（只用数字和除 I、O、Z、S、V 以外的大写字母）";
        std::string en = "position(s) " + bad_alphabet +
                         " hold characters outside the code's alphabet (digits and capital letters "
                         "except I, O, Z, S, V)";
        if (has_forbidden_letter) {
            zh += "；统一社会信用代码不含字母 I、O、Z、S、V，请核对是否为数字 1、0、2、5 等";
            en +=
                "; the code never contains the letters I, O, Z, S, V: check for the digits 1, 0, "
                "2, 5";
        }
        out.push_back(issue("USCC_ALPHABET", Severity::Error, zh, en));
    }
    if (!bad_region.empty()) {
        out.push_back(
            issue("USCC_REGION_DIGITS", Severity::Error,
                  "第 3–8 位是登记管理机关行政区划码，应全为数字；第 " + bad_region + " 位不是数字",
                  "positions 3–8 are the registering office's region code and must be digits; "
                  "position(s) " +
                      bad_region + " are not"));
    }
}

// GB 11714 check of positions 9–17; '\0' when a body character has no value.
char org_code_check_character(std::string_view body8) {
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const char c = body8[i];
        const int value = is_digit(c) ? c - '0' : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : -1;
        if (value < 0) return '\0';
        sum += value * kOrgWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10) return 'X';
    if (check == 11) return '0';
    return static_cast<char>('0' + check);
}

bool known_category(char department, char kind) {
    for (const auto& category : kCategories)
        if (category.department == department)
            return category.kinds.find(kind) != std::string_view::npos;
    return false;
}

}  // namespace

std::string normalize_uscc(std::string_view raw) {
    return to_upper_ascii(trim(fold_fullwidth_ascii(raw)));
}

char uscc_check_character(std::string_view first17) {
    if (first17.size() != 17) return '\0';
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        const int value = alphabet_value(first17[i]);
        if (value < 0) return '\0';
        sum += value * kWeights[i];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

FormatIssues check_uscc(std::string_view raw) {
    FormatIssues out;
    const std::string code = normalize_uscc(raw);
    // Count characters, not bytes: a stray Chinese character is one position.
    const std::size_t length = measure_text(code).code_points;
    if (length != 18) {
        out.push_back(issue("USCC_LENGTH", Severity::Error,
                            "统一社会信用代码应为 18 位，实际为 " + std::to_string(length) + " 位",
                            "a unified social credit code has 18 characters, this one has " +
                                std::to_string(length)));
    }
    if (!is_ascii(code)) {
        out.push_back(issue("USCC_ALPHABET", Severity::Error,
                            "统一社会信用代码只含数字和大写字母，不应含汉字或其他符号",
                            "a unified social credit code holds only digits and capital letters"));
        return out;
    }
    check_alphabet(code, out);
    if (!out.empty()) return out;

    if (uscc_check_character(std::string_view(code).substr(0, 17)) != code[17]) {
        out.push_back(issue("USCC_CHECKSUM", Severity::Error,
                            "第 18 位校验码与按 GB 32100 "
                            "计算的结果不符，请核对营业执照；早期试点地区颁发的代码可能如此，如与执"
                            "照一致可确认后继续",
                            "the check character (position 18) does not match GB 32100; check the "
                            "business licence. Some early pilot-era codes fail this check: confirm "
                            "if the code matches the licence"));
    }
    if (org_code_check_character(std::string_view(code).substr(8, 8)) != code[16]) {
        out.push_back(issue("USCC_ORG_CODE_CHECK", Severity::Warning,
                            "第 9–17 位（组织机构代码）的校验位（第 17 位）不符合 GB 11714，请核对",
                            "positions 9–17 (organization code) fail their GB 11714 check at "
                            "position 17; please verify"));
    }
    if (!known_category(code[0], code[1])) {
        out.push_back(issue("USCC_UNKNOWN_CATEGORY", Severity::Warning,
                            "第 1–2 位（登记管理部门和机构类别）不在已知代码表中，请核对",
                            "positions 1–2 (registering authority and entity category) are not in "
                            "the known table; please verify"));
    }
    return out;
}

}  // namespace beian
