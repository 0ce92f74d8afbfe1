#include "framing/frame_codec.hpp"

#include <cstring>

namespace beian::framing {

std::ptrdiff_t read_exact(ByteSource& source, std::span<char> buffer) {
    std::size_t filled = 0;
    while (filled < buffer.size()) {
        const auto got = source.read(buffer.subspan(filled));
        if (got < 0) return -1;
        if (got == 0) break;
        filled += static_cast<std::size_t>(got);
    }
    return static_cast<std::ptrdiff_t>(filled);
}

ReadOutcome read_frame(ByteSource& source, std::size_t max_inbound) {
    ReadOutcome outcome;
    char header[kHeaderBytes];
    const auto header_read = read_exact(source, header);
    if (header_read < 0) {
        outcome.status = ReadStatus::IoError;
        return outcome;
    }
    if (header_read == 0) {
        outcome.status = ReadStatus::CleanEof;
        return outcome;
    }
    if (static_cast<std::size_t>(header_read) < kHeaderBytes) {
        outcome.status = ReadStatus::TruncatedHeader;
        return outcome;
    }
    std::uint32_t length = 0;
    std::memcpy(&length, header, sizeof length);  // native byte order, as browsers write it
    outcome.declared_length = length;
    // Checked before allocating: "Hello World!" read as a header declares
    // 1.8 GB, and an allocation that size must never be attempted.
    if (length > max_inbound) {
        outcome.status = ReadStatus::Oversize;
        return outcome;
    }
    outcome.payload.resize(length);
    const auto body_read = read_exact(source, outcome.payload);
    if (body_read < 0) {
        outcome.status = ReadStatus::IoError;
        outcome.payload.clear();
        return outcome;
    }
    if (static_cast<std::size_t>(body_read) < length) {
        outcome.status = ReadStatus::TruncatedBody;
        outcome.payload.clear();
        return outcome;
    }
    outcome.status = ReadStatus::Frame;
    return outcome;
}

std::string encode_header(std::uint32_t length) {
    std::string header(kHeaderBytes, '\0');
    std::memcpy(header.data(), &length, sizeof length);
    return header;
}

WriteStatus write_frame(ByteSink& sink, std::string_view payload) {
    if (payload.size() > kMaxOutboundBytes) return WriteStatus::TooLarge;
    std::string frame = encode_header(static_cast<std::uint32_t>(payload.size()));
    frame.append(payload);
    return sink.write_all(frame) ? WriteStatus::Written : WriteStatus::IoError;
}

}  // namespace beian::framing
