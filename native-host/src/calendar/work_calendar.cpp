#include "calendar/work_calendar.hpp"

#include <charconv>
#include <stdexcept>

#include "schema/schema_validator.hpp"

namespace beian::calendar {
namespace {

[[noreturn]] void malformed(const std::string& why) {
    throw std::runtime_error("holiday calendar: " + why);
}

int parse_year(const std::string& key) {
    int year = 0;
    const auto* end = key.data() + key.size();
    const auto [ptr, ec] = std::from_chars(key.data(), end, year);
    if (key.size() != 4 || ec != std::errc() || ptr != end || year < 1)
        malformed("year key '" + key + "' is not YYYY");
    return year;
}

CivilDate parse_date_in(const nlohmann::json& value, int year) {
    if (!value.is_string()) malformed("a date in " + std::to_string(year) + " is not a string");
    const auto date = CivilDate::parse(value.get<std::string>());
    if (!date) malformed("'" + value.get<std::string>() + "' is not a YYYY-MM-DD date");
    // A date filed under the wrong year would leave its own year looking complete.
    if (date->year != year)
        malformed(date->to_string() + " is listed under " + std::to_string(year));
    return *date;
}

bool is_weekend(const CivilDate& date) { return date.weekday() >= 5; }

}  // namespace

WorkCalendar WorkCalendar::from_json(const nlohmann::json& document) {
    if (!document.is_object()) malformed("not a JSON object");
    const auto source = document.find("source");
    const auto years = document.find("years");
    if (source == document.end() || !source->is_string()) malformed("no \"source\"");
    if (years == document.end() || !years->is_object() || years->empty()) malformed("no \"years\"");

    WorkCalendar calendar;
    calendar.source_ = source->get<std::string>();
    int previous = 0;
    // nlohmann::json objects iterate in key order, and 4-digit keys sort as years.
    for (const auto& [key, entry] : years->items()) {
        const int year = parse_year(key);
        // A missing year in the middle would read as a year without holidays.
        if (previous != 0 && year != previous + 1)
            malformed("years " + std::to_string(previous) + " and " + std::to_string(year) +
                      " are not consecutive");
        previous = year;
        if (!entry.is_object() || !entry.contains("holidays") || !entry.contains("workdays") ||
            !entry["holidays"].is_array() || !entry["workdays"].is_array())
            malformed(key + " needs \"holidays\" and \"workdays\" arrays");
        if (entry["holidays"].empty()) malformed(key + " has no holidays");

        for (const auto& holiday : entry["holidays"]) {
            if (!holiday.is_object() || !holiday.contains("date") || !holiday.contains("name") ||
                !holiday["name"].is_string())
                malformed("a holiday of " + key + " needs \"date\" and \"name\"");
            const auto date = parse_date_in(holiday["date"], year);
            if (!calendar.holidays_.emplace(date, holiday["name"].get<std::string>()).second)
                malformed(date.to_string() + " is listed twice");
        }
        for (const auto& value : entry["workdays"]) {
            const auto date = parse_date_in(value, year);
            // 调休上班 is by definition a weekend day made a working day.
            if (!is_weekend(date)) malformed(date.to_string() + " is a 调休上班 day on a weekday");
            if (calendar.holidays_.count(date))
                malformed(date.to_string() + " is both 放假 and 调休上班");
            if (!calendar.makeup_days_.insert(date).second)
                malformed(date.to_string() + " is listed twice");
        }
        if (calendar.first_year_ == 0) calendar.first_year_ = year;
        calendar.last_year_ = year;
    }
    return calendar;
}

const WorkCalendar& WorkCalendar::embedded() {
    static const WorkCalendar calendar =
        from_json(schema::embedded_json("schemas/calendar/holidays-cn.json"));
    return calendar;
}

bool WorkCalendar::covers(const CivilDate& date) const {
    return date.year >= first_year_ && date.year <= last_year_;
}

void WorkCalendar::require_covered(const CivilDate& date) const {
    if (!covers(date))
        throw std::out_of_range("holiday calendar (" + source_ + ") covers " +
                                std::to_string(first_year_) + "–" + std::to_string(last_year_) +
                                ", not " + date.to_string());
}

bool WorkCalendar::is_holiday(const CivilDate& date) const {
    require_covered(date);
    return holidays_.count(date) > 0;
}

bool WorkCalendar::is_makeup_day(const CivilDate& date) const {
    require_covered(date);
    return makeup_days_.count(date) > 0;
}

bool WorkCalendar::is_working_day(const CivilDate& date, bool count_makeup_days) const {
    if (is_makeup_day(date)) return count_makeup_days;
    return !is_weekend(date) && !is_holiday(date);
}

std::vector<Holiday> WorkCalendar::holidays(int year) const {
    std::vector<Holiday> result;
    for (auto it = holidays_.lower_bound({year, 1, 1});
         it != holidays_.end() && it->first.year == year; ++it)
        result.push_back({it->first, it->second});
    return result;
}

std::vector<CivilDate> WorkCalendar::makeup_days(int year) const {
    return {makeup_days_.lower_bound({year, 1, 1}), makeup_days_.lower_bound({year + 1, 1, 1})};
}

}  // namespace beian::calendar
