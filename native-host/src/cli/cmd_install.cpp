// `install` and `uninstall`: write (or remove) the native-messaging manifests
// of the chosen browsers, for this user or the whole machine. Both compute a
// plan first, so --dry-run shows exactly what a real run would do and a
// second install reports that nothing changed.
#include <ostream>

#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "install/apply_plan.hpp"
#include "install/browsers.hpp"
#include "install/commands.hpp"
#include "install/install_plan.hpp"
#include "install/registry_plan.hpp"
#include "install/self_path.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

using namespace beian::install;

struct Options {
    bool uninstall = false;
    Scope scope = Scope::User;
    std::optional<std::vector<BrowserId>> browsers;  // nullopt: the detected ones
    bool dry_run = false;
    bool json = false;
};

struct ChangeLabel {
    Change change;
    const char* zh;
    const char* en;
};
const ChangeLabel kLabels[] = {
    {Change::Create, "新建", "create"},
    {Change::Update, "更新", "update"},
    {Change::Unchanged, "未变", "unchanged"},
    {Change::Remove, "删除", "remove"},
};

const ChangeLabel& label(Change change) {
    for (const auto& entry : kLabels)
        if (entry.change == change) return entry;
    return kLabels[0];
}

std::optional<Options> parse(const std::vector<std::string>& args, bool uninstall, CommandIo& io) {
    const char* name = uninstall ? "uninstall" : "install";
    const auto parsed = parse_arguments(args, {"--browser"});
    Options options;
    options.uninstall = uninstall;
    std::string error = parsed.error.value_or("");
    for (const auto& flag : parsed.flags) {
        if (flag == "--user")
            options.scope = Scope::User;
        else if (flag == "--system")
            options.scope = Scope::System;
        else if (flag == "--dry-run")
            options.dry_run = true;
        else if (flag == "--json")
            options.json = true;
        else
            error = "unknown option " + flag;
    }
    if (parsed.flag("--user") && parsed.flag("--system"))
        error = "--user and --system exclude each other";
    if (!parsed.positional.empty()) error = "unexpected argument '" + parsed.positional[0] + "'";
    if (const auto list = parsed.option("--browser"); list && error.empty()) {
        options.browsers = parse_browser_list(*list, error);
    }
    if (!error.empty()) {
        io.err << "beian-assist " << name << ": " << error << "\nUsage: beian-assist " << name
               << " [--user|--system] [--browser chrome,chromium,edge,brave,firefox|all] "
                  "[--dry-run] [--json]\n";
        return std::nullopt;
    }
    return options;
}

nlohmann::json browsers_json(const ManifestLocation& location) {
    auto list = nlohmann::json::array();
    for (const auto id : location.browsers) list.push_back(browser_info(id).key);
    return list;
}

void print_json(const Options& options, const std::filesystem::path& binary, const Plan& plan,
                const std::vector<ApplyFailure>& failures, CommandIo& io) {
    nlohmann::json out = {{"command", options.uninstall ? "uninstall" : "install"},
                          {"scope", scope_name(options.scope)},
                          {"dryRun", options.dry_run},
                          {"binary", binary.string()},
                          {"items", nlohmann::json::array()},
                          {"notes", nlohmann::json::array()},
                          {"changed", plan.changes()},
                          {"failures", nlohmann::json::array()}};
    for (const auto& item : plan.items)
        out["items"].push_back(
            {{"kind", item.kind == ItemKind::Manifest ? "manifest" : "binary"},
             {"change", change_name(item.change)},
             {"browsers", browsers_json(item.location)},
             {"sandbox", item.location.sandbox == Sandbox::Flatpak ? nlohmann::json("flatpak")
                                                                   : nlohmann::json(nullptr)},
             {"path", item.path.string()}});
    for (const auto& note : plan.notes)
        out["notes"].push_back({{"zh", note.zh}, {"en", note.en}, {"command", note.command}});
    for (const auto& failure : failures)
        out["failures"].push_back({{"path", failure.path.string()}, {"message", failure.message}});
    io.out << out.dump(2) << "\n";
}

void print_text(const Options& options, const std::filesystem::path& binary, const Plan& plan,
                const std::vector<ApplyFailure>& failures, CommandIo& io) {
    const bool user = options.scope == Scope::User;
    io.out << "beian-assist " << (options.uninstall ? "uninstall" : "install") << " — "
           << (user ? "用户级 / user" : "系统级 / system")
           << (options.dry_run ? "（预演，不写入 / dry run, nothing written）" : "") << "\n";
    if (!options.uninstall) io.out << "程序 / binary: " << binary.string() << "\n";
    for (const auto& item : plan.items) {
        const auto& l = label(item.change);
        const bool pending = options.dry_run && item.change != Change::Unchanged;
        io.out << "  " << (pending ? "将" : "") << l.zh << " / " << (pending ? "would " : "")
               << l.en << "  " << item.location.browser_names()
               << (item.kind == ItemKind::BinaryCopy ? " 程序副本 / program copy" : "") << ": "
               << item.path.string() << "\n";
    }
    for (const auto& note : plan.notes) {
        io.out << "提示 / note: " << note.zh << "\n             " << note.en << "\n";
        if (!note.command.empty()) io.out << "    " << note.command << "\n";
    }
    for (const auto& failure : failures)
        io.out << "失败 / failed: " << failure.path.string() << ": " << failure.message << "\n";
    if (!failures.empty() && !user)
        io.out << "系统级安装需要管理员权限 / the system scope needs root: sudo "
               << shell_quote(binary.string()) << " "
               << (options.uninstall ? "uninstall" : "install") << " --system\n";
    const auto changed = plan.changes();
    if (changed == 0)
        io.out << (options.uninstall ? "没有可删除的文件 / nothing to remove\n"
                                     : "已是最新，无需更改 / already installed, nothing changed\n");
    else if (failures.empty() && !options.dry_run)
        io.out << "完成：更改 " << changed << " 个文件 / done: " << changed << " file(s) changed\n";
}

// Windows has registry values instead of manifest directories.
int run_windows(const Options& options, const std::filesystem::path& binary, CommandIo& io) {
    const auto browsers = options.browsers.value_or(all_browsers());
    const auto plan =
        plan_registry(Environment::from_process(), options.scope, browsers, binary.string());
    for (const auto& value : plan.values)
        io.out << hive_name(value.hive) << "\\" << value.key << " = " << value.data << "\n";
    if (options.dry_run) return exit_code::kOk;
    for (const auto& line : apply_registry_plan(plan, options.uninstall)) io.out << line << "\n";
    return exit_code::kOk;
}

int run(const std::vector<std::string>& args, bool uninstall, CommandIo& io) {
    const auto options = parse(args, uninstall, io);
    if (!options) return exit_code::kUnusable;
    const auto binary = self_executable();
    const auto env = Environment::from_process();
    if (env.platform == Platform::Windows) return run_windows(*options, binary, io);

    Plan plan;
    if (uninstall) {
        plan = plan_uninstall(env, options->scope, options->browsers.value_or(all_browsers()));
    } else {
        const auto selection = select_browsers(env, options->browsers);
        if (selection.native.empty() && selection.flatpak.empty()) {
            io.err << "beian-assist install: 未找到浏览器 / no browser found; name them with "
                      "--browser chrome,chromium,edge,brave,firefox or --browser all\n";
            return exit_code::kFindings;
        }
        plan = plan_install(env, options->scope, selection, binary, storage::default_data_dir());
    }
    const auto failures = options->dry_run ? std::vector<ApplyFailure>{} : apply_plan(plan);
    if (options->json)
        print_json(*options, binary, plan, failures, io);
    else
        print_text(*options, binary, plan, failures, io);
    return failures.empty() ? exit_code::kOk : exit_code::kFindings;
}

}  // namespace

int cmd_install(const std::vector<std::string>& args, CommandIo& io) {
    return run(args, false, io);
}

int cmd_uninstall(const std::vector<std::string>& args, CommandIo& io) {
    return run(args, true, io);
}

}  // namespace beian::cli
