// The registry half of install on Windows. Elsewhere the plan is only
// computed (and tested); applying it is a programming error.
#include <stdexcept>

#include "install/registry_plan.hpp"

#if defined(_WIN32)
#include <windows.h>

#include <filesystem>
#include <fstream>
#endif

namespace beian::install {

#if defined(_WIN32)
namespace {

std::wstring widen(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int size =
        MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring wide(static_cast<std::size_t>(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), wide.data(), size);
    return wide;
}

HKEY root(Hive hive) { return hive == Hive::CurrentUser ? HKEY_CURRENT_USER : HKEY_LOCAL_MACHINE; }

void set_default_value(const RegistryValue& value) {
    HKEY key = nullptr;
    // KEY_WOW64_64KEY: a 64-bit browser and a 32-bit one both read the
    // 64-bit view of HKLM for native messaging.
    if (RegCreateKeyExW(root(value.hive), widen(value.key).c_str(), 0, nullptr, 0,
                        KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr) != ERROR_SUCCESS)
        throw std::runtime_error("cannot create " + std::string(hive_name(value.hive)) + "\\" +
                                 value.key);
    const auto data = widen(value.data);
    const auto bytes = static_cast<DWORD>((data.size() + 1) * sizeof(wchar_t));
    const auto status =
        RegSetValueExW(key, nullptr, 0, REG_SZ, reinterpret_cast<const BYTE*>(data.c_str()), bytes);
    RegCloseKey(key);
    if (status != ERROR_SUCCESS) throw std::runtime_error("cannot write " + value.key);
}

}  // namespace

std::vector<std::string> apply_registry_plan(const RegistryPlan& plan, bool remove) {
    std::vector<std::string> done;
    for (const auto& manifest : plan.manifests) {
        const std::filesystem::path path(widen(manifest.path));
        if (remove) {
            std::error_code ec;
            if (std::filesystem::remove(path, ec)) done.push_back("removed " + manifest.path);
            continue;
        }
        // Written beside the target and moved over it, so a browser never
        // reads half a manifest.
        std::filesystem::create_directories(path.parent_path());
        const auto temp = std::filesystem::path(path).concat(L".tmp");
        {
            std::ofstream file(temp, std::ios::binary | std::ios::trunc);
            file << manifest.content;
            if (!file.flush()) throw std::runtime_error("cannot write " + manifest.path);
        }
        if (!MoveFileExW(temp.c_str(), path.c_str(),
                         MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
            throw std::runtime_error("cannot replace " + manifest.path);
        done.push_back("wrote " + manifest.path);
    }
    for (const auto& value : plan.values) {
        const auto name = std::string(hive_name(value.hive)) + "\\" + value.key;
        if (remove) {
            if (RegDeleteKeyExW(root(value.hive), widen(value.key).c_str(), KEY_WOW64_64KEY, 0) ==
                ERROR_SUCCESS)
                done.push_back("removed " + name);
            continue;
        }
        set_default_value(value);
        done.push_back("set " + name + " = " + value.data);
    }
    return done;
}

#else

std::vector<std::string> apply_registry_plan(const RegistryPlan&, bool) {
    throw std::logic_error("the registry exists only on Windows");
}

#endif

}  // namespace beian::install
