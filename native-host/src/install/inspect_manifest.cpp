#include "install/inspect_manifest.hpp"

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "build_config.hpp"
#include "install/manifest.hpp"
#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"

namespace beian::install {
namespace fs = std::filesystem;
namespace {

class Inspector {
  public:
    Inspector(const ManifestLocation& location, const std::string& fix)
        : file_(location.manifest_file()), fix_(fix) {}

    void problem(const char* code, std::string zh, std::string en) {
        result.checks.push_back({Status::Problem, code, std::nullopt, file_.string(), std::move(zh),
                                 std::move(en), fix_});
    }

    ManifestInspection result;

  private:
    fs::path file_;
    std::string fix_;
};

std::string string_field(const nlohmann::json& doc, const char* key) {
    const auto it = doc.find(key);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool lists(const nlohmann::json& doc, std::string_view key, const std::string& entry) {
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_array()) return false;
    for (const auto& value : *it)
        if (value.is_string() && value.get<std::string>() == entry) return true;
    return false;
}

void check_path(const std::string& path, Inspector& inspector) {
    if (path.empty() || !fs::path(path).is_absolute()) {
        inspector.problem("MANIFEST_PATH_NOT_ABSOLUTE", "清单的 path 不是绝对路径：" + path,
                          "the manifest's path is not absolute: \"" + path + "\"");
        return;
    }
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        inspector.problem("MANIFEST_PATH_MISSING", "清单指向的程序不存在：" + path,
                          "the manifest's path does not exist: " + path);
        return;
    }
    if (fs::is_directory(path, ec) || ::access(path.c_str(), X_OK) != 0) {
        inspector.problem("MANIFEST_PATH_NOT_EXECUTABLE", "清单指向的文件不可执行：" + path,
                          "the manifest's path is not executable: " + path);
        return;
    }
    inspector.result.binary = fs::path(path);
}

}  // namespace

ManifestInspection inspect_manifest(const ManifestLocation& location, const std::string& fix) {
    Inspector inspector(location, fix);
    const auto file = location.manifest_file();
    std::optional<std::string> text;
    try {
        text = storage::read_file(file);
    } catch (const storage::StorageError& e) {
        inspector.problem("MANIFEST_UNREADABLE", std::string("无法读取清单：") + e.what(),
                          std::string("cannot read the manifest: ") + e.what());
        return inspector.result;
    }
    if (!text || !nlohmann::json::accept(*text)) {
        inspector.problem("MANIFEST_BAD_JSON", "清单不是有效的 JSON",
                          "the manifest is not valid JSON");
        return inspector.result;
    }
    const auto doc = nlohmann::json::parse(*text);
    if (!doc.is_object()) {
        inspector.problem("MANIFEST_BAD_JSON", "清单不是 JSON 对象",
                          "the manifest is not a JSON object");
        return inspector.result;
    }
    // Browsers look the host up by file name and then insist on the same name inside.
    const auto name = string_field(doc, "name");
    if (name != build::kHostName || file.stem().string() != name)
        inspector.problem("MANIFEST_NAME_MISMATCH",
                          "清单的 name（" + name + "）与文件名或 " + build::kHostName + " 不一致",
                          "the manifest's name \"" + name + "\" does not match its file name " +
                              file.filename().string());
    if (string_field(doc, "type") != "stdio")
        inspector.problem("MANIFEST_TYPE", "清单的 type 必须是 stdio",
                          "the manifest's type must be \"stdio\"");
    const auto family = location.family();
    if (!lists(doc, allowed_key(family), allowed_entry(family)))
        inspector.problem(
            "MANIFEST_IDS",
            "清单的 " + std::string(allowed_key(family)) + " 缺少 " + allowed_entry(family),
            "the manifest's " + std::string(allowed_key(family)) + " lacks " +
                allowed_entry(family));
    // A system manifest only root can read is invisible to the browser.
    std::error_code ec;
    const auto permissions = fs::status(file, ec).permissions();
    if (location.scope == Scope::System && !ec &&
        (permissions & fs::perms::others_read) == fs::perms::none)
        inspector.problem("MANIFEST_PERMISSIONS", "系统级清单必须对所有用户可读（0644）",
                          "a system-wide manifest must be readable by everyone (0644)");
    check_path(string_field(doc, "path"), inspector);
    if (inspector.result.checks.empty())
        inspector.result.checks.push_back({Status::Ok, "MANIFEST_OK", std::nullopt, file.string(),
                                           "清单有效：" + file.string(),
                                           "manifest valid: " + file.string(), ""});
    else
        inspector.result.binary.reset();  // started only from a manifest a browser would accept
    return inspector.result;
}

}  // namespace beian::install
