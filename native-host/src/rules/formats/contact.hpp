// 手机号, 电子邮箱 and 网址 fields (rules.md §3).
#pragma once

#include <string>
#include <string_view>

#include "rules/formats/format_issue.hpp"

namespace beian {

// Digits of a mainland mobile number: full-width folded, spaces and hyphens
// removed, a leading +86 / 0086 / 86 country code dropped.
std::string normalize_mobile(std::string_view raw);

// MOBILE_FORMAT (error) unless ^1[3-9]\d{9}$; MOBILE_SEGMENT (warning) when
// the prefix is not an allocated segment: segment lists go stale.
FormatIssues check_mobile(std::string_view raw);

// The HTML type=email pattern (ASCII only). EMAIL_FULLWIDTH (error) for
// full-width ＠ or ．; EMAIL_FORMAT is an error, or a warning when the only
// problem is non-ASCII text such as a Chinese domain.
FormatIssues check_email(std::string_view raw);

// http/https URL with a host containing a dot; IDN hosts are allowed.
// URL_FORMAT, URL_SCHEME, URL_HOST, URL_FULLWIDTH (errors); URL_USERINFO (warning).
FormatIssues check_url(std::string_view raw);

}  // namespace beian
