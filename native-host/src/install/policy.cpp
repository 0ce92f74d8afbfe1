#include "install/policy.hpp"

#include <algorithm>

#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"

namespace beian::install {
namespace fs = std::filesystem;
namespace {

// Chrome 86 renamed the lists; managed machines still carry the old names,
// which Chrome keeps honouring.
const std::vector<const char*> kBlocklistNames = {"NativeMessagingBlocklist",
                                                  "NativeMessagingBlacklist"};
const std::vector<const char*> kAllowlistNames = {"NativeMessagingAllowlist",
                                                  "NativeMessagingWhitelist"};

bool lists(const nlohmann::json& document, const std::vector<const char*>& names,
           std::string_view entry) {
    for (const char* name : names) {
        const auto it = document.find(name);
        if (it == document.end() || !it->is_array()) continue;
        if (std::any_of(it->begin(), it->end(), [&](const nlohmann::json& value) {
                return value.is_string() && value.get<std::string>() == entry;
            }))
            return true;
    }
    return false;
}

}  // namespace

std::vector<PolicyFile> read_policy_dir(const fs::path& dir) {
    std::vector<PolicyFile> files;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() != ".json") continue;
        PolicyFile file{entry.path(), std::nullopt, ""};
        try {
            const auto text = storage::read_file(entry.path());
            if (text && nlohmann::json::accept(*text)) {
                file.document = nlohmann::json::parse(*text);
            } else {
                file.error = "not valid JSON";
            }
        } catch (const storage::StorageError& e) {
            file.error = e.what();
        }
        files.push_back(std::move(file));
    }
    if (ec) files.push_back({dir, std::nullopt, ec.message()});
    std::sort(files.begin(), files.end(),
              [](const PolicyFile& a, const PolicyFile& b) { return a.path < b.path; });
    return files;
}

PolicyVerdict evaluate_policies(const std::vector<PolicyFile>& files, std::string_view host_name) {
    PolicyVerdict verdict;
    bool allowlisted = false;
    fs::path blocklist_source;
    for (const auto& file : files) {
        if (!file.document || !file.document->is_object()) {
            verdict.unreadable.push_back(file);
            continue;
        }
        const auto& doc = *file.document;
        const auto user_level = doc.find("NativeMessagingUserLevelHosts");
        if (user_level != doc.end() && user_level->is_boolean() && !user_level->get<bool>() &&
            !verdict.user_level_blocked) {
            verdict.user_level_blocked = true;
            verdict.user_level_source = file.path;
        }
        if (blocklist_source.empty() &&
            (lists(doc, kBlocklistNames, host_name) || lists(doc, kBlocklistNames, "*")))
            blocklist_source = file.path;
        allowlisted = allowlisted || lists(doc, kAllowlistNames, host_name);
    }
    // As Chromium decides: a blocklisted host is still allowed when the
    // allowlist names it.
    if (!blocklist_source.empty() && !allowlisted) {
        verdict.host_blocked = true;
        verdict.blocklist_source = blocklist_source;
    }
    return verdict;
}

}  // namespace beian::install
