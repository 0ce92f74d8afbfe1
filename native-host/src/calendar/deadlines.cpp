#include "calendar/deadlines.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "calendar/statutory_days.hpp"

namespace beian::calendar {
namespace {

// 《互联网信息服务算法推荐管理规定》第二十四条: 提供服务之日起十个工作日内备案,
// 变更之日起十个工作日内办理变更, 终止服务之日起二十个工作日内办理注销.
constexpr std::array<DeadlineRule, 3> kDeadlineRules{{
    {DeadlineKind::FirstFiling, "first-filing", "服务上线", "备案", 10},
    {DeadlineKind::Change, "change", "备案信息变更", "办理变更手续", 10},
    {DeadlineKind::Deregistration, "deregistration", "服务终止", "办理注销备案手续", 20},
}};

std::string provisional_reason(const WorkCalendar& calendar, int year) {
    const auto first = std::to_string(calendar.first_year());
    const auto last = std::to_string(calendar.last_year());
    const auto y = std::to_string(year);
    return y + " 年的放假安排尚未收录（日历数据 " + calendar.source() + " 覆盖 " + first + "–" +
           last + " 年），按《全国年节及纪念日放假办法》的固定假日（" +
           std::string(fixed_statutory_holidays_zh()) +
           "）和周末推算，农历节日与调休未计入，待国务院办公厅公布 " + y +
           " 年安排后核对，截止日可能推后 / the " + y +
           " holiday notice is not in the calendar data (" + first + "–" + last +
           "): counted with weekends and the fixed statutory holidays only; lunar holidays and "
           "make-up days are unknown, so the real due date may be later";
}

}  // namespace

const DeadlineRule& deadline_rule(DeadlineKind kind) {
    const auto it = std::find_if(kDeadlineRules.begin(), kDeadlineRules.end(),
                                 [&](const auto& rule) { return rule.kind == kind; });
    if (it == kDeadlineRules.end()) throw std::logic_error("deadline kind without a rule");
    return *it;
}

std::optional<DeadlineKind> parse_deadline_kind(std::string_view id) {
    for (const auto& rule : kDeadlineRules)
        if (rule.id == id) return rule.kind;
    return std::nullopt;
}

DueDate compute_due(const WorkCalendar& calendar, DeadlineKind kind, const CivilDate& event,
                    DeadlineOptions options) {
    DueDate result;
    int first_uncovered_year = 0;
    CivilDate day = event;  // the event day itself is not counted
    for (int counted = 0; counted < deadline_rule(kind).working_days;) {
        day = day.add_days(1);
        if (!day.is_valid()) throw std::out_of_range("a due date after 9999-12-31");
        if (day.year < calendar.first_year())
            throw std::out_of_range("holiday calendar (" + calendar.source() + ") starts " +
                                    std::to_string(calendar.first_year()) +
                                    "-01-01; cannot count working days before it");
        bool working = false;
        if (calendar.covers(day)) {
            working = calendar.is_working_day(day, options.count_makeup_days);
        } else {
            // Never count silently past the data: what is known, flagged.
            if (first_uncovered_year == 0) first_uncovered_year = day.year;
            working = is_provisional_working_day(day);
        }
        if (working) ++counted;
    }
    result.due = day;
    if (first_uncovered_year != 0) {
        result.provisional = true;
        result.reason = provisional_reason(calendar, first_uncovered_year);
    }
    return result;
}

DueDate compute_due(DeadlineKind kind, const CivilDate& event, DeadlineOptions options) {
    return compute_due(WorkCalendar::embedded(), kind, event, options);
}

}  // namespace beian::calendar
