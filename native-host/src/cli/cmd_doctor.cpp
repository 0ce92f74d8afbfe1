// `doctor`: checks that a browser can reach this host and says, for every
// problem, the command that fixes it. Exit 0 when all is well, 1 otherwise.
#include <ostream>

#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "install/doctor.hpp"
#include "install/self_path.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

using namespace beian::install;

struct StatusLabel {
    Status status;
    const char* text;
};
const StatusLabel kLabels[] = {
    {Status::Ok, "[正常 ok]     "},
    {Status::Info, "[信息 info]   "},
    {Status::Warning, "[注意 warning]"},
    {Status::Problem, "[问题 problem]"},
};

const char* label(Status status) {
    for (const auto& entry : kLabels)
        if (entry.status == status) return entry.text;
    return "";
}

void print_json(const DoctorReport& report, CommandIo& io) {
    nlohmann::json out = {{"ok", report.ok()},
                          {"binary", report.binary.string()},
                          {"checks", nlohmann::json::array()},
                          {"summary",
                           {{"problems", report.count(Status::Problem)},
                            {"warnings", report.count(Status::Warning)}}}};
    for (const auto& check : report.checks)
        out["checks"].push_back(
            {{"status", status_name(check.status)},
             {"code", check.code},
             {"browser", check.browser ? nlohmann::json(browser_info(*check.browser).key)
                                       : nlohmann::json(nullptr)},
             {"path", check.path},
             {"message", {{"zh", check.zh}, {"en", check.en}}},
             {"fix", check.fix.empty() ? nlohmann::json(nullptr) : nlohmann::json(check.fix)}});
    io.out << out.dump(2) << "\n";
}

// Grouped by browser, in table order, after the general checks.
void print_text(const DoctorReport& report, CommandIo& io) {
    io.out << "beian-assist doctor — 检查浏览器连接 / checking the browser connection\n";
    std::optional<BrowserId> group;
    bool first = true;
    for (const auto& check : report.checks) {
        if (first || check.browser != group) {
            io.out << "\n";
            if (check.browser) io.out << browser_info(*check.browser).display << "\n";
            group = check.browser;
            first = false;
        }
        io.out << "  " << label(check.status) << " " << check.zh << "\n"
               << "                 " << check.en << "\n";
        if (!check.fix.empty()) io.out << "      修复 / fix: " << check.fix << "\n";
    }
    const auto problems = report.count(Status::Problem);
    const auto warnings = report.count(Status::Warning);
    io.out << "\n结果 / result: " << problems << " 个问题，" << warnings << " 个注意 / " << problems
           << " problem(s), " << warnings << " warning(s)"
           << (report.ok() ? " — 一切正常 / all is well" : "") << "\n";
}

}  // namespace

int cmd_doctor(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {});
    for (const auto& flag : parsed.flags) {
        if (flag == "--json") continue;
        io.err << "beian-assist doctor: unknown option " << flag
               << "\nUsage: beian-assist doctor [--json]\n";
        return exit_code::kUnusable;
    }
    if (!parsed.positional.empty()) {
        io.err << "beian-assist doctor: unexpected argument '" << parsed.positional[0]
               << "'\nUsage: beian-assist doctor [--json]\n";
        return exit_code::kUnusable;
    }
    DoctorOptions options;
    options.data_dir = storage::default_data_dir();
    const auto report = run_doctor(Environment::from_process(), self_executable(), options);
    if (parsed.flag("--json"))
        print_json(report, io);
    else
        print_text(report, io);
    return report.ok() ? exit_code::kOk : exit_code::kFindings;
}

}  // namespace beian::cli
