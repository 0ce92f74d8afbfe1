// 统一社会信用代码 (rules.md §1): real codes pass, every one-character
// mutation fails, pilot-era codes fail with USCC_CHECKSUM alone.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "rules/formats/uscc.hpp"
#include "support/format_expect.hpp"

namespace {

using beian::test::check_no_value_in_messages;

using beian::FormatIssues;
using beian::Severity;

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const char* const kRealCodes[] = {
    "914403001922038216", "9144030071526726XG", "91440300708461136T", "91330100799655058B",
    "91440300192241158P", "91110108551385082Q", "91520000214434146R", "92430112MAEXE7G422",
    "91440300MA5GLLAB6U", "91350100M000100Y43",
};

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

// A code with a correct GB 32100 check character for the given 17 characters.
std::string with_check(const std::string& first17) {
    return first17 + beian::uscc_check_character(first17);
}

}  // namespace

TEST_CASE("the GB 32100 worked example gives check character 3", "[uscc]") {
    CHECK(beian::uscc_check_character("91350100M000100Y4") == '3');
    CHECK(beian::uscc_check_character("91350100M000100Y") == '\0');   // too short
    CHECK(beian::uscc_check_character("91350100O000100Y4") == '\0');  // O is not in the alphabet
    // The circulating variant ending in Z is not even in the alphabet.
    const auto issues = beian::check_uscc("91350100M000100Y4Z");
    CHECK(has_code(issues, "USCC_ALPHABET"));
}

TEST_CASE("every real code of rules.md §1.5 passes without any issue", "[uscc]") {
    const std::string code = GENERATE(from_range(std::begin(kRealCodes), std::end(kRealCodes)));
    CAPTURE(code);
    CHECK(beian::check_uscc(code).empty());
}

TEST_CASE("every one-character mutation of a real code fails", "[uscc]") {
    const std::string code = GENERATE(from_range(std::begin(kRealCodes), std::end(kRealCodes)));
    CAPTURE(code);
    int mutations = 0;
    int missed = 0;
    for (std::size_t pos = 0; pos < code.size(); ++pos) {
        for (const char c : kAlphabet) {
            if (c == code[pos]) continue;
            std::string mutated = code;
            mutated[pos] = c;
            ++mutations;
            const auto issues = beian::check_uscc(mutated);
            if (!has_error(issues)) {
                ++missed;
                UNSCOPED_INFO("mutation not caught at position " << pos + 1 << ": " << mutated);
            }
        }
    }
    CHECK(mutations == 18 * 30);
    CHECK(missed == 0);
}

TEST_CASE("pilot-era codes fail with USCC_CHECKSUM and nothing else", "[uscc]") {
    const std::string code = GENERATE(as<std::string>{}, "91350100M0001TGQXM", "91350211M0000XUF46",
                                      "91350203M0001FUE2P");
    CAPTURE(code);
    const auto issues = beian::check_uscc(code);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "USCC_CHECKSUM");
    CHECK(issues[0].severity == Severity::Error);
    check_no_value_in_messages(issues, code);
}

TEST_CASE("the formula's check characters for the pilot codes are those of §1.6", "[uscc]") {
    CHECK(beian::uscc_check_character("91350100M0001TGQX") == '1');
    CHECK(beian::uscc_check_character("91350211M0000XUF4") == 'R');
    CHECK(beian::uscc_check_character("91350203M0001FUE2") == 'J');
}

TEST_CASE("input is normalized: trim, full-width fold, upper-case", "[uscc]") {
    const std::string input = GENERATE(as<std::string>{}, " 9144030071526726xg ",
                                       "\u3000９１４４０３００１９２２０３８２１６\u3000",
                                       "91440300ma5gllab6u", "\t91330100799655058B\n");
    CAPTURE(input);
    CHECK(beian::check_uscc(input).empty());
    CHECK(beian::normalize_uscc("  9144030071526726xg ") == "9144030071526726XG");
}

TEST_CASE("structural problems get their own codes", "[uscc]") {
    struct Case {
        const char* input;
        const char* code;
    };
    const auto c = GENERATE(values<Case>({
        {"91440300192203821", "USCC_LENGTH"},
        {"9144030019220382166", "USCC_LENGTH"},
        {"91440300192203821中", "USCC_ALPHABET"},
        {"91440300I922038216", "USCC_ALPHABET"},  // I instead of 1
        {"9144O300192203821 6", "USCC_LENGTH"},
        {"914403OO1922038216", "USCC_ALPHABET"},  // O instead of 0 is never mapped
        {"91440300S92203821V", "USCC_ALPHABET"},
        {"9144A300192203821G", "USCC_REGION_DIGITS"},
        {"91-440300192203821", "USCC_ALPHABET"},
        {"914403001922038217", "USCC_CHECKSUM"},
    }));
    CAPTURE(c.input);
    const auto issues = beian::check_uscc(c.input);
    CHECK(has_code(issues, c.code));
    CHECK(has_error(issues));
    check_no_value_in_messages(issues, c.input);
}

TEST_CASE("USCC_ALPHABET names the letters I, O, Z, S, V when one is present", "[uscc]") {
    const auto issues = beian::check_uscc("914403OO1922038216");
    REQUIRE(has_code(issues, "USCC_ALPHABET"));
    CHECK(issues[0].zh.find("I、O、Z、S、V") != std::string::npos);
    CHECK(issues[0].zh.find("第 7, 8 位") != std::string::npos);
}

TEST_CASE("an organization-code check failure is only a warning", "[uscc]") {
    // Position 17 of 华为's code changed, the GB 32100 check recomputed.
    const std::string code = with_check("91440300192203823");
    const auto issues = beian::check_uscc(code);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "USCC_ORG_CODE_CHECK");
    CHECK(issues[0].severity == Severity::Warning);
    check_no_value_in_messages(issues, code);
}

TEST_CASE("an unknown position 1/2 pair is only a warning", "[uscc]") {
    const std::string pair = GENERATE(as<std::string>{}, "94", "B1", "22", "Y2", "01", "99");
    const std::string code = with_check(pair + "440300192203821");
    CAPTURE(code);
    const auto issues = beian::check_uscc(code);
    CHECK(has_code(issues, "USCC_UNKNOWN_CATEGORY"));
    CHECK_FALSE(has_error(issues));
    check_no_value_in_messages(issues, code);
}

TEST_CASE("every known position 1/2 pair is accepted", "[uscc]") {
    const std::string pair =
        GENERATE(as<std::string>{}, "11", "12", "13", "19", "21", "29", "31", "32", "33", "34",
                 "35", "39", "41", "49", "51", "52", "53", "59", "61", "62", "69", "71", "72", "79",
                 "81", "89", "91", "92", "93", "A1", "A9", "N1", "N2", "N3", "N9", "Y1");
    const std::string code = with_check(pair + "440300192203821");
    CAPTURE(code);
    CHECK_FALSE(has_code(beian::check_uscc(code), "USCC_UNKNOWN_CATEGORY"));
}
