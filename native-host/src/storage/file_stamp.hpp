// What stat(2) says of a file that would change if the file did: device,
// inode, size, modification and status-change times to the nanosecond. A
// parsed file is answered from memory only while its stamp is the same, and
// a stamp too close to the moment the file was read is not trusted alone
// (a rewrite inside the same clock tick keeps both times): the file is then
// hashed and compared.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

namespace beian::storage {

struct FileStamp {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t size = 0;
    std::int64_t modified_ns = 0;
    std::int64_t changed_ns = 0;

    bool operator==(const FileStamp&) const = default;
};

// nullopt when the file cannot be stat'ed (missing, no permission).
std::optional<FileStamp> stamp_of(const std::filesystem::path& path);

// The wall clock in nanoseconds, as file times are kept.
std::int64_t now_ns();

// Filesystems keep times in ticks (a jiffy on Linux, 1–2 s on FAT and old
// HFS+): a file read within this much of its last change may be changed again
// without its stamp moving.
inline constexpr std::int64_t kRacyWindowNs = 2'000'000'000;

// True when a stamp taken at read_ns cannot tell a later rewrite apart.
bool is_racy(const FileStamp& stamp, std::int64_t read_ns, std::int64_t window_ns = kRacyWindowNs);

}  // namespace beian::storage
