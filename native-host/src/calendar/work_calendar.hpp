// China's official working-day calendar: the 放假 dates and the 调休上班
// weekend days of each year that the State Council has announced, read from
// schemas/calendar/holidays-cn.json (made by scripts/refresh-calendar.mjs).
// It answers only for the years it holds: asking about any other date throws,
// so no deadline is ever computed from missing data by accident.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "util/civil_date.hpp"

namespace beian::calendar {

struct Holiday {
    CivilDate date;
    std::string name;  // the notice's name of the break, e.g. "国庆节、中秋节"
};

class WorkCalendar {
  public:
    // {"source", "generated", "years": {"2024": {"holidays": [{date, name}],
    // "workdays": [date]}, …}}. Throws std::runtime_error when the document is
    // malformed or inconsistent (a gap between years, a date filed under the
    // wrong year, a 调休上班 day that is not a weekend day, a day both off and on).
    static WorkCalendar from_json(const nlohmann::json& document);

    // The calendar compiled into the binary, loaded once.
    static const WorkCalendar& embedded();

    const std::string& source() const { return source_; }  // "chinese-days@1.5.7"
    int first_year() const { return first_year_; }
    int last_year() const { return last_year_; }
    bool covers(const CivilDate& date) const;

    // Mon–Fri and not 放假, or a 调休上班 day when count_makeup_days (the
    // default: they are official working days). Throws std::out_of_range for
    // a date outside [first_year, last_year].
    bool is_working_day(const CivilDate& date, bool count_makeup_days = true) const;
    bool is_holiday(const CivilDate& date) const;     // a 放假 date (weekends in a break too)
    bool is_makeup_day(const CivilDate& date) const;  // a 调休上班 day

    // Of one covered year, in date order.
    std::vector<Holiday> holidays(int year) const;
    std::vector<CivilDate> makeup_days(int year) const;

  private:
    void require_covered(const CivilDate& date) const;

    std::string source_;
    int first_year_ = 0;
    int last_year_ = -1;
    std::map<CivilDate, std::string> holidays_;
    std::set<CivilDate> makeup_days_;
};

}  // namespace beian::calendar
