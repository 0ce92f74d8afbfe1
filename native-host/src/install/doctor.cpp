#include "install/doctor.hpp"

#include <algorithm>
#include <map>

#include "build_config.hpp"
#include "install/commands.hpp"
#include "install/detect.hpp"
#include "install/host_probe.hpp"
#include "install/inspect_manifest.hpp"
#include "install/location_table.hpp"
#include "install/notes.hpp"
#include "install/policy.hpp"

namespace beian::install {
namespace fs = std::filesystem;
namespace {

bool path_exists(const fs::path& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

std::string first_line(const std::string& text) {
    const auto end = text.find('\n');
    return text.substr(0, end);
}

class Doctor {
  public:
    Doctor(const Environment& env, fs::path self, DoctorOptions options)
        : env_(env), self_(std::move(self)), options_(std::move(options)) {
        report.binary = self_;
    }

    void run() {
        add(Status::Info, "BINARY", std::nullopt, self_.string(),
            "程序：" + self_.string() + "（" + build::kVersion + "）",
            "binary: " + self_.string() + " (" + build::kVersion + ")");
        bool anything = false;
        for (const auto& info : browser_table()) anything = check_browser(info) || anything;
        if (!anything)
            add(Status::Problem, "NO_BROWSER", std::nullopt, "",
                "未找到支持的浏览器，也没有已安装的清单（Chrome、Chromium、Edge、Brave、Firefox）",
                "no supported browser and no manifest found (Chrome, Chromium, Edge, Brave, "
                "Firefox)",
                install_command(self_, Scope::User, "all"));
    }

    DoctorReport report;

  private:
    void add(Status status, std::string code, std::optional<BrowserId> browser, std::string path,
             std::string zh, std::string en, std::string fix = "") {
        report.checks.push_back({status, std::move(code), browser, std::move(path), std::move(zh),
                                 std::move(en), std::move(fix)});
    }

    void check_firefox_libdir() {
        const auto lib64 = firefox_system_libdir(env_) == LibDir::Lib64;
        const auto dir = env_.system_path(lib64 ? "usr/lib64" : "usr/lib") / "mozilla" /
                         "native-messaging-hosts";
        add(Status::Info, "FIREFOX_LIBDIR", BrowserId::Firefox, dir.string(),
            "本系统的 Firefox 读取系统级清单的目录：" + dir.string(),
            "this system's Firefox reads system-wide manifests from " + dir.string() +
                (lib64 ? " (lib64)" : " (lib)"));
    }

    // Returns whether the browser was found or has a manifest.
    bool check_browser(const BrowserInfo& info) {
        if (info.id == BrowserId::Firefox && env_.platform == Platform::Linux)
            check_firefox_libdir();
        const auto presence = detect(env_, info.id);
        const auto verdict =
            info.policy_dir.empty() || env_.platform != Platform::Linux
                ? PolicyVerdict{}
                : evaluate_policies(read_policy_dir(env_.policy_root / info.policy_dir),
                                    build::kHostName);
        // With user-level hosts forbidden, only a system install helps.
        const auto fix_scope = verdict.user_level_blocked ? Scope::System : Scope::User;
        if (presence.any())
            add(Status::Info, "BROWSER_FOUND", info.id, presence.evidence.string(),
                std::string(info.display) + "：已找到 " + presence.evidence.string(),
                std::string(info.display) + ": found " + presence.evidence.string());
        bool native_found = false, user_found = false, system_working = false, found = false;
        for (const auto scope : {Scope::User, Scope::System}) {
            for (const auto& location : native_locations(env_, scope, std::vector{info.id})) {
                if (!path_exists(location.manifest_file())) continue;
                found = true;
                if (!location.read_by_browser) {
                    wrong_libdir(location);
                    continue;
                }
                native_found = true;
                user_found = user_found || scope == Scope::User;
                const auto fix =
                    install_command(self_, scope == Scope::User ? fix_scope : scope, info.id);
                const bool working = check_location(info, location, fix);
                system_working = system_working || (scope == Scope::System && working);
            }
        }
        for (const auto& location : flatpak_locations(env_, std::vector{info.id})) {
            const bool installed = flatpak_installed(env_, location.flatpak_app);
            if (!path_exists(location.manifest_file())) {
                if (installed)
                    add(Status::Problem, "MANIFEST_MISSING", info.id,
                        location.manifest_file().string(),
                        location.browser_names() + "：沙盒内没有清单",
                        location.browser_names() + ": no manifest inside the sandbox",
                        install_command(self_, Scope::User, info.id));
                continue;
            }
            found = true;
            check_location(info, location, install_command(self_, Scope::User, info.id));
            for (const auto& note : flatpak_notes(location, options_.data_dir))
                if (!note.command.empty())
                    add(Status::Info, "FLATPAK_DATA", info.id, "", note.zh, note.en, note.command);
        }
        if ((presence.native || presence.snap) && !native_found)
            add(Status::Problem, "MANIFEST_MISSING", info.id, "",
                std::string(info.display) + "：没有安装清单",
                std::string(info.display) + ": no manifest installed",
                install_command(self_, fix_scope, info.id));
        if (presence.snap) {
            const auto note = snap_note(info.id);
            add(info.id == BrowserId::Firefox ? Status::Info : Status::Warning, "SNAP", info.id, "",
                note.zh, note.en);
        }
        if (presence.any() || found) check_policies(info, verdict, user_found, system_working);
        if (!presence.any() && !found)
            add(Status::Info, "BROWSER_NOT_FOUND", info.id, "",
                std::string(info.display) + "：未找到，跳过",
                std::string(info.display) + ": not found, skipped");
        return presence.any() || found;
    }

    void wrong_libdir(const ManifestLocation& location) {
        const auto other = location.libdir == LibDir::Lib ? "usr/lib64" : "usr/lib";
        const auto target = env_.system_path(other) / location.leaf / manifest_file_name();
        add(Status::Problem, "FIREFOX_LIBDIR_MISMATCH", BrowserId::Firefox,
            location.manifest_file().string(),
            "本系统的 Firefox 不读取此目录（lib 与 lib64）：" + location.manifest_file().string(),
            "this system's Firefox does not read this directory (lib vs lib64): " +
                location.manifest_file().string(),
            "sudo install -D -m 0644 " + shell_quote(location.manifest_file().string()) + " " +
                shell_quote(target.string()) + " && sudo rm " +
                shell_quote(location.manifest_file().string()));
    }

    // Inspects one manifest and, when a browser would accept it, runs its
    // host. Returns whether hello succeeded.
    bool check_location(const BrowserInfo& info, const ManifestLocation& location,
                        const std::string& fix) {
        auto inspection = inspect_manifest(location, fix);
        for (auto& check : inspection.checks) {
            check.browser = info.id;
            check.zh = location.browser_names() + "（" +
                       std::string(scope_name_zh(location.scope)) + "）：" + check.zh;
            check.en = location.browser_names() + " (" + std::string(scope_name(location.scope)) +
                       "): " + check.en;
            report.checks.push_back(std::move(check));
        }
        if (!inspection.binary) return false;
        return check_hello(info, location, *inspection.binary, fix);
    }

    bool check_hello(const BrowserInfo& info, const ManifestLocation& location,
                     const fs::path& binary, const std::string& fix) {
        const auto argv = browser_argv(location.family(), binary, location.manifest_file());
        const auto key = argv[0] + "\n" + argv[1];
        auto cached = probes_.find(key);
        if (cached == probes_.end())
            cached = probes_.emplace(key, probe_host(argv, options_.hello_timeout)).first;
        const auto& probe = cached->second;
        const auto path = location.manifest_file().string();
        const auto& reply = probe.reply;
        if (probe.answered && reply.value("ok", false) && reply.contains("result") &&
            reply["result"].value("host", nlohmann::json::object()).value("name", "") ==
                "beian-assist") {
            const auto version = reply["result"]["host"].value("version", "");
            const auto ms = std::to_string(probe.elapsed.count());
            add(Status::Ok, "HELLO_OK", info.id, path,
                location.browser_names() + "：握手成功（" + ms + " 毫秒，beian-assist " + version +
                    "）",
                location.browser_names() + ": hello answered in " + ms + " ms by beian-assist " +
                    version);
            if (version != build::kVersion)
                add(Status::Warning, "HOST_VERSION", info.id, path,
                    "清单指向另一个版本的 beian-assist（" + version + "）",
                    "the manifest starts another version of beian-assist (" + version + ")", fix);
            return true;
        }
        std::string why_en = probe.answered ? "hello was refused: " + reply.dump() : probe.failure;
        std::string why_zh = probe.answered ? "hello 被拒绝：" + reply.dump() : probe.failure_zh;
        if (!probe.stderr_text.empty()) {
            why_en += " — " + first_line(probe.stderr_text);
            why_zh += " — " + first_line(probe.stderr_text);
        }
        add(Status::Problem, "HELLO_FAILED", info.id, path,
            location.browser_names() + "：握手失败：" + why_zh,
            location.browser_names() + ": hello failed: " + why_en, hello_fix(probe, fix));
        return false;
    }

    // exit 70 is the host's "cannot start": its data directory or profile
    // override, which reinstalling does not repair.
    std::string hello_fix(const ProbeResult& probe, const std::string& fix) const {
        if (probe.exit_code != 70) return fix;
        const auto dir = shell_quote(options_.data_dir.string());
        if (probe.stderr_text.find("override") != std::string::npos)
            return "mv " + dir + "/profile.override.json " + dir + "/profile.override.json.broken";
        return "mkdir -p " + dir + " && chmod 700 " + dir;
    }

    void check_policies(const BrowserInfo& info, const PolicyVerdict& verdict, bool user_found,
                        bool system_working) {
        for (const auto& file : verdict.unreadable)
            add(Status::Warning, "POLICY_UNREADABLE", info.id, file.path.string(),
                "无法读取策略文件：" + file.path.string() + "（" + file.error + "）",
                "cannot read the policy file " + file.path.string() + " (" + file.error + ")",
                "sudo " + shell_quote(self_.string()) + " doctor");
        if (verdict.user_level_blocked && user_found) {
            const auto source = verdict.user_level_source.string();
            if (system_working)
                add(Status::Info, "POLICY_USER_LEVEL_HOSTS", info.id, source,
                    "策略禁止用户级清单；正在使用系统级清单",
                    "a policy ignores user-level manifests; the system-wide one is in use");
            else
                add(Status::Problem, "POLICY_USER_LEVEL_HOSTS", info.id, source,
                    "策略 NativeMessagingUserLevelHosts=false（" + source +
                        "）使用户级清单无效：请安装系统级清单",
                    "the policy NativeMessagingUserLevelHosts=false (" + source +
                        ") ignores user-level manifests: install system-wide",
                    install_command(self_, Scope::System, info.id));
        }
        if (verdict.host_blocked) {
            const auto allow = env_.policy_root / info.policy_dir / "beian-assist-allow.json";
            add(Status::Problem, "POLICY_BLOCKLIST", info.id, verdict.blocklist_source.string(),
                "策略 NativeMessagingBlocklist（" + verdict.blocklist_source.string() + "）禁止 " +
                    build::kHostName + "；需要管理员把它加入 NativeMessagingAllowlist",
                "the policy NativeMessagingBlocklist (" + verdict.blocklist_source.string() +
                    ") blocks " + build::kHostName +
                    "; an administrator must add it to NativeMessagingAllowlist",
                "echo '{\"NativeMessagingAllowlist\": [\"" + std::string(build::kHostName) +
                    "\"]}' | sudo tee " + shell_quote(allow.string()));
        }
    }

    const Environment& env_;
    fs::path self_;
    DoctorOptions options_;
    std::map<std::string, ProbeResult> probes_;  // one run per binary and caller
};

}  // namespace

std::size_t DoctorReport::count(Status status) const {
    return static_cast<std::size_t>(std::count_if(
        checks.begin(), checks.end(), [&](const Check& check) { return check.status == status; }));
}

DoctorReport run_doctor(const Environment& env, const fs::path& self,
                        const DoctorOptions& options) {
    Doctor doctor(env, self, options);
    doctor.run();
    return std::move(doctor.report);
}

std::string_view status_name(Status status) {
    switch (status) {
        case Status::Ok:
            return "ok";
        case Status::Info:
            return "info";
        case Status::Warning:
            return "warning";
        case Status::Problem:
            return "problem";
    }
    return "info";
}

}  // namespace beian::install
