#include "rules/formats/id_documents.hpp"

#include <algorithm>
#include <array>
#include <regex>
#include <string>
#include <utility>

#include "util/utf8.hpp"

namespace beian {
namespace {

using K = IdDocumentKind;

// Label keywords, tried in order; the first rule whose keyword (and, when
// set, second keyword) occurs in the label wins, so specific labels come
// before the short keywords they contain ("外国人永久居留身份证" ⊃ "身份证").
struct LabelRule {
    std::string_view keyword;
    std::string_view also;               // empty: none
    std::optional<IdDocumentKind> kind;  // nullopt: recognised as unsupported
};
// clang-format off
constexpr LabelRule kLabelRules[] = {
    {"永久居留", "", K::PermanentResidentCard}, {"永居", "", K::PermanentResidentCard},
    {"居住证", "", K::ResidencePermit},
    // Hong Kong, Macau and Taiwan identity cards are not mainland documents.
    {"香港", "身份证", std::nullopt}, {"澳门", "身份证", std::nullopt}, {"台湾", "身份证", std::nullopt},
    {"护照", "外国", K::ForeignPassport}, {"护照", "外籍", K::ForeignPassport},
    {"护照", "境外", K::ForeignPassport},
    {"护照", "中国", K::ChinesePassport}, {"护照", "中华人民共和国", K::ChinesePassport},
    {"护照", "因私", K::ChinesePassport}, {"护照", "公务", K::ChinesePassport},
    {"护照", "外交", K::ChinesePassport}, {"护照", "", K::Passport},
    {"台湾居民来往大陆", "", K::TaiwanPermit}, {"台胞证", "", K::TaiwanPermit},
    {"台湾", "通行证", K::TaiwanPermit},
    {"港澳居民来往内地", "", K::HkMacauPermit}, {"回乡证", "", K::HkMacauPermit},
    {"港澳台", "通行证", K::HkMacauTaiwanPermit}, {"港澳居民", "通行证", K::HkMacauPermit},
    {"内地通行证", "", K::HkMacauPermit},
    {"身份证", "", K::ResidentIdCard}, {"公民身份号码", "", K::ResidentIdCard},
};
// clang-format on

// GB/T 2260 province-level prefixes of mainland ID numbers (§2.1).
constexpr std::array<int, 34> kProvinces = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                            35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                            53, 54, 61, 62, 63, 64, 65, 81, 82, 83};

// GB 11643-style numbers (§2.1, §2.4, §2.6) differ only in their first six
// characters, the earliest birth year and whether the date layout is standard
// (error) or inferred (warning).
struct Mod11Spec {
    const char* prefix;  // issue code prefix
    const char* zh;
    const char* en;
    const char* head;  // regex for the six characters before the birth date
    const char* head_zh;
    const char* head_en;
    int min_year;
    Severity date_severity;
};
// clang-format off
constexpr Mod11Spec kResidentId{"ID_CARD", "居民身份证", "resident ID card", "[1-9]\\d{5}",
    "首位不能为 0", "cannot start with 0", 1800, Severity::Error};
constexpr Mod11Spec kResidencePermit{"RESIDENCE_PERMIT", "港澳台居民居住证", "residence permit",
    "8[123]0000", "以 810000、820000 或 830000 开头", "start with 810000, 820000 or 830000", 1900,
    Severity::Error};
constexpr Mod11Spec kPermanentResident{"PERMANENT_RESIDENT", "外国人永久居留身份证",
    "permanent resident ID", "9\\d{5}", "2023 年版以 9 开头", "start with 9 (2023 version)", 1900,
    Severity::Warning};
// clang-format on

FormatIssue issue(std::string code, Severity severity, std::string zh, std::string en) {
    return {std::move(code), severity, std::move(zh), std::move(en)};
}

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Patterns are ASCII; a value containing Chinese bytes simply fails to match.
bool matches(const std::string& value, const char* pattern) {
    return std::regex_match(value, std::regex(pattern));
}

std::string count_of(const std::string& value) {
    return std::to_string(measure_text(value).code_points);
}

void check_mod11(const std::string& number, const Mod11Spec& spec, CivilDate today,
                 FormatIssues& out) {
    const std::string prefix = spec.prefix, zh = spec.zh, en = spec.en;
    if (measure_text(number).code_points != 18) {
        out.push_back(issue(prefix + "_FORMAT", Severity::Error,
                            zh + "号码应为 18 位，实际为 " + count_of(number) + " 位",
                            en + " numbers have 18 characters, this one has " + count_of(number)));
        return;
    }
    if (!all_digits(number.substr(0, 17)) ||
        !(all_digits(number.substr(17)) || number[17] == 'X') ||
        !matches(number.substr(0, 6), spec.head)) {
        out.push_back(issue(prefix + "_FORMAT", Severity::Error,
                            zh + "号码应为 17 位数字加 1 位数字或 X，且" + spec.head_zh,
                            en + " numbers are 17 digits then a digit or X, and " + spec.head_en));
        return;
    }
    const int year = std::stoi(number.substr(6, 4));
    const CivilDate birth{year, std::stoi(number.substr(10, 2)), std::stoi(number.substr(12, 2))};
    if (year < spec.min_year || year > 2099 || !birth.is_valid()) {
        out.push_back(issue(prefix + "_BIRTH_DATE", spec.date_severity,
                            zh + "号码第 7–14 位的出生日期不是真实日期",
                            "digits 7–14 of the " + en + " number are not a real date of birth"));
    } else if (birth > today) {
        out.push_back(issue(prefix + "_BIRTH_DATE", spec.date_severity,
                            zh + "号码第 7–14 位的出生日期晚于今天",
                            "digits 7–14 of the " + en + " number are a birth date in the future"));
    }
    if (gb11643_check_character(number.substr(0, 17)) != number[17]) {
        out.push_back(issue(prefix + "_CHECKSUM", Severity::Error,
                            zh + "号码第 18 位校验码不符（GB 11643 MOD 11-2），请逐位核对",
                            "the check character (position 18) of the " + en +
                                " number does not match (GB 11643 MOD 11-2)"));
    }
}

void check_resident_id(const std::string& number, CivilDate today, FormatIssues& out) {
    if (number.size() == 15 && all_digits(number)) {
        out.push_back(issue("ID_CARD_FIRST_GENERATION", Severity::Error,
                            "15 位第一代身份证号码已于 2013 年 1 月 1 日停止使用，请填写 18 位号码",
                            "15-digit first-generation numbers lost validity on 2013-01-01; enter "
                            "the 18-digit number"));
        return;
    }
    const std::size_t before = out.size();
    check_mod11(number, kResidentId, today, out);
    if (out.size() != before && out[before].code == "ID_CARD_FORMAT") return;

    const int province = std::stoi(number.substr(0, 2));
    if (province >= 81 && province <= 83) {
        out.push_back(issue("ID_CARD_TYPE_MISMATCH", Severity::Warning,
                            "以 81、82、83 开头的是港澳台居民居住证号码，请确认证件类型",
                            "numbers starting 81, 82 or 83 are residence permits for Hong Kong, "
                            "Macau and Taiwan residents; check the document type"));
    } else if (std::find(kProvinces.begin(), kProvinces.end(), province) == kProvinces.end()) {
        // Codes of abolished counties stay valid for life: only the province is looked up.
        out.push_back(issue("ID_CARD_REGION", Severity::Warning,
                            "号码前两位不是已知的省级行政区划代码，请核对",
                            "the first two digits are not a known province code; please verify"));
    }
}

void check_permanent_resident(const std::string& number, CivilDate today, FormatIssues& out) {
    if (matches(number, "[A-Z]{3}\\d{12}")) return;  // 2004/2017 versions: no public check
    if (number.size() == 18) return check_mod11(number, kPermanentResident, today, out);
    out.push_back(issue("PERMANENT_RESIDENT_FORMAT", Severity::Error,
                        "永居证号码应为 18 位（2023 年版）或 15 位（旧版：3 个字母加 12 位数字），"
                        "实际为 " +
                            count_of(number) + " 位",
                        "permanent resident ID numbers have 18 characters (2023 version) or 15 "
                        "(older: 3 letters, 12 digits); this one has " +
                            count_of(number)));
}

// Which permit forms a kind accepts, and the error it gives otherwise.
struct PermitRule {
    IdDocumentKind kind;
    bool hk_macau;
    bool taiwan;
    const char* code;
    const char* zh;
    const char* en;
};
constexpr PermitRule kPermitRules[] = {
    {K::HkMacauPermit, true, false, "HK_MACAU_PERMIT_FORMAT",
     "港澳居民来往内地通行证号码应为 H 或 M 加 8 位数字，可再加 2 位换证次数",
     "Hong Kong/Macau permit numbers are H or M and 8 digits, optionally 2 more"},
    {K::TaiwanPermit, false, true, "TAIWAN_PERMIT_FORMAT",
     "台湾居民来往大陆通行证号码应为 8 位数字", "Taiwan permit numbers have 8 digits"},
    {K::HkMacauTaiwanPermit, true, true, "TRAVEL_PERMIT_FORMAT",
     "通行证号码应为 H/M 加 8 位数字（港澳，可再加 2 位）或 8 位数字（台湾）",
     "permit numbers are H/M and 8 digits (optionally 2 more) or 8 digits (Taiwan)"},
};

void check_travel_permit(IdDocumentKind kind, const std::string& number, FormatIssues& out) {
    const auto& rule = *std::find_if(std::begin(kPermitRules), std::end(kPermitRules),
                                     [kind](const PermitRule& r) { return r.kind == kind; });
    if (rule.hk_macau && matches(number, "[HM]\\d{8}(\\d{2})?")) return;
    if (rule.taiwan && matches(number, "\\d{8}")) return;
    if (rule.taiwan && matches(number, "\\d{10}(\\([0-9A-Z]{1,2}\\))?")) {  // 1992–2008 numbers
        out.push_back(issue("TAIWAN_PERMIT_LEGACY", Severity::Warning,
                            "这是 2008 年以前的旧版台胞证号码；现行证件为 8 位终身号码，请核对",
                            "a pre-2008 Taiwan permit number; current permits have 8 digits"));
        return;
    }
    out.push_back(issue(rule.code, Severity::Error, rule.zh, rule.en));
}

void check_passport(IdDocumentKind kind, const std::string& number, FormatIssues& out) {
    std::string compact;  // foreign numbers are sometimes printed with spaces or hyphens
    for (const char c : number)
        if (c != ' ' && c != '-') compact.push_back(c);
    const bool foreign = matches(compact, "[A-Z0-9]{5,17}");  // [I]: plausibility only
    if (kind == K::ForeignPassport) {
        if (!foreign)
            out.push_back(issue("FOREIGN_PASSPORT_FORMAT", Severity::Warning,
                                "外国护照号码通常为 5–17 位字母和数字，请核对",
                                "foreign passport numbers usually have 5–17 letters and digits"));
        return;
    }
    // §2.5, every Chinese series; passports have no check digit.
    if (matches(number,
                "E[0-9A-HJ-NP-Z]\\d{7}|G\\d{8}|1[45]\\d{7}|[PSD]E\\d{7}|[PS]\\.\\d{7}|"
                "S\\d{8}|K\\d{8}|MA\\d{7}"))
        return;
    // A plain "护照" may be a foreigner's passport: that is for the filer to confirm.
    if (kind == K::Passport && foreign) {
        out.push_back(issue("PASSPORT_NOT_CHINESE", Severity::Warning,
                            "号码不符合中国护照格式；如为外国护照，请选择相应证件类型并填写国籍",
                            "not a Chinese passport number; for a foreign passport choose that "
                            "document type and give the nationality"));
        return;
    }
    out.push_back(issue("PASSPORT_FORMAT", Severity::Error,
                        "中国护照号码格式不符（如 E 加 8 位、E 加字母和 7 位、G 加 8 位等）",
                        "not a Chinese passport number (E and 8 digits, E, a letter and 7 "
                        "digits, G and 8 digits …)"));
}

}  // namespace

std::optional<IdDocumentKind> id_document_kind(std::string_view id_type) {
    std::string label;
    for (const char c : fold_fullwidth_ascii(trim(id_type)))
        if (c != ' ' && c != '\t') label.push_back(c);
    if (label.empty()) return std::nullopt;
    for (const auto& rule : kLabelRules) {
        if (label.find(rule.keyword) == std::string::npos) continue;
        if (!rule.also.empty() && label.find(rule.also) == std::string::npos) continue;
        return rule.kind;
    }
    return std::nullopt;
}

char gb11643_check_character(std::string_view first17) {
    if (first17.size() != 17 || !all_digits(first17)) return '\0';
    // ISO 7064 MOD 11-2: W_i = 2^(17-i) mod 11, check = "10X98765432"[Σ mod 11].
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
    return "10X98765432"[sum % 11];
}

FormatIssues check_id_document(std::string_view id_type, std::string_view raw, CivilDate today) {
    FormatIssues out;
    const auto kind = id_document_kind(id_type);
    if (!kind) {
        const bool empty = trim(id_type).empty();
        out.push_back(issue("ID_TYPE_UNKNOWN", Severity::Warning,
                            empty ? "未选择证件类型，证件号码未做格式检查"
                                  : "证件类型无法识别，证件号码未做格式检查",
                            empty ? "no document type chosen; the ID number was not checked"
                                  : "unrecognised document type; the ID number was not checked"));
        return out;
    }
    const std::string number = to_upper_ascii(trim(fold_fullwidth_ascii(raw)));
    switch (*kind) {
        case K::ResidentIdCard:
            check_resident_id(number, today, out);
            break;
        case K::ResidencePermit:
            check_mod11(number, kResidencePermit, today, out);
            break;
        case K::PermanentResidentCard:
            check_permanent_resident(number, today, out);
            break;
        case K::HkMacauPermit:
        case K::TaiwanPermit:
        case K::HkMacauTaiwanPermit:
            check_travel_permit(*kind, number, out);
            break;
        case K::Passport:
        case K::ChinesePassport:
        case K::ForeignPassport:
            check_passport(*kind, number, out);
            break;
    }
    return out;
}

}  // namespace beian
