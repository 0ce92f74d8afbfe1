// 证件号码 checked by the 证件类型 the filer chose (rules.md §2).
#pragma once

#include <optional>
#include <string_view>

#include "rules/formats/format_issue.hpp"
#include "util/civil_date.hpp"

namespace beian {

enum class IdDocumentKind {
    ResidentIdCard,         // 居民身份证 (GB 11643)
    HkMacauPermit,          // 港澳居民来往内地通行证 (回乡证)
    TaiwanPermit,           // 台湾居民来往大陆通行证 (台胞证)
    HkMacauTaiwanPermit,    // a label naming both permits: either form is accepted
    ResidencePermit,        // 港澳台居民居住证
    Passport,               // plain "护照": Chinese format expected, foreign tolerated
    ChinesePassport,        // 中国护照, 因私/公务/外交护照
    ForeignPassport,        // 外国护照
    PermanentResidentCard,  // 外国人永久居留身份证, 2004/2017 and 2023 versions
};

// The kind a 证件类型 label names, tolerating the variants filers and forms
// use (full-width brackets, spaces, "中华人民共和国" prefixes, short names);
// nullopt for an empty or unrecognised label.
std::optional<IdDocumentKind> id_document_kind(std::string_view id_type);

// ISO 7064 MOD 11-2 check character of GB 11643 for 17 digits, '\0' otherwise.
char gb11643_check_character(std::string_view first17);

// Checks a 证件号码 for its 证件类型 (trim, full-width fold, upper-case
// first). An unrecognised type gives one ID_TYPE_UNKNOWN warning and no
// format check. Dates of birth are checked against today.
FormatIssues check_id_document(std::string_view id_type, std::string_view raw, CivilDate today);

}  // namespace beian
