#include "util/civil_date.hpp"

#include <chrono>
#include <cstdio>

namespace beian {
namespace {

// Two ASCII digits at text[pos], or -1.
int two_digits(std::string_view text, std::size_t pos) {
    const char a = text[pos];
    const char b = text[pos + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
}

// Floor division, so negative day counts (dates before 1970) map correctly.
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[month - 1];
}

std::int64_t days_from_civil(int year, int month, int day) {
    // Shift the year to start in March so the leap day is the last day of the year.
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t yoe = y - era * 400;                          // [0, 399]
    const std::int64_t mp = (month + 9) % 12;                        // March = 0
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;           // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  // [0, 146096]
    return era * 146097 + doe - 719468;  // 719468 = days from 0000-03-01 to 1970-01-01
}

CivilDate civil_from_days(std::int64_t days) {
    const std::int64_t z = days + 719468;
    const std::int64_t era = floor_div(z, 146097);
    const std::int64_t doe = z - era * 146097;                                       // [0, 146096]
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
    const std::int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

std::optional<CivilDate> CivilDate::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const int hi = two_digits(text, 0);
    const int lo = two_digits(text, 2);
    const int month = two_digits(text, 5);
    const int day = two_digits(text, 8);
    if (hi < 0 || lo < 0 || month < 0 || day < 0) return std::nullopt;
    const CivilDate date{hi * 100 + lo, month, day};
    if (!date.is_valid()) return std::nullopt;
    return date;
}

bool CivilDate::is_valid() const {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

std::string CivilDate::to_string() const {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::int64_t CivilDate::days_since_epoch() const { return days_from_civil(year, month, day); }

int CivilDate::weekday() const {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const std::int64_t w = (days_since_epoch() + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

CivilDate CivilDate::add_days(std::int64_t days) const {
    return civil_from_days(days_since_epoch() + days);
}

std::int64_t days_between(const CivilDate& from, const CivilDate& to) {
    return to.days_since_epoch() - from.days_since_epoch();
}

CivilDate today_utc() {
    using namespace std::chrono;
    const auto days = floor<std::chrono::days>(system_clock::now()).time_since_epoch().count();
    return civil_from_days(static_cast<std::int64_t>(days));
}

}  // namespace beian
