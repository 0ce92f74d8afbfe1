// libFuzzer target: arbitrary bytes on the host's stdin. Drives the frame
// codec and the dispatcher exactly as the native loop does, with a data
// directory of its own, so a crash, a leak or UB on any input is found.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "framing/frame_codec.hpp"
#include "host/native_loop.hpp"
#include "portal/profile.hpp"
#include "protocol/host_context.hpp"

namespace {

class BytesSource final : public beian::framing::ByteSource {
  public:
    BytesSource(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    std::ptrdiff_t read(std::span<char> buffer) override {
        // Short reads of varying size exercise the codec's exact-read loop.
        const std::size_t n = std::min({buffer.size(), size_ - offset_, std::size_t{7}});
        std::copy_n(data_ + offset_, n, buffer.data());
        offset_ += n;
        return static_cast<std::ptrdiff_t>(n);
    }

  private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t offset_ = 0;
};

class NullSink final : public beian::framing::ByteSink {
  public:
    bool write_all(std::string_view data) override { return data.size() <= (1u << 21); }
};

beian::protocol::HostContext& context() {
    static const auto dir = std::filesystem::temp_directory_path() / "beian-fuzz-frames";
    static beian::protocol::HostContext ctx{dir,
                                            beian::storage::DossierStore(dir),
                                            beian::portal::Profile::load(dir),
                                            std::nullopt,
                                            false,
                                            {}};
    return ctx;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    BytesSource input(data, size);
    NullSink output;
    // A small inbound cap keeps allocations bounded while every path is reached.
    beian::host::run_native_loop(input, output, context(), 64 * 1024);
    return 0;
}
