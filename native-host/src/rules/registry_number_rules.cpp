// Numbers that are not portal fields of their own but are checked all the
// same: the 网信算备 number an approved filing received, and the ICP numbers
// given as 前置许可 (the profile cannot point into list items).
#include <array>

#include "rules/formats/filing_numbers.hpp"
#include "rules/rule_functions.hpp"
#include "util/utf8.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

// Digits 14–15 of a 网信算备 number name the algorithm type (rules.md §4.2).
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kTypeDigits{{
    {"生成合成（深度合成）", "01"},
    {"个性化推送", "02"},
    {"排序精选", "03"},
    {"检索过滤", "04"},
    {"调度决策", "05"},
}};

void add_issues(const FormatIssues& issues, const std::string& pointer, const char* zh_label,
                const char* en_label, Findings& out) {
    for (const auto& issue : issues)
        out.push_back({issue.code, issue.severity, pointer, "", "",
                       std::string(zh_label) + "：" + issue.zh,
                       std::string(en_label) + ": " + issue.en});
}

void check_type_digits(const std::string& number, const std::string& type,
                       const std::string& pointer, Findings& out) {
    const auto digits = normalize_filing_number(number);
    // "网信算备" is 12 bytes in UTF-8; the type digits follow 13 digits.
    constexpr std::size_t kTypeOffset = 12 + 13;
    if (digits.size() < kTypeOffset + 2) return;
    for (const auto& [name, code] : kTypeDigits) {
        if (name != type || digits.compare(kTypeOffset, 2, code) == 0) continue;
        out.push_back(
            {"CAC_FILING_TYPE_MISMATCH", Severity::Warning, pointer, "", "",
             "备案编号中的算法类型代码与所填算法类型不一致",
             "the algorithm-type digits of the filing number do not match the algorithm type"});
    }
}

}  // namespace

void registry_numbers_well_formed(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        const auto number = trim(text_of(child(child(&algorithms[i], "filing"), "number")));
        if (number.empty()) continue;
        const auto pointer = "/algorithms/" + std::to_string(i) + "/filing/number";
        const auto issues = check_cac_filing_number(number, context.today.year);
        add_issues(issues, pointer, "备案编号", "Filing number", out);
        if (issues.empty())
            check_type_digits(number, text_of(child(child(&algorithms[i], "basic"), "type")),
                              pointer, out);
    }
    const auto& products = array_of(child(&context.dossier, "products"));
    for (std::size_t p = 0; p < products.size(); ++p) {
        const auto& licenses = array_of(child(&products[p], "preLicenses"));
        for (std::size_t l = 0; l < licenses.size(); ++l) {
            const auto number = trim(text_of(child(&licenses[l], "number")));
            if (number.empty() ||
                text_of(child(&licenses[l], "kind")).find("ICP") == std::string::npos)
                continue;
            add_issues(
                check_icp_number(number),
                "/products/" + std::to_string(p) + "/preLicenses/" + std::to_string(l) + "/number",
                "前置许可编号", "Pre-licence number", out);
        }
    }
}

}  // namespace beian::rules
