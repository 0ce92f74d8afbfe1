#include "storage/file_stamp.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <ctime>

namespace beian::storage {
namespace {

std::int64_t ns_of(const timespec& time) {
    return static_cast<std::int64_t>(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

}  // namespace

std::optional<FileStamp> stamp_of(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    return FileStamp{
        static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino),
        static_cast<std::uint64_t>(info.st_size), ns_of(info.st_mtim), ns_of(info.st_ctim)};
}

std::int64_t now_ns() {
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return ns_of(now);
}

bool is_racy(const FileStamp& stamp, std::int64_t read_ns, std::int64_t window_ns) {
    return read_ns - std::max(stamp.modified_ns, stamp.changed_ns) < window_ns;
}

}  // namespace beian::storage
