// CivilDate: parsing, leap years, day arithmetic and weekdays, which the
// working-day deadline code builds on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "util/civil_date.hpp"

using beian::CivilDate;

TEST_CASE("CivilDate::parse accepts exactly real YYYY-MM-DD dates", "[civil_date]") {
    struct Case {
        const char* text;
        bool ok;
    };
    const auto c = GENERATE(values<Case>({
        {"2024-02-29", true},      {"2000-02-29", true},
        {"2025-02-28", true},      {"1970-01-01", true},
        {"0001-01-01", true},      {"9999-12-31", true},
        {"2026-04-30", true},      {"2025-02-29", false},
        {"1900-02-29", false},     {"2100-02-29", false},
        {"2026-04-31", false},     {"2026-13-01", false},
        {"2026-00-10", false},     {"2026-01-00", false},
        {"2026-01-32", false},     {"0000-01-01", false},
        {"2026-4-01", false},      {" 2026-04-01", false},
        {"2026-04-01 ", false},    {"2026/04/01", false},
        {"20260401", false},       {"", false},
        {"2026-04-0a", false},     {"+026-04-01", false},
        {"２０２６-04-01", false},
    }));
    CAPTURE(c.text);
    const auto date = CivilDate::parse(c.text);
    CHECK(date.has_value() == c.ok);
    if (date) CHECK(date->to_string() == c.text);
}

TEST_CASE("is_valid and days_in_month follow the Gregorian leap rules", "[civil_date]") {
    CHECK(beian::is_leap_year(2024));
    CHECK(beian::is_leap_year(2000));
    CHECK_FALSE(beian::is_leap_year(1900));
    CHECK_FALSE(beian::is_leap_year(2026));
    const int expected[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; ++m) {
        CHECK(beian::days_in_month(2026, m) == expected[m - 1]);
        CHECK(beian::days_in_month(2024, m) == (m == 2 ? 29 : expected[m - 1]));
    }
    CHECK(beian::days_in_month(2026, 0) == 0);
    CHECK(beian::days_in_month(2026, 13) == 0);
    CHECK_FALSE(CivilDate{2026, 2, 29}.is_valid());
    CHECK(CivilDate{2028, 2, 29}.is_valid());
    CHECK_FALSE(CivilDate{10000, 1, 1}.is_valid());
    CHECK(CivilDate{}.is_valid());  // the default is 1970-01-01
}

TEST_CASE("to_string pads every field", "[civil_date]") {
    CHECK(CivilDate{5, 3, 7}.to_string() == "0005-03-07");
    CHECK(CivilDate{2026, 11, 29}.to_string() == "2026-11-29");
}

TEST_CASE("days_from_civil and civil_from_days agree on known day numbers", "[civil_date]") {
    struct Case {
        CivilDate date;
        long long days;
    };
    const auto c = GENERATE(values<Case>({
        {{1970, 1, 1}, 0},
        {{1969, 12, 31}, -1},
        {{2000, 1, 1}, 10957},
        {{2000, 3, 1}, 11017},
        {{2024, 2, 29}, 19782},
        {{2026, 11, 29}, 20786},
        {{1, 1, 1}, -719162},
        {{9999, 12, 31}, 2932896},
    }));
    CAPTURE(c.date.to_string());
    CHECK(beian::days_from_civil(c.date.year, c.date.month, c.date.day) == c.days);
    CHECK(c.date.days_since_epoch() == c.days);
    CHECK(beian::civil_from_days(c.days) == c.date);
}

TEST_CASE("every day from 0001-01-01 to 9999-12-31 round-trips in order", "[civil_date]") {
    // One REQUIRE at the end: millions of assertions would only slow the run.
    long long failures = 0;
    CivilDate expected{1, 1, 1};
    for (long long d = beian::days_from_civil(1, 1, 1); d <= beian::days_from_civil(9999, 12, 31);
         ++d) {
        const CivilDate date = beian::civil_from_days(d);
        if (!(date == expected) || !date.is_valid() || date.days_since_epoch() != d) ++failures;
        // Advance the expectation by hand, independently of the algorithms under test.
        if (++expected.day > beian::days_in_month(expected.year, expected.month)) {
            expected.day = 1;
            if (++expected.month > 12) {
                expected.month = 1;
                ++expected.year;
            }
        }
    }
    REQUIRE(failures == 0);
}

TEST_CASE("weekday counts Monday as 0", "[civil_date]") {
    struct Case {
        CivilDate date;
        int weekday;
    };
    const auto c = GENERATE(values<Case>({
        {{1970, 1, 1}, 3},    // Thursday
        {{2000, 1, 1}, 5},    // Saturday
        {{2024, 4, 30}, 1},   // 二 (rules.md §5.2)
        {{2025, 9, 26}, 4},   // 五
        {{2026, 2, 13}, 4},   // 五
        {{2026, 9, 30}, 2},   // 三
        {{2026, 10, 10}, 5},  // 六, a 调休上班 day
        {{2026, 11, 29}, 6},  // Sunday
        {{1969, 12, 29}, 0},  // Monday before the epoch
        {{1, 1, 1}, 0},       // proleptic Gregorian 0001-01-01 was a Monday
    }));
    CAPTURE(c.date.to_string());
    CHECK(c.date.weekday() == c.weekday);
}

TEST_CASE("add_days crosses months, leap days and years", "[civil_date]") {
    struct Case {
        CivilDate from;
        long long days;
        CivilDate to;
    };
    const auto c = GENERATE(values<Case>({
        {{2024, 2, 28}, 1, {2024, 2, 29}},
        {{2024, 2, 28}, 2, {2024, 3, 1}},
        {{2025, 2, 28}, 1, {2025, 3, 1}},
        {{2024, 3, 1}, -1, {2024, 2, 29}},
        {{2026, 12, 31}, 1, {2027, 1, 1}},
        {{2027, 1, 1}, -1, {2026, 12, 31}},
        {{2024, 1, 1}, 365, {2024, 12, 31}},
        {{2025, 1, 1}, 365, {2026, 1, 1}},
        {{2026, 9, 30}, 20, {2026, 10, 20}},
        {{1970, 1, 1}, -719162, {1, 1, 1}},
        {{2026, 11, 29}, 0, {2026, 11, 29}},
    }));
    CAPTURE(c.from.to_string(), c.days);
    CHECK(c.from.add_days(c.days) == c.to);
    CHECK(beian::days_between(c.from, c.to) == c.days);
}

TEST_CASE("dates compare in calendar order", "[civil_date]") {
    CHECK(CivilDate{2026, 1, 31} < CivilDate{2026, 2, 1});
    CHECK(CivilDate{2025, 12, 31} < CivilDate{2026, 1, 1});
    CHECK(CivilDate{2026, 2, 1} > CivilDate{2026, 1, 31});
    CHECK(CivilDate{2026, 2, 1} == CivilDate{2026, 2, 1});
    CHECK(CivilDate{2026, 2, 1} != CivilDate{2026, 2, 2});
    CHECK(CivilDate{2026, 2, 1} <= CivilDate{2026, 2, 1});
    std::vector<CivilDate> dates{{2026, 3, 1}, {2024, 12, 31}, {2026, 2, 28}, {2025, 1, 1}};
    std::sort(dates.begin(), dates.end());
    CHECK(dates ==
          std::vector<CivilDate>{{2024, 12, 31}, {2025, 1, 1}, {2026, 2, 28}, {2026, 3, 1}});
}

TEST_CASE("today_utc is a real, recent date", "[civil_date]") {
    const CivilDate today = beian::today_utc();
    CHECK(today.is_valid());
    CHECK(today >= CivilDate{2024, 1, 1});
    CHECK(CivilDate::parse(today.to_string()) == today);
}
