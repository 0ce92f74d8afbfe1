#include "framing/fd_stream.hpp"

#include <unistd.h>

#include <cerrno>

namespace beian::framing {

std::ptrdiff_t FdSource::read(std::span<char> buffer) {
    for (;;) {
        const auto got = ::read(fd_, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR) continue;
        return got;
    }
}

bool FdSink::write_all(std::string_view data) {
    std::lock_guard lock(mutex_);
    while (!data.empty()) {
        const auto wrote = ::write(fd_, data.data(), data.size());
        if (wrote < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(wrote));
    }
    return true;
}

}  // namespace beian::framing
