// What is known of a year whose holiday notice is not in the calendar data
// yet: the solar-calendar days the 《全国年节及纪念日放假办法》 (as revised,
// in force from 2025) fixes as 放假. The lunar festivals (春节, 除夕, 端午,
// 中秋), 清明 and every 调休 arrangement are unknown until the notice, so a
// working day found this way is provisional: the real one can only be later.
#pragma once

#include <string_view>

#include "util/civil_date.hpp"

namespace beian::calendar {

// 元旦 01-01, 劳动节 05-01–05-02, 国庆节 10-01–10-03.
bool is_fixed_statutory_holiday(const CivilDate& date);

// Mon–Fri and not a fixed statutory holiday.
bool is_provisional_working_day(const CivilDate& date);

// "元旦 1月1日、劳动节 5月1日–2日、国庆节 10月1日–3日", for messages.
std::string_view fixed_statutory_holidays_zh();

}  // namespace beian::calendar
