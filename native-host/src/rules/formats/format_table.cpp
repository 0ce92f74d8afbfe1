#include "rules/formats/format_table.hpp"

#include <array>
#include <utility>

#include "rules/formats/contact.hpp"
#include "rules/formats/filing_numbers.hpp"
#include "rules/formats/id_documents.hpp"
#include "rules/formats/uscc.hpp"

namespace beian {
namespace {

using Checker = FormatIssues (*)(std::string_view, const FormatContext&);

FormatIssues date_check(std::string_view value, const FormatContext&) {
    if (CivilDate::parse(value)) return {};
    return {{"DATE_FORMAT", Severity::Error, "日期应为真实日期，格式 YYYY-MM-DD",
             "expected a real date as YYYY-MM-DD"}};
}

constexpr std::array<std::pair<std::string_view, Checker>, 8> kCheckers{{
    {"uscc", [](std::string_view v, const FormatContext&) { return check_uscc(v); }},
    {"id-number", [](std::string_view v,
                     const FormatContext& c) { return check_id_document(c.id_type, v, c.today); }},
    {"mobile", [](std::string_view v, const FormatContext&) { return check_mobile(v); }},
    {"email", [](std::string_view v, const FormatContext&) { return check_email(v); }},
    {"url", [](std::string_view v, const FormatContext&) { return check_url(v); }},
    {"icp", [](std::string_view v, const FormatContext&) { return check_icp_number(v); }},
    {"cac-filing-number",
     [](std::string_view v, const FormatContext& c) {
         return check_cac_filing_number(v, c.today.year);
     }},
    {"date", date_check},
}};

}  // namespace

FormatIssues check_format(std::string_view format, std::string_view value,
                          const FormatContext& context) {
    for (const auto& [name, checker] : kCheckers)
        if (name == format) return checker(value, context);
    return {{"FORMAT_UNKNOWN", Severity::Warning, "画像中的格式名称未知，未做检查",
             "the profile names an unknown format; not checked"}};
}

}  // namespace beian
