// ICP 备案号 / ICP 证 / B2 许可证号, 公网安备号 and 网信算备 numbers (rules.md §4).
#pragma once

#include <string>
#include <string_view>

#include "rules/formats/format_issue.hpp"

namespace beian {

// Full-width folded, every space removed, ASCII upper-cased ("icp备" → "ICP备").
std::string normalize_filing_number(std::string_view raw);

// {省}ICP备{6–10 digits}号[-{1–3 digits}[A|X]], {省}ICP证{6–8 digits}号 or [{省}]B2-{8 digits}.
// ICP_FORMAT (error); ICP_PROVINCE (warning: a Chinese character that is not
// a known province abbreviation).
FormatIssues check_icp_number(std::string_view raw);

// {省}公网安备{12–14 digits}号. PUBLIC_SECURITY_FORMAT (error);
// PUBLIC_SECURITY_PROVINCE and PUBLIC_SECURITY_REGION_MISMATCH (warnings: the
// first two digits are inferred to be the province of the police office).
FormatIssues check_public_security_number(std::string_view raw);

// 网信算备{21 digits}号. CAC_FILING_FORMAT and CAC_FILING_TYPE_DIGITS (digits
// 14–15 not 01–05) are errors; CAC_FILING_LENGTH (other digit counts, seen as
// published typos), CAC_FILING_FUTURE_YEAR, CAC_FILING_EARLY_YEAR (before the
// 2022 registry) and CAC_FILING_REGION are warnings. There is no checksum.
FormatIssues check_cac_filing_number(std::string_view raw, int current_year);

}  // namespace beian
