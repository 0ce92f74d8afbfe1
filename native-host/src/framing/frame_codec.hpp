// The native-messaging frame codec: a 32-bit length in native byte order
// followed by that many bytes of UTF-8 JSON. Pure: it reads from a ByteSource
// and writes to a ByteSink, so tests and fuzzers drive it without processes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace beian::framing {

// Chrome and Firefox close the port on a host-to-browser frame over 1 MiB.
inline constexpr std::size_t kMaxOutboundBytes = 1024 * 1024;
// Browser-to-host requests are small; a larger declared length is refused
// before anything is allocated.
inline constexpr std::size_t kDefaultMaxInboundBytes = 1024 * 1024;
inline constexpr std::size_t kHeaderBytes = 4;

class ByteSource {
  public:
    virtual ~ByteSource() = default;
    // Reads at most buffer.size() bytes. Returns the count read, 0 at end of
    // input, or a negative value on an I/O error. May return fewer bytes than
    // asked for (a short read); the codec loops.
    virtual std::ptrdiff_t read(std::span<char> buffer) = 0;
};

class ByteSink {
  public:
    virtual ~ByteSink() = default;
    // Writes all of data or returns false.
    virtual bool write_all(std::string_view data) = 0;
};

enum class ReadStatus {
    Frame,            // payload holds one whole frame
    CleanEof,         // input ended exactly at a frame boundary
    TruncatedHeader,  // input ended inside the 4-byte header
    TruncatedBody,    // input ended inside the body
    Oversize,         // declared length above the inbound cap; nothing allocated
    IoError,
};

struct ReadOutcome {
    ReadStatus status = ReadStatus::CleanEof;
    std::string payload;
    std::uint32_t declared_length = 0;  // meaningful from the header on
};

ReadOutcome read_frame(ByteSource& source, std::size_t max_inbound = kDefaultMaxInboundBytes);

// The header for a payload of this many bytes, in native byte order.
std::string encode_header(std::uint32_t length);

enum class WriteStatus { Written, TooLarge, IoError };

// Writes header and payload in one call to the sink. A payload over
// kMaxOutboundBytes is refused unwritten: a browser would drop the port.
WriteStatus write_frame(ByteSink& sink, std::string_view payload);

// Reads until buffer is full or input ends; returns the bytes read, or -1 on
// an I/O error.
std::ptrdiff_t read_exact(ByteSource& source, std::span<char> buffer);

}  // namespace beian::framing
