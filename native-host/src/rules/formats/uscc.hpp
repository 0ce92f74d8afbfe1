// 统一社会信用代码 (GB 32100-2015, rules.md §1).
#pragma once

#include <string>
#include <string_view>

#include "rules/formats/format_issue.hpp"

namespace beian {

// Trim, full-width → half-width, upper-case. Never maps O→0 or I→1: the
// filer must see and fix a misread letter, not have it silently guessed.
std::string normalize_uscc(std::string_view raw);

// Check character (position 18) for 17 normalized characters from the
// 31-symbol alphabet, or '\0' when the input is not that.
char uscc_check_character(std::string_view first17);

// Issues, all free of the value:
//   USCC_LENGTH, USCC_ALPHABET, USCC_REGION_DIGITS, USCC_CHECKSUM — errors
//   (USCC_CHECKSUM has its own code so pilot-era codes of §1.6 can be accepted
//   explicitly); USCC_ORG_CODE_CHECK, USCC_UNKNOWN_CATEGORY — warnings.
FormatIssues check_uscc(std::string_view raw);

}  // namespace beian
