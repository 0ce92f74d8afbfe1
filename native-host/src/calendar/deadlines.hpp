// The filing deadlines of 《互联网信息服务算法推荐管理规定》第二十四条, counted
// in working days: "N个工作日内" ends with the Nth working day after the event
// (民法典第二百零一条: the event day is not counted; 第一千二百五十九条: "以内"
// includes the Nth day). Holidays are skipped; 调休上班 days count unless the
// filer turns that off (no statute says so either way: rules.md §5.2).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "calendar/work_calendar.hpp"
#include "util/civil_date.hpp"

namespace beian::calendar {

enum class DeadlineKind { FirstFiling, Change, Deregistration };

struct DeadlineRule {
    DeadlineKind kind;
    std::string_view id;         // command-line name: "first-filing", "change", "deregistration"
    std::string_view event_zh;   // what starts the clock
    std::string_view action_zh;  // what must be done by the due date
    int working_days;
};

const DeadlineRule& deadline_rule(DeadlineKind kind);
std::optional<DeadlineKind> parse_deadline_kind(std::string_view id);

struct DeadlineOptions {
    bool count_makeup_days = true;  // 调休上班 weekend days are working days
};

struct DueDate {
    CivilDate due;
    // Some counted day lies past the calendar data: due was found with only
    // the fixed statutory holidays and weekends (statutory_days.hpp), and the
    // notice for that year may move it later. reason says so (zh / en).
    bool provisional = false;
    std::string reason;  // "" when not provisional
};

// The last day to act for an event on `event`. Throws std::out_of_range when
// a day to count lies before the calendar's first year (no data, and no
// fallback worth trusting) or past year 9999.
DueDate compute_due(const WorkCalendar& calendar, DeadlineKind kind, const CivilDate& event,
                    DeadlineOptions options = {});

// The same with the calendar compiled into the binary.
DueDate compute_due(DeadlineKind kind, const CivilDate& event, DeadlineOptions options = {});

}  // namespace beian::calendar
