#include "calendar/statutory_days.hpp"

#include <algorithm>
#include <array>

namespace beian::calendar {
namespace {

struct FixedHoliday {
    int month;
    int day;
    std::string_view name;
};

// 《全国年节及纪念日放假办法》第二条 (2024 revision): the only 全体公民放假
// days given by a solar date. Keep fixed_statutory_holidays_zh() in step.
constexpr std::array<FixedHoliday, 6> kFixedHolidays{{
    {1, 1, "元旦"},
    {5, 1, "劳动节"},
    {5, 2, "劳动节"},
    {10, 1, "国庆节"},
    {10, 2, "国庆节"},
    {10, 3, "国庆节"},
}};

}  // namespace

bool is_fixed_statutory_holiday(const CivilDate& date) {
    return std::any_of(kFixedHolidays.begin(), kFixedHolidays.end(), [&](const auto& fixed) {
        return fixed.month == date.month && fixed.day == date.day;
    });
}

bool is_provisional_working_day(const CivilDate& date) {
    return date.weekday() < 5 && !is_fixed_statutory_holiday(date);
}

std::string_view fixed_statutory_holidays_zh() {
    return "元旦 1月1日、劳动节 5月1日–2日、国庆节 10月1日–3日";
}

}  // namespace beian::calendar
