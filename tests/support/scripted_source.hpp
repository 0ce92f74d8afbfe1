// A ByteSource that hands out scripted chunks, one per read call at most, so
// tests choose exactly where reads end (short reads, frames split across
// reads, two frames in one read).
#pragma once

#include <algorithm>
#include <cstring>
#include <deque>
#include <string>

#include "framing/frame_codec.hpp"

namespace beian::test {

class ScriptedSource final : public framing::ByteSource {
  public:
    explicit ScriptedSource(std::deque<std::string> chunks, bool fail_at_end = false)
        : chunks_(std::move(chunks)), fail_at_end_(fail_at_end) {}

    std::ptrdiff_t read(std::span<char> buffer) override {
        if (chunks_.empty()) return fail_at_end_ ? -1 : 0;
        auto& chunk = chunks_.front();
        const auto n = std::min(buffer.size(), chunk.size());
        std::memcpy(buffer.data(), chunk.data(), n);
        chunk.erase(0, n);  // the rest stays for the next read
        if (chunk.empty()) chunks_.pop_front();
        ++reads;
        return static_cast<std::ptrdiff_t>(n);
    }

    int reads = 0;

  private:
    std::deque<std::string> chunks_;
    bool fail_at_end_;
};

class StringSink final : public framing::ByteSink {
  public:
    bool write_all(std::string_view data) override {
        if (fail) return false;
        written.append(data);
        ++writes;
        return true;
    }
    std::string written;
    int writes = 0;
    bool fail = false;
};

inline std::string frame(std::string_view payload) {
    return framing::encode_header(static_cast<std::uint32_t>(payload.size())) +
           std::string(payload);
}

}  // namespace beian::test
