// A calendar date without time or zone: what filing forms, ID numbers and
// "N个工作日内" deadlines talk about. Proleptic Gregorian, so day arithmetic is
// plain integer arithmetic on a day count (days since 1970-01-01).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace beian {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    // Strict "YYYY-MM-DD" (exactly 10 ASCII characters) naming a real date;
    // anything else, including 2025-02-29, is nullopt.
    static std::optional<CivilDate> parse(std::string_view text);

    // Years 1..9999 (what YYYY can write), months 1..12, days within the month.
    bool is_valid() const;
    std::string to_string() const;  // "YYYY-MM-DD", zero padded

    std::int64_t days_since_epoch() const;  // 1970-01-01 is 0
    int weekday() const;                    // 0 = Monday … 6 = Sunday
    CivilDate add_days(std::int64_t days) const;

    // Member order is year, month, day, so member-wise order is date order.
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12

// Howard Hinnant's algorithms: exact for every date a 32-bit year can hold.
std::int64_t days_from_civil(int year, int month, int day);
CivilDate civil_from_days(std::int64_t days);

// Whole days since 1970-01-01 (signed, may be negative) between two dates.
std::int64_t days_between(const CivilDate& from, const CivilDate& to);

// Today's date in UTC from the system clock.
CivilDate today_utc();

}  // namespace beian
