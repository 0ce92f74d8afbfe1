// Working-day deadlines (rules.md §5): the worked examples checked by hand,
// a sweep around every 2024–2026 holiday block and 调休上班 day against an
// independent walker (std::chrono and a table typed from rules.md §5.1, not
// the calendar under test), the yearly counts, and provisional results past
// the data.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "calendar/deadlines.hpp"
#include "calendar/work_calendar.hpp"
#include "schema/schema_validator.hpp"

using beian::CivilDate;
using beian::calendar::compute_due;
using beian::calendar::DeadlineKind;
using beian::calendar::WorkCalendar;

namespace {

CivilDate date(const char* text) {
    const auto parsed = CivilDate::parse(text);
    if (!parsed) throw std::invalid_argument(text);
    return *parsed;
}

// rules.md §5.1, typed from its tables: every 放假 block and 调休上班 day.
struct Block {
    const char* first;
    const char* last;
    const char* name;
};
const std::vector<Block> kBlocks = {
    {"2024-01-01", "2024-01-01", "元旦"},           {"2024-02-10", "2024-02-17", "春节"},
    {"2024-04-04", "2024-04-06", "清明节"},         {"2024-05-01", "2024-05-05", "劳动节"},
    {"2024-06-10", "2024-06-10", "端午节"},         {"2024-09-15", "2024-09-17", "中秋节"},
    {"2024-10-01", "2024-10-07", "国庆节"},         {"2025-01-01", "2025-01-01", "元旦"},
    {"2025-01-28", "2025-02-04", "春节"},           {"2025-04-04", "2025-04-06", "清明节"},
    {"2025-05-01", "2025-05-05", "劳动节"},         {"2025-05-31", "2025-06-02", "端午节"},
    {"2025-10-01", "2025-10-08", "国庆节、中秋节"}, {"2026-01-01", "2026-01-03", "元旦"},
    {"2026-02-15", "2026-02-23", "春节"},           {"2026-04-04", "2026-04-06", "清明节"},
    {"2026-05-01", "2026-05-05", "劳动节"},         {"2026-06-19", "2026-06-21", "端午节"},
    {"2026-09-25", "2026-09-27", "中秋节"},         {"2026-10-01", "2026-10-07", "国庆节"},
};
const std::vector<std::string> kMakeupDays = {
    "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
    "2024-09-14", "2024-09-29", "2024-10-12", "2025-01-26", "2025-02-08",
    "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14",
    "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
};

// The reference walker: plain std::chrono days and string sets.
namespace chr = std::chrono;

chr::sys_days to_days(const std::string& text) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(text.c_str(), "%d-%d-%d", &y, &m, &d) != 3) throw std::invalid_argument(text);
    return chr::sys_days{chr::year{y} / m / d};
}

std::string to_text(chr::sys_days days) {
    const chr::year_month_day ymd{days};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buffer;
}

std::set<std::string> off_days() {
    std::set<std::string> off;
    for (const auto& block : kBlocks)
        for (auto d = to_days(block.first); d <= to_days(block.last); d += chr::days{1})
            off.insert(to_text(d));
    return off;
}

std::string reference_due(const std::string& event, int working_days, bool count_makeup) {
    static const auto off = off_days();
    static const std::set<std::string> makeup(kMakeupDays.begin(), kMakeupDays.end());
    auto day = to_days(event);
    for (int counted = 0; counted < working_days;) {
        day += chr::days{1};
        const auto text = to_text(day);
        REQUIRE(text <= "2026-12-31");  // the sweep stays inside the published years
        const chr::weekday wd{day};
        const bool weekend = wd == chr::Saturday || wd == chr::Sunday;
        if (makeup.count(text) ? count_makeup : !weekend && !off.count(text)) ++counted;
    }
    return to_text(day);
}

}  // namespace

TEST_CASE("deadline rules: 备案 and 变更 10 working days, 注销 20", "[deadline]") {
    using beian::calendar::deadline_rule;
    using beian::calendar::parse_deadline_kind;
    CHECK(deadline_rule(DeadlineKind::FirstFiling).working_days == 10);
    CHECK(deadline_rule(DeadlineKind::Change).working_days == 10);
    CHECK(deadline_rule(DeadlineKind::Deregistration).working_days == 20);
    CHECK(parse_deadline_kind("first-filing") == DeadlineKind::FirstFiling);
    CHECK(parse_deadline_kind("change") == DeadlineKind::Change);
    CHECK(parse_deadline_kind("deregistration") == DeadlineKind::Deregistration);
    CHECK_FALSE(parse_deadline_kind("Change").has_value());
    CHECK_FALSE(parse_deadline_kind("").has_value());
}

TEST_CASE("worked examples of rules.md §5.2, with and without 调休上班", "[deadline]") {
    struct Case {
        DeadlineKind kind;
        const char* event;
        const char* due;
        const char* due_without_makeup;
    };
    // Hand-checked against the §5.1 tables; the first four are rules.md's own.
    const auto c = GENERATE(values<Case>({
        {DeadlineKind::Change, "2026-09-30", "2026-10-20", "2026-10-21"},
        {DeadlineKind::Change, "2026-02-13", "2026-03-05", "2026-03-09"},
        {DeadlineKind::Change, "2025-09-26", "2025-10-16", "2025-10-20"},
        {DeadlineKind::Change, "2024-04-30", "2024-05-16", "2024-05-17"},
        {DeadlineKind::FirstFiling, "2026-09-30", "2026-10-20", "2026-10-21"},
        {DeadlineKind::FirstFiling, "2026-12-17", "2026-12-31", "2026-12-31"},
        {DeadlineKind::Deregistration, "2026-09-30", "2026-11-03", "2026-11-04"},
        {DeadlineKind::Deregistration, "2025-01-24", "2025-02-27", "2025-03-03"},
        // The last day before the data: only 2024 days are counted.
        {DeadlineKind::Change, "2023-12-31", "2024-01-15", "2024-01-15"},
        {DeadlineKind::Change, "2024-12-31", "2025-01-15", "2025-01-15"},
    }));
    CAPTURE(c.event);
    const auto with = compute_due(c.kind, date(c.event));
    CHECK(with.due.to_string() == c.due);
    CHECK_FALSE(with.provisional);
    CHECK(with.reason.empty());
    const auto without = compute_due(c.kind, date(c.event), {.count_makeup_days = false});
    CHECK(without.due.to_string() == c.due_without_makeup);
    CHECK_FALSE(without.provisional);
}

TEST_CASE("the calendar holds exactly the §5.1 blocks and 调休上班 days", "[deadline]") {
    const auto& calendar = WorkCalendar::embedded();
    REQUIRE(calendar.first_year() == 2024);
    REQUIRE(calendar.last_year() >= 2026);
    std::vector<std::pair<std::string, std::string>> expected, actual;
    for (const auto& block : kBlocks)
        for (auto d = to_days(block.first); d <= to_days(block.last); d += chr::days{1})
            expected.emplace_back(to_text(d), block.name);
    std::vector<std::string> makeup;
    for (int year = 2024; year <= 2026; ++year) {
        for (const auto& holiday : calendar.holidays(year))
            actual.emplace_back(holiday.date.to_string(), holiday.name);
        for (const auto& day : calendar.makeup_days(year)) makeup.push_back(day.to_string());
    }
    CHECK(actual == expected);
    CHECK(makeup == kMakeupDays);
}

TEST_CASE("counts pinned: 放假 28/28/33, 调休上班 8/5/6, working days 251/248/248", "[deadline]") {
    const auto& calendar = WorkCalendar::embedded();
    struct Case {
        int year, holidays, makeup, working, working_without_makeup;
    };
    const auto c = GENERATE(values<Case>({
        {2024, 28, 8, 251, 243},
        {2025, 28, 5, 248, 243},
        {2026, 33, 6, 248, 242},
    }));
    CAPTURE(c.year);
    CHECK(calendar.holidays(c.year).size() == std::size_t(c.holidays));
    CHECK(calendar.makeup_days(c.year).size() == std::size_t(c.makeup));
    int working = 0, without = 0;
    for (auto d = CivilDate{c.year, 1, 1}; d.year == c.year; d = d.add_days(1)) {
        working += calendar.is_working_day(d);
        without += calendar.is_working_day(d, false);
    }
    CHECK(working == c.working);
    CHECK(without == c.working_without_makeup);
}

TEST_CASE("sweep: around every holiday block and 调休上班 day, both settings", "[deadline]") {
    struct Event {
        std::string date;
        std::string why;
    };
    std::vector<Event> events;
    for (const auto& block : kBlocks) {
        events.push_back({to_text(to_days(block.first) - chr::days{1}), "day before"});
        events.push_back({block.first, "first day"});
    }
    for (const auto& day : kMakeupDays) events.push_back({day, "调休上班"});
    REQUIRE(events.size() == 2 * 20 + 19);

    int checked = 0;
    for (const auto& event : events) {
        for (auto kind :
             {DeadlineKind::FirstFiling, DeadlineKind::Change, DeadlineKind::Deregistration}) {
            const int n = beian::calendar::deadline_rule(kind).working_days;
            for (bool makeup : {true, false}) {
                CAPTURE(event.date, event.why, n, makeup);
                const auto due =
                    compute_due(kind, date(event.date.c_str()), {.count_makeup_days = makeup});
                CHECK(due.due.to_string() == reference_due(event.date, n, makeup));
                CHECK_FALSE(due.provisional);
                ++checked;
            }
        }
    }
    CHECK(checked == 59 * 3 * 2);
}

TEST_CASE("past the data the due date is provisional, with the fixed statutory days off",
          "[deadline]") {
    struct Case {
        DeadlineKind kind;
        const char* event;
        const char* due;
    };
    // Weekends plus 2027-01-01, 05-01–02 and 10-01–03 off: hand-counted.
    const auto c = GENERATE(values<Case>({
        {DeadlineKind::Change, "2026-12-25", "2027-01-11"},  // rules.md §5.2
        {DeadlineKind::FirstFiling, "2026-12-18", "2027-01-04"},
        {DeadlineKind::Deregistration, "2026-12-25", "2027-01-25"},
        {DeadlineKind::Change, "2027-04-28", "2027-05-12"},
        {DeadlineKind::Change, "2027-09-28", "2027-10-13"},
    }));
    CAPTURE(c.event);
    for (bool makeup : {true, false}) {
        const auto due = compute_due(c.kind, date(c.event), {.count_makeup_days = makeup});
        CHECK(due.due.to_string() == c.due);
        CHECK(due.provisional);
        CHECK(due.reason.find("2027") != std::string::npos);
        CHECK(due.reason.find("provisional") == std::string::npos);  // the CLI adds the label
        CHECK(due.reason.find("2024–2026") != std::string::npos);
    }
}

TEST_CASE("no silent counting outside the data", "[deadline]") {
    const auto& calendar = WorkCalendar::embedded();
    CHECK_THROWS_AS(calendar.is_working_day(date("2027-01-04")), std::out_of_range);
    CHECK_THROWS_AS(calendar.is_working_day(date("2023-12-29")), std::out_of_range);
    CHECK_THROWS_AS(calendar.is_holiday(date("2023-10-01")), std::out_of_range);
    // A day to count before 2024 has no data and no trustworthy fallback.
    CHECK_THROWS_AS(compute_due(DeadlineKind::Change, date("2023-12-01")), std::out_of_range);
    CHECK_THROWS_AS(compute_due(DeadlineKind::Change, date("9999-12-31")), std::out_of_range);
}

TEST_CASE("WorkCalendar::from_json rejects inconsistent data", "[deadline]") {
    // years: the "years" object as JSON text.
    const auto doc = [](const std::string& years) {
        return nlohmann::json::parse(R"({"source": "test", "years": )" + years + "}");
    };
    const std::string y2024 =
        R"("2024": {"holidays": [{"date": "2024-01-01", "name": "元旦"}], "workdays": []})";
    const std::string y2025 = R"("2025": {"holidays": [{"date": "2025-01-01", "name": "元旦"}],)"
                              R"( "workdays": ["2025-01-26"]})";

    const auto good = WorkCalendar::from_json(doc("{" + y2024 + ", " + y2025 + "}"));
    CHECK(good.first_year() == 2024);
    CHECK(good.last_year() == 2025);
    CHECK(good.source() == "test");
    CHECK(good.is_working_day(date("2025-01-26")));
    CHECK_FALSE(good.is_working_day(date("2025-01-26"), false));
    CHECK_FALSE(good.is_working_day(date("2025-01-01")));
    CHECK(good.is_working_day(date("2025-01-02")));
    CHECK_THROWS_AS(good.is_working_day(date("2026-01-05")), std::out_of_range);

    const auto one_year = [](const std::string& holidays, const std::string& workdays) {
        return R"({"2025": {"holidays": )" + holidays + R"(, "workdays": )" + workdays + "}}";
    };
    const auto bad = GENERATE_COPY(values<std::string>({
        "[]", "{}",
        "{" + y2024 + R"(, "2026": {"holidays": [{"date": "2026-01-01", "name": "元旦"}],)" +
            R"( "workdays": []}})",  // a gap
        R"({"24": {"holidays": [{"date": "2024-01-01", "name": "元旦"}], "workdays": []}})",
        one_year(R"([{"date": "2024-01-01", "name": "元旦"}])", "[]"),                 // wrong year
        one_year(R"([{"date": "2025-01-01", "name": "元旦"}])", R"(["2025-01-27"])"),  // Monday
        one_year(R"([{"date": "2025-02-01", "name": "春节"}])", R"(["2025-02-01"])"),  // both
        one_year(R"([{"date": "2025-02-30", "name": "春节"}])", "[]"),    // no such date
        one_year("[]", "[]"),                                             // no holidays
        one_year(R"([{"date": "2025-01-01"}])", "[]"),                    // no name
        one_year(R"([{"date": "2025-01-01", "name": "元旦"}])", "null"),  // no workdays
    }));
    CAPTURE(bad);
    CHECK_THROWS_AS(WorkCalendar::from_json(doc(bad)), std::runtime_error);
}

TEST_CASE("the embedded calendar equals the reference file for 2024–2026", "[deadline]") {
    // The hand-checked reference lives beside the repository (shared/reference),
    // not in it; BEIAN_CALENDAR_REFERENCE names it elsewhere.
    std::vector<std::filesystem::path> candidates;
    if (const char* env = std::getenv("BEIAN_CALENDAR_REFERENCE")) candidates.emplace_back(env);
    candidates.emplace_back(std::filesystem::path(BEIAN_SOURCE_DIR) /
                            "../shared/reference/holidays_cn_2024_2026.json");
    std::filesystem::path found;
    for (const auto& path : candidates)
        if (found.empty() && std::filesystem::exists(path)) found = path;
    if (found.empty()) {
        WARN(
            "reference calendar not found beside the repository: compared with the §5.1 "
            "table only");
        return;
    }
    std::ifstream file(found);
    const auto reference = nlohmann::json::parse(file);
    const auto embedded = beian::schema::embedded_json("schemas/calendar/holidays-cn.json");
    CHECK(embedded["source"].get<std::string>().rfind("chinese-days@", 0) == 0);
    for (const auto& [year, entry] : reference.items()) {
        CAPTURE(year);
        CHECK(embedded["years"][year] == entry);
    }
    CHECK(reference.size() == 3);
}
