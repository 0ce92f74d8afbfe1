// ICP 备案号 / 许可证号, 公网安备号 and 网信算备 numbers (rules.md §4).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "rules/formats/filing_numbers.hpp"
#include "support/format_expect.hpp"

namespace {

using beian::test::check_expectation;
using beian::test::check_no_value_in_messages;
using beian::test::E;
using beian::test::Expect;
using beian::test::W;

using beian::FormatIssues;
using beian::Severity;

// Every 网信算备 example of rules.md §4.2 (the NetEase "…103220019号" and
// "…104220015号" written out in full).
const char* const kCacExamples[] = {
    "网信算备110108823483901230011号", "网信算备110108823483901230031号",
    "网信算备110108970550101240011号", "网信算备110108645502801230035号",
    "网信算备110108896786101240015号", "网信算备440305295988701230071号",
    "网信算备330110507206401230035号", "网信算备310104297296101230065号",
    "网信算备310101216601302230019号", "网信算备330109830471102220013号",
    "网信算备330109830471103220019号", "网信算备330109830471104220015号",
    "网信算备310110764385705230011号", "网信算备310112174995401260029号",
};

}  // namespace

TEST_CASE("ICP numbers: 备案, 证 and B2 forms", "[filing]") {
    const auto e = GENERATE(values<Expect>({
        {"沪ICP备2022005074号-20", "", E},
        {"陕ICP备2024026116号-1A", "", E},
        {"黔ICP备2025044274号-1X", "", E},
        {"京ICP备12345678号", "", E},
        {"京ICP备12345678号-1", "", E},
        {"粤ICP备123456号", "", E},
        {"蜀ICP备1234567号-3", "", E},
        {"滇ICP备12345678号", "", E},
        {"陇ICP备12345678号", "", E},
        {"京ICP证110507号", "", E},
        {"京ICP证12345678号", "", E},
        {"京B2-20212732", "", E},
        {"B2-20233776", "", E},
        {" 粤 ICP 备 12345678 号 - 1 ", "", E},
        {"京icp备12345678号", "", E},
        {"京ICP备12345678号－1", "", E},
        {"京ICP备１２３４５６７８号", "", E},
        {"ICP备12345678号", "ICP_FORMAT", E},
        {"京ICP备12345号", "ICP_FORMAT", E},
        {"京ICP备12345678901号", "ICP_FORMAT", E},
        {"京ICP备12345678", "ICP_FORMAT", E},
        {"京ICP备12345678号-", "ICP_FORMAT", E},
        {"京ICP备12345678号-1234", "ICP_FORMAT", E},
        {"京ICP备12345678号-1B", "ICP_FORMAT", E},
        {"京ICP备12345678号-1AX", "ICP_FORMAT", E},
        {"京ICP备12345678号1", "ICP_FORMAT", E},
        {"京ICP证12345号", "ICP_FORMAT", E},
        {"京ICP证110507", "ICP_FORMAT", E},
        {"京B2-2021273", "ICP_FORMAT", E},
        {"京B2-202127321", "ICP_FORMAT", E},
        {"京ABC12345678号", "ICP_FORMAT", E},
        {"12345678", "ICP_FORMAT", E},
    }));
    check_expectation(beian::check_icp_number(e.input), e);
}

TEST_CASE("an unknown province character in an ICP number only warns", "[filing]") {
    const auto issues = beian::check_icp_number("港ICP备12345678号");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "ICP_PROVINCE");
    CHECK(issues[0].severity == Severity::Warning);
    // A wrong character and a broken rest: both are reported.
    CHECK(beian::check_icp_number("港ICP备123号").size() == 2);
}

TEST_CASE("公网安备 numbers", "[filing]") {
    const auto e = GENERATE(values<Expect>({
        {"京公网安备11010802044671号", "", E},
        {"京公网安备110105008661号", "", E},
        {"京公网安备 11010802044671号", "", E},
        {"粤公网安备44030502008569号", "", E},
        {"沪公网安备11010802044671号", "PUBLIC_SECURITY_REGION_MISMATCH", W},
        {"港公网安备11010802044671号", "PUBLIC_SECURITY_PROVINCE", W},
        {"京公网安备1101080204467号", "", E},
        {"京公网安备11010802044号", "PUBLIC_SECURITY_FORMAT", E},
        {"京公网安备110108020446711号", "PUBLIC_SECURITY_FORMAT", E},
        {"公网安备11010802044671号", "PUBLIC_SECURITY_FORMAT", E},
        {"京公网安备11010802044671", "PUBLIC_SECURITY_FORMAT", E},
        {"京公安备11010802044671号", "PUBLIC_SECURITY_FORMAT", E},
        {"京ICP备12345678号", "PUBLIC_SECURITY_FORMAT", E},
    }));
    check_expectation(beian::check_public_security_number(e.input), e);
}

TEST_CASE("every 网信算备 example of rules.md §4.2 passes", "[filing]") {
    const std::string number =
        GENERATE(from_range(std::begin(kCacExamples), std::end(kCacExamples)));
    CAPTURE(number);
    CHECK(beian::check_cac_filing_number(number, 2026).empty());
}

TEST_CASE("网信算备 numbers: format, type digits, years, regions", "[filing]") {
    const auto e = GENERATE(values<Expect>({
        {"网信算备 110108823483901230011 号", "", E},
        {"网信算备１１０１０８８２３４８３９０１２３００１１号", "", E},
        {"110108823483901230011", "CAC_FILING_FORMAT", E},
        {"网信算备110108823483901230011", "CAC_FILING_FORMAT", E},
        {"网信备110108823483901230011号", "CAC_FILING_FORMAT", E},
        {"网信算备11010882348390123001A号", "CAC_FILING_FORMAT", E},
        {"网信算备号", "CAC_FILING_FORMAT", E},
        {"网信算备110108823483901230011号-1", "CAC_FILING_FORMAT", E},
        {"网信算备310115606600001号", "CAC_FILING_LENGTH", W},
        {"网信算备1101088234839012300111号", "CAC_FILING_LENGTH", W},
        {"网信算备110108823483900230011号", "CAC_FILING_TYPE_DIGITS", E},
        {"网信算备110108823483906230011号", "CAC_FILING_TYPE_DIGITS", E},
        {"网信算备110108823483911230011号", "CAC_FILING_TYPE_DIGITS", E},
        {"网信算备110108823483901270011号", "CAC_FILING_FUTURE_YEAR", W},
        {"网信算备110108823483901210011号", "CAC_FILING_EARLY_YEAR", W},
        {"网信算备990108823483901230011号", "CAC_FILING_REGION", W},
    }));
    check_expectation(beian::check_cac_filing_number(e.input, 2026), e);
}

TEST_CASE("a filing year after the current year warns", "[filing]") {
    const auto issues = beian::check_cac_filing_number("网信算备310112174995401260029号", 2025);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "CAC_FILING_FUTURE_YEAR");
    CHECK(issues[0].severity == Severity::Warning);
}
