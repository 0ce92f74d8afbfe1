// Enterprise policies that stop a Chromium-family browser from starting the
// host: NativeMessagingUserLevelHosts false ignores manifests in the user's
// directories, and NativeMessagingBlocklist naming the host or "*" (without
// NativeMessagingAllowlist naming it) refuses it everywhere. Linux reads them
// from JSON files in <policy root>/etc/…/policies/managed/.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace beian::install {

struct PolicyFile {
    std::filesystem::path path;
    std::optional<nlohmann::json> document;  // nullopt: unreadable or not JSON
    std::string error;
};

struct PolicyVerdict {
    bool user_level_blocked = false;
    std::filesystem::path user_level_source;  // the file that says so
    bool host_blocked = false;
    std::filesystem::path blocklist_source;
    std::vector<PolicyFile> unreadable;  // could hide either policy
};

// The *.json files of dir, in name order; none when dir does not exist.
std::vector<PolicyFile> read_policy_dir(const std::filesystem::path& dir);

// Chrome merges every file of the directory; any one of them can block.
PolicyVerdict evaluate_policies(const std::vector<PolicyFile>& files, std::string_view host_name);

}  // namespace beian::install
