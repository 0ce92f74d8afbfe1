// libFuzzer target: arbitrary bytes as one HTTP request to the rehearsal
// portal's server, parsed by cpp-httplib and answered by our routes (Host and
// Origin checks, JSON bodies, multipart uploads, static files), through a
// stream instead of a socket. cpp-httplib's parser is Debian's shared
// library, built without coverage: libFuzzer is guided by our code's edges,
// ASan still checks every allocation and libc call it makes.
// "127.0.0.1:PORT" in an input becomes the address the server expects.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "rehearsal/rehearsal_server.hpp"

namespace {
namespace fs = std::filesystem;

class BytesStream final : public httplib::Stream {
  public:
    explicit BytesStream(std::string input) : input_(std::move(input)) {}
    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, std::size_t size) override {
        const auto n = std::min(size, input_.size() - offset_);
        std::copy_n(input_.data() + offset_, n, ptr);
        offset_ += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char* ptr, std::size_t size) override {
        written_ += size;  // the response is dropped; its size is checked
        (void)ptr;
        return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 8765;
    }
    socket_t socket() const override { return -1; }

  private:
    std::string input_;
    std::size_t offset_ = 0;
    std::size_t written_ = 0;
};

struct Fixture {
    fs::path assets;
    std::unique_ptr<beian::rehearsal::RehearsalServer> server;
    std::string address;
};

Fixture& fixture() {
    static Fixture fx = [] {
        Fixture f;
        f.assets = fs::temp_directory_path() / ("beian-fuzz-http-" + std::to_string(::getpid()));
        fs::create_directories(f.assets / "element-ui");
        std::ofstream(f.assets / "index.html") << "<!doctype html><title>演练</title>";
        std::ofstream(f.assets / "element-ui/app.js") << "console.log('演练');";
        beian::rehearsal::RehearsalOptions options;
        options.assets = f.assets;
        options.profile = {{"profileVersion", "fuzz"}};
        options.company_name = "演示公司";
        f.server = std::make_unique<beian::rehearsal::RehearsalServer>(std::move(options));
        // A real port for the Host check; nothing is ever accepted on it.
        f.address = "127.0.0.1:" + std::to_string(f.server->bind());
        return f;
    }();
    return fx;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& fx = fixture();
    std::string input(reinterpret_cast<const char*>(data), size);
    for (auto at = input.find("127.0.0.1:PORT"); at != std::string::npos;
         at = input.find("127.0.0.1:PORT", at + fx.address.size()))
        input.replace(at, 14, fx.address);
    BytesStream stream(std::move(input));
    fx.server->serve_stream(stream);
    return 0;
}
