// `due KIND DATE`: the last day of a filing deadline, for a person planning
// the next filing. The date comes first, alone on its line, so scripts can
// take it with `head -1`.
#include <ostream>
#include <stdexcept>

#include "calendar/deadlines.hpp"
#include "cli/command.hpp"
#include "host/exit_codes.hpp"

namespace beian::cli {
namespace {

constexpr const char* kUsage =
    "Usage: beian-assist due first-filing|change|deregistration YYYY-MM-DD [--no-makeup-days] "
    "[--json]\n";

int usage_error(CommandIo& io, const std::string& why) {
    io.err << "beian-assist due: " << why << "\n" << kUsage;
    return exit_code::kUnusable;
}

}  // namespace

int cmd_due(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {});
    for (const auto& flag : parsed.flags)
        if (flag != "--json" && flag != "--no-makeup-days")
            return usage_error(io, "unknown option " + flag);
    if (parsed.positional.size() != 2) return usage_error(io, "expected KIND and DATE");
    const auto kind = calendar::parse_deadline_kind(parsed.positional[0]);
    if (!kind) return usage_error(io, "unknown KIND '" + parsed.positional[0] + "'");
    const auto event = CivilDate::parse(parsed.positional[1]);
    if (!event) return usage_error(io, "'" + parsed.positional[1] + "' is not a YYYY-MM-DD date");

    const calendar::DeadlineOptions options{.count_makeup_days = !parsed.flag("--no-makeup-days")};
    const auto& work_calendar = calendar::WorkCalendar::embedded();
    const auto& rule = calendar::deadline_rule(*kind);
    calendar::DueDate due;
    try {
        due = calendar::compute_due(work_calendar, *kind, *event, options);
    } catch (const std::out_of_range& e) {
        io.err << "beian-assist due: " << e.what() << "\n";
        return exit_code::kUnusable;
    }

    if (parsed.flag("--json")) {
        io.out << nlohmann::json{{"kind", rule.id},
                                 {"event", event->to_string()},
                                 {"workingDays", rule.working_days},
                                 {"countMakeupDays", options.count_makeup_days},
                                 {"due", due.due.to_string()},
                                 {"provisional", due.provisional},
                                 {"reason", due.reason},
                                 {"calendar",
                                  {{"source", work_calendar.source()},
                                   {"firstYear", work_calendar.first_year()},
                                   {"lastYear", work_calendar.last_year()}}}}
                      .dump(2)
               << "\n";
        return exit_code::kOk;
    }
    io.out << due.due.to_string() << "\n";
    if (due.provisional) io.out << "临时 / provisional: " << due.reason << "\n";
    io.out << rule.event_zh << " " << event->to_string() << " 起 " << rule.working_days
           << " 个工作日内" << rule.action_zh << "（当日不计入，节假日不计，调休上班日"
           << (options.count_makeup_days ? "计入" : "不计入") << "；日历 " << work_calendar.source()
           << "）\n";
    return exit_code::kOk;
}

}  // namespace beian::cli
