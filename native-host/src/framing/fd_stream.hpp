// ByteSource and ByteSink over POSIX file descriptors (the host's stdin and
// its private copy of stdout).
#pragma once

#include <mutex>

#include "framing/frame_codec.hpp"

namespace beian::framing {

class FdSource final : public ByteSource {
  public:
    explicit FdSource(int fd) : fd_(fd) {}
    std::ptrdiff_t read(std::span<char> buffer) override;

  private:
    int fd_;
};

// One locked write per frame, so frames from two threads never interleave.
class FdSink final : public ByteSink {
  public:
    explicit FdSink(int fd) : fd_(fd) {}
    bool write_all(std::string_view data) override;

  private:
    int fd_;
    std::mutex mutex_;
};

}  // namespace beian::framing
