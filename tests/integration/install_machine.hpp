// A machine in a temporary directory for the install, uninstall and doctor
// tests: HOME, a system root, a data directory, and the real binary run in it.
#pragma once

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "integration/host_process.hpp"
#include "support/cli_run.hpp"
#include "support/temp_dir.hpp"

namespace beian::test::install {

namespace fs = std::filesystem;
using nlohmann::json;

inline const std::string kManifest = "cn.beianassist.host.json";

struct Run {
    int exit_code;
    std::string out;
    std::string err;
    json doc() const { return json::parse(out); }
};

using beian::test::slurp;

// A machine in a directory: HOME, a system root for /etc and /usr/lib, a data
// directory, and an empty PATH so this machine's browsers do not leak in.
class Machine {
  public:
    Machine() {
        for (const auto* dir : {"home/.config", "root", "data", "out"})
            fs::create_directories(dir_.path() / dir);
    }
    fs::path home() const { return dir_.path() / "home"; }
    fs::path root() const { return dir_.path() / "root"; }
    fs::path chrome_manifest() const {
        return home() / ".config/google-chrome/NativeMessagingHosts" / kManifest;
    }
    fs::path firefox_manifest() const {
        return home() / ".mozilla/native-messaging-hosts" / kManifest;
    }

    void touch(const fs::path& path) const {
        fs::create_directories(path.parent_path());
        std::ofstream(path) << "";
    }
    void add_chrome() const { touch(home() / ".config/google-chrome/Local State"); }
    void add_firefox() const { touch(home() / ".mozilla/firefox/profiles.ini"); }

    Run run(const std::vector<std::string>& args,
            const std::map<std::string, std::string>& extra = {}) const {
        std::map<std::string, std::string> env = {
            {"HOME", home().string()},
            {"PATH", (dir_.path() / "no-bin").string()},
            {"BEIAN_ASSIST_SYSTEM_ROOT", root().string()},
            {"BEIAN_ASSIST_HOME", (dir_.path() / "data").string()}};
        for (const auto& [key, value] : extra) env[key] = value;
        const auto run = run_cli_in(dir_.path() / "out", args, env, {"XDG_CONFIG_HOME"});
        return {run.exit_code, run.out, run.err};
    }

    // Every path under HOME and the system root with its permissions.
    std::map<std::string, unsigned> tree() const {
        std::map<std::string, unsigned> entries;
        for (const auto& top : {home(), root()})
            for (const auto& entry : fs::recursive_directory_iterator(top))
                entries[entry.path().string()] =
                    static_cast<unsigned>(entry.symlink_status().permissions());
        return entries;
    }

  private:
    beian::test::TempDir dir_;
};

inline unsigned mode(const fs::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 07777;
}

inline std::vector<std::string> codes(const json& report, const std::string& status) {
    std::vector<std::string> out;
    for (const auto& check : report["checks"])
        if (check["status"] == status) out.push_back(check["code"]);
    return out;
}

inline json check_with(const json& report, const std::string& code) {
    for (const auto& check : report["checks"])
        if (check["code"] == code) return check;
    return nullptr;
}

inline bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace beian::test::install
