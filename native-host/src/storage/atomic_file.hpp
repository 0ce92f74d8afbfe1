// Crash-safe replacement of a file: a crash, a kill or a full disk leaves
// either the old content or the new, never a mix.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace beian::storage {

// Writes content to a temporary file beside target (owner-only, 0600, unless
// permissions says otherwise: browser manifests are 0644), fsyncs it, renames
// it over target and fsyncs the directory. Throws StorageError; on failure
// target is untouched and the temporary removed.
void write_file_atomically(
    const std::filesystem::path& target, std::string_view content,
    std::filesystem::perms permissions = std::filesystem::perms::owner_read |
                                         std::filesystem::perms::owner_write);

// The whole file, or nullopt when it does not exist. Throws StorageError on
// other failures.
std::optional<std::string> read_file(const std::filesystem::path& path);

// Creates the directory (and parents) with owner-only permissions.
void ensure_private_directory(const std::filesystem::path& dir);

}  // namespace beian::storage
