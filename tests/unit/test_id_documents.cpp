// 证件号码 by 证件类型 (rules.md §2).
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "rules/formats/id_documents.hpp"
#include "support/format_expect.hpp"

namespace {

using beian::test::check_no_value_in_messages;

using beian::CivilDate;
using beian::FormatIssues;
using beian::IdDocumentKind;
using beian::Severity;

const CivilDate kToday{2026, 11, 29};

bool has_code(const FormatIssues& issues, std::string_view code) {
    for (const auto& issue : issues)
        if (issue.code == code) return true;
    return false;
}

bool has_error(const FormatIssues& issues) {
    for (const auto& issue : issues)
        if (issue.severity == Severity::Error) return true;
    return false;
}

// An 18-character number with a correct MOD 11-2 check character.
std::string with_check(const std::string& first17) {
    return first17 + beian::gb11643_check_character(first17);
}

FormatIssues check(const char* type, const std::string& number) {
    return beian::check_id_document(type, number, kToday);
}

}  // namespace

TEST_CASE("证件类型 labels map to document kinds, tolerating variants", "[id]") {
    struct Case {
        const char* label;
        std::optional<IdDocumentKind> kind;
    };
    using K = IdDocumentKind;
    const auto c = GENERATE(values<Case>({
        {"居民身份证", K::ResidentIdCard},
        {"身份证", K::ResidentIdCard},
        {"中华人民共和国居民身份证", K::ResidentIdCard},
        {" 居民身份证（中国大陆） ", K::ResidentIdCard},
        {"港澳居民来往内地通行证", K::HkMacauPermit},
        {"回乡证", K::HkMacauPermit},
        {"港澳居民来往内地通行证(回乡证)", K::HkMacauPermit},
        {"台湾居民来往大陆通行证", K::TaiwanPermit},
        {"台胞证", K::TaiwanPermit},
        {"港澳台通行证", K::HkMacauTaiwanPermit},
        {"港澳台居民居住证", K::ResidencePermit},
        {"港澳居民居住证", K::ResidencePermit},
        {"台湾居民居住证", K::ResidencePermit},
        {"护照", K::Passport},
        {"中国护照", K::ChinesePassport},
        {"中华人民共和国护照", K::ChinesePassport},
        {"外国护照", K::ForeignPassport},
        {"外籍 护照", K::ForeignPassport},
        {"外国人永久居留身份证", K::PermanentResidentCard},
        {"外国人永久居留证", K::PermanentResidentCard},
        {"永居证", K::PermanentResidentCard},
        {"", std::nullopt},
        {"驾驶证", std::nullopt},
        {"香港身份证", std::nullopt},
        {"营业执照", std::nullopt},
    }));
    CAPTURE(c.label);
    CHECK(beian::id_document_kind(c.label) == c.kind);
}

TEST_CASE("an unknown 证件类型 gives one warning and no format check", "[id]") {
    const char* label = GENERATE("", "驾驶证", "军官证");
    CAPTURE(label);
    const auto issues = beian::check_id_document(label, "not a number at all", kToday);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "ID_TYPE_UNKNOWN");
    CHECK(issues[0].severity == Severity::Warning);
}

TEST_CASE("GB 11643 standard examples and normalized input pass", "[id]") {
    const std::string number =
        GENERATE(as<std::string>{}, "11010519491231002X", "440524188001010014",
                 "11010519491231002x", " １１０１０５１９４９１２３１００２Ｘ ");
    CAPTURE(number);
    CHECK(check("居民身份证", number).empty());
}

TEST_CASE("every one-digit mutation of a valid ID number fails", "[id]") {
    const std::string number =
        GENERATE(as<std::string>{}, "11010519491231002X", "440524188001010014",
                 "810000199408230021", "830000199201300022");
    const char* type = number[0] == '8' ? "港澳台居民居住证" : "居民身份证";
    CAPTURE(number);
    int missed = 0;
    for (std::size_t pos = 0; pos < 18; ++pos) {
        for (const char c : std::string_view("0123456789X")) {
            if (c == number[pos] || (c == 'X' && pos != 17)) continue;
            std::string mutated = number;
            mutated[pos] = c;
            if (!has_error(check(type, mutated))) {
                ++missed;
                UNSCOPED_INFO("mutation not caught at position " << pos + 1 << ": " << mutated);
            }
        }
    }
    CHECK(missed == 0);
}

TEST_CASE("birth dates must be real and not in the future", "[id]") {
    struct Case {
        const char* birth;
        bool ok;
    };
    const auto c = GENERATE(values<Case>({
        {"20000229", true},  // 2000 is a leap year
        {"20240229", true},
        {"19000229", false},  // 1900 is not
        {"20230229", false},
        {"20260431", false},
        {"19991301", false},
        {"19990100", false},
        {"20261129", true},   // today
        {"20261130", false},  // tomorrow
        {"20300101", false},
        {"18800101", true},  // the GB example's era
        {"17991231", false},
    }));
    const std::string number = with_check("110101" + std::string(c.birth) + "123");
    CAPTURE(number);
    const auto issues = check("居民身份证", number);
    CHECK(has_code(issues, "ID_CARD_BIRTH_DATE") == !c.ok);
    CHECK(has_error(issues) == !c.ok);
    check_no_value_in_messages(issues, number);
}

TEST_CASE("resident ID structural problems", "[id]") {
    struct Case {
        const char* number;
        const char* code;
    };
    const auto c = GENERATE(values<Case>({
        {"110105491231002", "ID_CARD_FIRST_GENERATION"},
        {"11010519491231002", "ID_CARD_FORMAT"},
        {"11010519491231002X1", "ID_CARD_FORMAT"},
        {"01010519491231002X", "ID_CARD_FORMAT"},
        {"1101051949123100XX", "ID_CARD_FORMAT"},
        {"11010519491231002Y", "ID_CARD_FORMAT"},
        {"110105 19491231002X", "ID_CARD_FORMAT"},
        {"110105194912310021", "ID_CARD_CHECKSUM"},
    }));
    CAPTURE(c.number);
    const auto issues = check("居民身份证", c.number);
    CHECK(has_code(issues, c.code));
    CHECK(has_error(issues));
    check_no_value_in_messages(issues, c.number);
}

TEST_CASE("a 居住证 number under 居民身份证 and unknown provinces only warn", "[id]") {
    auto issues = check("居民身份证", "810000199408230021");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "ID_CARD_TYPE_MISMATCH");
    CHECK(issues[0].severity == Severity::Warning);

    issues = check("身份证", with_check("99010119900101123"));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "ID_CARD_REGION");
    CHECK(issues[0].severity == Severity::Warning);
}

TEST_CASE("港澳台居民居住证 samples pass, mainland numbers do not", "[id]") {
    CHECK(check("港澳台居民居住证", "810000199408230021").empty());
    CHECK(check("港澳台居民居住证", "830000199201300022").empty());
    CHECK(check("港澳台居民居住证", with_check("82000019850615456")).empty());
    struct Case {
        std::string number;
        const char* code;
    };
    const auto c = GENERATE(values<Case>({
        {"11010519491231002X", "RESIDENCE_PERMIT_FORMAT"},
        {"810100199408230021", "RESIDENCE_PERMIT_FORMAT"},
        {"840000199408230021", "RESIDENCE_PERMIT_FORMAT"},
        {"810000199408230022", "RESIDENCE_PERMIT_CHECKSUM"},
        {with_check("81000018990101123"), "RESIDENCE_PERMIT_BIRTH_DATE"},  // §2.4: 19xx/20xx only
        {with_check("83000019950229123"), "RESIDENCE_PERMIT_BIRTH_DATE"},
    }));
    const std::string& number = c.number;
    const char* code = c.code;
    CAPTURE(number);
    const auto issues = check("港澳台居民居住证", number);
    CHECK(has_code(issues, code));
    CHECK(has_error(issues));
    check_no_value_in_messages(issues, number);
}

TEST_CASE("港澳 and 台湾 travel permits", "[id]") {
    struct Case {
        const char* type;
        const char* number;
        const char* code;  // "" = no issue
        Severity severity;
    };
    const auto c = GENERATE(values<Case>({
        {"港澳居民来往内地通行证", "H12345678", "", Severity::Error},
        {"港澳居民来往内地通行证", "M1234567801", "", Severity::Error},
        {"回乡证", "h12345678", "", Severity::Error},
        {"回乡证", "H1234567", "HK_MACAU_PERMIT_FORMAT", Severity::Error},
        {"回乡证", "A12345678", "HK_MACAU_PERMIT_FORMAT", Severity::Error},
        {"回乡证", "H123456780", "HK_MACAU_PERMIT_FORMAT", Severity::Error},
        {"回乡证", "12345678", "HK_MACAU_PERMIT_FORMAT", Severity::Error},
        {"台湾居民来往大陆通行证", "12345678", "", Severity::Error},
        {"台胞证", "0561682001(D)", "TAIWAN_PERMIT_LEGACY", Severity::Warning},
        {"台胞证", "0561682001（D）", "TAIWAN_PERMIT_LEGACY", Severity::Warning},
        {"台胞证", "0561682001", "TAIWAN_PERMIT_LEGACY", Severity::Warning},
        {"台胞证", "1234567", "TAIWAN_PERMIT_FORMAT", Severity::Error},
        {"台胞证", "H12345678", "TAIWAN_PERMIT_FORMAT", Severity::Error},
        {"港澳台通行证", "H12345678", "", Severity::Error},
        {"港澳台通行证", "87654321", "", Severity::Error},
        {"港澳台通行证", "X1234567", "TRAVEL_PERMIT_FORMAT", Severity::Error},
    }));
    CAPTURE(c.type, c.number);
    const auto issues = check(c.type, c.number);
    if (std::string_view(c.code).empty()) {
        CHECK(issues.empty());
    } else {
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].code == c.code);
        CHECK(issues[0].severity == c.severity);
    }
    check_no_value_in_messages(issues, c.number);
}

TEST_CASE("passports: every Chinese series passes, foreign ones per their type", "[id]") {
    const std::string chinese =
        GENERATE(as<std::string>{}, "EF1260892", "E12345678", "EA1234567", "G12345678", "141234567",
                 "151234567", "PE1234567", "SE1234567", "DE1234567", "P.1234567", "S.1234567",
                 "S12345678", "K12345678", "MA1234567", "ef1260892");
    CAPTURE(chinese);
    CHECK(check("护照", chinese).empty());
    CHECK(check("中国护照", chinese).empty());
}

TEST_CASE("passport format problems", "[id]") {
    struct Case {
        const char* type;
        const char* number;
        const char* code;
        Severity severity;
    };
    const auto c = GENERATE(values<Case>({
        {"中国护照", "EI1234567", "PASSPORT_FORMAT", Severity::Error},  // no I after E
        {"中国护照", "EO1234567", "PASSPORT_FORMAT", Severity::Error},
        {"中国护照", "E1234567", "PASSPORT_FORMAT", Severity::Error},
        {"中国护照", "X12345678", "PASSPORT_FORMAT", Severity::Error},
        {"护照", "X12345678", "PASSPORT_NOT_CHINESE", Severity::Warning},
        {"护照", "AB-12", "PASSPORT_FORMAT", Severity::Error},
        {"外国护照", "A1", "FOREIGN_PASSPORT_FORMAT", Severity::Warning},
        {"外国护照", "A1234567890123456789", "FOREIGN_PASSPORT_FORMAT", Severity::Warning},
    }));
    CAPTURE(c.type, c.number);
    const auto issues = check(c.type, c.number);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == c.code);
    CHECK(issues[0].severity == c.severity);
    check_no_value_in_messages(issues, c.number);
}

TEST_CASE("foreign passports accept spaces and hyphens", "[id]") {
    CHECK(check("外国护照", "C01X00T47").empty());
    CHECK(check("外国护照", "AB 123-4567").empty());
    CHECK(check("外籍护照", "x1234567").empty());
}

TEST_CASE("外国人永久居留身份证, both versions", "[id]") {
    const char* type = "外国人永久居留身份证";
    CHECK(check(type, "USA110065010110").empty());              // 2004/2017: 3 letters + 12
    const std::string v2023 = with_check("91184019900101123");  // 9 + 11 + 840 + date + seq
    CHECK(check(type, v2023).empty());

    struct Case {
        std::string number;
        const char* code;
        Severity severity;
    };
    const auto c = GENERATE_COPY(values<Case>({
        {"US1100650101101", "PERMANENT_RESIDENT_FORMAT", Severity::Error},
        {"12345", "PERMANENT_RESIDENT_FORMAT", Severity::Error},
        {with_check("11184019900101123"), "PERMANENT_RESIDENT_FORMAT", Severity::Error},
        {v2023.substr(0, 17) + (v2023[17] == '0' ? '1' : '0'), "PERMANENT_RESIDENT_CHECKSUM",
         Severity::Error},
        {with_check("91184019900230123"), "PERMANENT_RESIDENT_BIRTH_DATE", Severity::Warning},
        {with_check("91184020991231123"), "PERMANENT_RESIDENT_BIRTH_DATE", Severity::Warning},
    }));
    CAPTURE(c.number);
    const auto issues = check(type, c.number);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == c.code);
    CHECK(issues[0].severity == c.severity);
    check_no_value_in_messages(issues, c.number);
}
