#include "rules/formats/filing_numbers.hpp"

#include <initializer_list>
#include <optional>
#include <utility>

#include "util/utf8.hpp"

namespace beian {
namespace {

// Province abbreviations used in ICP and 公网安备 numbers, with their GB/T 2260
// code. Compared as strings: std::regex works on bytes and cannot hold a
// Chinese character in a bracket expression.
struct Province {
    std::string_view abbreviation;
    int code;
};
constexpr Province kProvinces[] = {
    {"京", 11}, {"津", 12}, {"冀", 13}, {"晋", 14}, {"蒙", 15}, {"辽", 21}, {"吉", 22},
    {"黑", 23}, {"沪", 31}, {"苏", 32}, {"浙", 33}, {"皖", 34}, {"闽", 35}, {"赣", 36},
    {"鲁", 37}, {"豫", 41}, {"鄂", 42}, {"湘", 43}, {"粤", 44}, {"桂", 45}, {"琼", 46},
    {"渝", 50}, {"川", 51}, {"蜀", 51}, {"贵", 52}, {"黔", 52}, {"云", 53}, {"滇", 53},
    {"藏", 54}, {"陕", 61}, {"甘", 62}, {"陇", 62}, {"青", 63}, {"宁", 64}, {"新", 65},
};

// CAC algorithm types by digits 14–15, in the order of 《算法推荐管理规定》第二条.
constexpr std::string_view kCacTypes[] = {"01", "02", "03", "04", "05"};

FormatIssue issue(const char* code, Severity severity, std::string zh, std::string en) {
    return {code, severity, std::move(zh), std::move(en)};
}

// A cursor over the normalized number; each take_* advances only on success.
struct Cursor {
    std::string_view text;
    std::size_t pos = 0;

    bool take(std::string_view literal) {
        if (text.substr(pos, literal.size()) != literal) return false;
        pos += literal.size();
        return true;
    }
    std::string_view take_digits() {
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
        return text.substr(start, pos - start);
    }
    bool at_end() const { return pos == text.size(); }
};

enum class ProvinceMatch { Known, UnknownChinese, Missing };

// Takes a province abbreviation. Any other single non-ASCII character directly
// followed by one of `markers` is taken as an unknown abbreviation (reported,
// and the rest still checked); otherwise nothing is taken.
ProvinceMatch take_province(Cursor& cursor, std::initializer_list<std::string_view> markers,
                            int* code) {
    for (const auto& province : kProvinces) {
        if (cursor.take(province.abbreviation)) {
            if (code) *code = province.code;
            return ProvinceMatch::Known;
        }
    }
    const auto step = decode_utf8_at(cursor.text, cursor.pos);
    if (!step.valid || step.code_point < 0x80) return ProvinceMatch::Missing;
    const auto rest = cursor.text.substr(cursor.pos + step.length);
    for (const auto marker : markers) {
        if (rest.substr(0, marker.size()) == marker) {
            cursor.pos += step.length;
            return ProvinceMatch::UnknownChinese;
        }
    }
    return ProvinceMatch::Missing;
}

bool in_range(std::size_t n, std::size_t low, std::size_t high) { return n >= low && n <= high; }

FormatIssue icp_format(std::string zh, std::string en) {
    return issue("ICP_FORMAT", Severity::Error, std::move(zh), std::move(en));
}

std::optional<FormatIssue> parse_icp_rest(Cursor& c, bool has_province) {
    // Only the cross-regional B2 licence has no province abbreviation.
    if (!has_province && !c.take("B2-"))
        return icp_format(
            "ICP 备案号应以省级简称开头，形如 省简称 + ICP备 + 数字 + 号",
            "an ICP filing number starts with a province abbreviation, then ICP备, digits and 号");
    if (!has_province) {
        if (c.take_digits().size() == 8 && c.at_end()) return std::nullopt;
        return icp_format(
            "增值电信业务经营许可证号应为 B2- 加 8 位数字（年份 + 序号）",
            "a value-added telecom licence number is B2- and 8 digits (year and serial)");
    }
    if (c.take("ICP备")) {
        if (!in_range(c.take_digits().size(), 6, 10))
            return icp_format("ICP 备案号“ICP备”后应为 6–10 位数字",
                              "an ICP filing number has 6–10 digits after ICP备");
        if (!c.take("号"))
            return icp_format("ICP 备案号的数字后应为“号”字",
                              "an ICP filing number has 号 after its digits");
        if (c.at_end()) return std::nullopt;
        // -n: the nth website; A marks an APP filing, X a mini-program.
        if (c.take("-") && in_range(c.take_digits().size(), 1, 3)) {
            if (!c.take("A")) c.take("X");
            if (c.at_end()) return std::nullopt;
        }
        return icp_format("ICP 备案号“号”后只能跟“-”加 1–3 位序号，APP 可再加 A，小程序可再加 X",
                          "after 号 only - and a 1–3 digit number may follow, then A for an app or "
                          "X for a mini-program");
    }
    if (c.take("ICP证")) {
        if (in_range(c.take_digits().size(), 6, 8) && c.take("号") && c.at_end())
            return std::nullopt;
        return icp_format(
            "ICP 经营许可证号应为 省简称 + ICP证 + 6–8 位数字 + 号",
            "an ICP licence number is a province abbreviation, ICP证, 6–8 digits and 号");
    }
    if (c.take("B2-")) {
        if (c.take_digits().size() == 8 && c.at_end()) return std::nullopt;
        return icp_format(
            "增值电信业务经营许可证号应为 B2- 加 8 位数字（年份 + 序号）",
            "a value-added telecom licence number is B2- and 8 digits (year and serial)");
    }
    return icp_format("省级简称后应为“ICP备”“ICP证”或“B2-”",
                      "the province abbreviation must be followed by ICP备, ICP证 or B2-");
}

}  // namespace

std::string normalize_filing_number(std::string_view raw) {
    std::string out;
    for (const char c : fold_fullwidth_ascii(raw))  // U+3000 is a space after folding
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
    return to_upper_ascii(trim(out));
}

FormatIssues check_icp_number(std::string_view raw) {
    const std::string number = normalize_filing_number(raw);
    Cursor cursor{number};
    FormatIssues out;
    const auto province = take_province(cursor, {"ICP", "B2-"}, nullptr);
    if (province == ProvinceMatch::UnknownChinese)
        out.push_back(issue(
            "ICP_PROVINCE", Severity::Warning, "ICP 号开头的字不是已知的省级简称，请核对",
            "the ICP number does not start with a known province abbreviation; please verify"));
    if (auto error = parse_icp_rest(cursor, province != ProvinceMatch::Missing))
        out.push_back(std::move(*error));
    return out;
}

FormatIssues check_public_security_number(std::string_view raw) {
    const std::string number = normalize_filing_number(raw);
    Cursor c{number};
    FormatIssues out;
    int province_code = 0;
    const auto province = take_province(c, {"公网安备"}, &province_code);
    if (province == ProvinceMatch::UnknownChinese)
        out.push_back(issue(
            "PUBLIC_SECURITY_PROVINCE", Severity::Warning,
            "公安备案号开头的字不是已知的省级简称，请核对",
            "the public security filing number does not start with a known province abbreviation"));
    const bool prefix = province != ProvinceMatch::Missing && c.take("公网安备");
    const auto digits = c.take_digits();
    if (!prefix || !in_range(digits.size(), 12, 14) || !c.take("号") || !c.at_end()) {
        out.push_back(issue("PUBLIC_SECURITY_FORMAT", Severity::Error,
                            "公安备案号应为 省简称 + 公网安备 + 12–14 位数字 + 号",
                            "a public security filing number is a province abbreviation, 公网安备, "
                            "12–14 digits and 号"));
        return out;
    }
    // The digits start with the police office's district code, so its province should match.
    if (province == ProvinceMatch::Known &&
        std::stoi(std::string(digits.substr(0, 2))) != province_code)
        out.push_back(
            issue("PUBLIC_SECURITY_REGION_MISMATCH", Severity::Warning,
                  "公安备案号数字的前两位与省级简称不对应，请核对",
                  "the first two digits do not belong to the province the abbreviation names"));
    return out;
}

FormatIssues check_cac_filing_number(std::string_view raw, int current_year) {
    const std::string number = normalize_filing_number(raw);
    Cursor c{number};
    const bool prefix = c.take("网信算备");
    const auto digits = c.take_digits();
    if (!prefix || digits.empty() || !c.take("号") || !c.at_end()) {
        return {
            issue("CAC_FILING_FORMAT", Severity::Error,
                  "算法备案编号应写成“网信算备”+ 21 位数字 +“号”的完整形式",
                  "an algorithm filing number is written in full: 网信算备, 21 digits, then 号")};
    }
    if (digits.size() != 21) {
        const auto count = std::to_string(digits.size());
        return {issue("CAC_FILING_LENGTH", Severity::Warning,
                      "算法备案编号通常有 21 位数字，此处为 " + count + " 位，请与备案系统核对",
                      "algorithm filing numbers have 21 digits; this has " + count +
                          ": check it against the registry")};
    }
    FormatIssues out;
    const auto type = digits.substr(13, 2);
    bool known_type = false;
    for (const auto t : kCacTypes) known_type = known_type || t == type;
    if (!known_type)
        out.push_back(issue("CAC_FILING_TYPE_DIGITS", Severity::Error,
                            "算法备案编号第 14–15 位（算法类型）应为 01–05",
                            "digits 14–15 (algorithm type) of a filing number are 01 to 05"));
    const int year = 2000 + std::stoi(std::string(digits.substr(15, 2)));
    if (year > current_year)
        out.push_back(
            issue("CAC_FILING_FUTURE_YEAR", Severity::Warning,
                  "算法备案编号第 16–17 位的年份晚于今年，请核对",
                  "digits 16–17 give a filing year after the current year; please verify"));
    else if (year < 2022)
        out.push_back(issue(
            "CAC_FILING_EARLY_YEAR", Severity::Warning,
            "算法备案编号第 16–17 位的年份早于 2022 年备案制度开始，请核对",
            "digits 16–17 give a filing year before the registry opened in 2022; please verify"));
    const int region = std::stoi(std::string(digits.substr(0, 2)));
    bool known_region = false;
    for (const auto& province : kProvinces) known_region = known_region || province.code == region;
    if (!known_region)
        out.push_back(issue("CAC_FILING_REGION", Severity::Warning,
                            "算法备案编号前两位不是已知的省级行政区划代码，请核对",
                            "the first two digits are not a known province code; please verify"));
    return out;
}

}  // namespace beian
