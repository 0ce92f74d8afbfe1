#include "host/native_loop.hpp"

#include <iostream>

#include "host/exit_codes.hpp"
#include "protocol/dispatcher.hpp"
#include "protocol/envelope.hpp"

namespace beian::host {

using framing::ReadStatus;

namespace {

// Logs go to stderr, which browsers show in their console or log; sizes and
// codes only, never a payload.
void log(const std::string& line) { std::cerr << "beian-assist: " << line << std::endl; }

}  // namespace

int run_native_loop(framing::ByteSource& input, framing::ByteSink& output,
                    protocol::HostContext& context, std::size_t max_inbound) {
    for (;;) {
        auto frame = framing::read_frame(input, max_inbound);
        switch (frame.status) {
            case ReadStatus::Frame:
                break;
            case ReadStatus::CleanEof:
                return exit_code::kOk;
            case ReadStatus::TruncatedHeader:
            case ReadStatus::TruncatedBody:
                log("input ended inside a frame (declared " +
                    std::to_string(frame.declared_length) + " bytes)");
                return exit_code::kTruncatedFrame;
            case ReadStatus::Oversize: {
                // The body cannot be skipped safely, so answer once and leave.
                log("frame of " + std::to_string(frame.declared_length) + " bytes refused (cap " +
                    std::to_string(max_inbound) + ")");
                const auto reply = protocol::error_reply(
                    nullptr, protocol::ErrorCode::FrameTooLarge,
                    "request of " + std::to_string(frame.declared_length) +
                        " bytes is over the host's cap of " + std::to_string(max_inbound));
                framing::write_frame(output, reply.dump());
                return exit_code::kOversizeFrame;
            }
            case ReadStatus::IoError:
                log("cannot read stdin");
                return exit_code::kIoError;
        }
        const auto reply = protocol::dispatch(frame.payload, context);
        if (framing::write_frame(output, protocol::serialise_reply(reply)) !=
            framing::WriteStatus::Written) {
            log("cannot write stdout");
            return exit_code::kIoError;
        }
    }
}

}  // namespace beian::host
