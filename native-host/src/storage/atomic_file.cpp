#include "storage/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <random>
#include <utility>

#include "storage/storage_error.hpp"
#include "storage/unique_fd.hpp"

namespace beian::storage {
namespace fs = std::filesystem;
namespace {

using Fd = UniqueFd;

std::string random_suffix() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    return std::to_string(rng());
}

void write_all(int fd, std::string_view data, const fs::path& path) {
    while (!data.empty()) {
        const auto wrote = ::write(fd, data.data(), data.size());
        if (wrote < 0) {
            if (errno == EINTR) continue;
            throw_io_error("cannot write " + path.string(), errno);
        }
        data.remove_prefix(static_cast<std::size_t>(wrote));
    }
}

void fsync_directory(const fs::path& dir) {
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0) throw_io_error("cannot open directory " + dir.string(), errno);
    if (::fsync(fd.get()) != 0) throw_io_error("cannot sync directory " + dir.string(), errno);
}

}  // namespace

void write_file_atomically(const fs::path& target, std::string_view content,
                           fs::perms permissions) {
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const fs::path temp = dir / ("." + target.filename().string() + ".tmp-" + random_suffix());
    Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) throw_io_error("cannot create " + temp.string(), errno);
    try {
        // Set before the rename, and explicitly: open()'s mode is masked by
        // the umask, and the file must never be visible with other rights.
        if (::fchmod(fd.get(), static_cast<mode_t>(permissions & fs::perms::mask)) != 0)
            throw_io_error("cannot set permissions of " + temp.string(), errno);
        write_all(fd.get(), content, temp);
        if (::fsync(fd.get()) != 0) throw_io_error("cannot sync " + temp.string(), errno);
        if (::close(fd.release()) != 0) throw_io_error("cannot close " + temp.string(), errno);
        if (::rename(temp.c_str(), target.c_str()) != 0)
            throw_io_error("cannot replace " + target.string(), errno);
    } catch (...) {
        ::unlink(temp.c_str());
        throw;
    }
    fsync_directory(dir);
}

std::optional<std::string> read_file(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) return std::nullopt;
        throw_io_error("cannot open " + path.string(), errno);
    }
    std::string content;
    char buffer[64 * 1024];
    for (;;) {
        const auto got = ::read(fd.get(), buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw_io_error("cannot read " + path.string(), errno);
        }
        if (got == 0) break;
        content.append(buffer, static_cast<std::size_t>(got));
    }
    return content;
}

void ensure_private_directory(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw_io_error("cannot create directory " + dir.string(), ec.value());
    if (::chmod(dir.c_str(), 0700) != 0)
        throw_io_error("cannot restrict permissions of " + dir.string(), errno);
}

}  // namespace beian::storage
