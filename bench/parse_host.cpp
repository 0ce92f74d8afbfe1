// The baseline of the warm page.plan figure: a host that, for every frame,
// parses the request, reads a reply-sized JSON file (the host's own plan
// reply, saved by bench_host) from disk, parses it and sends its text back.
// What any host answering that reply from a stored file must at least do.
//   parse_host REPLY.json
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

bool read_exact(char* buffer, std::size_t size) {
    for (std::size_t got = 0; got < size;) {
        const auto n = ::read(STDIN_FILENO, buffer + got, size - got);
        if (n <= 0) return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

bool write_all(const std::string& data) {
    for (std::size_t done = 0; done < data.size();) {
        const auto n = ::write(STDOUT_FILENO, data.data() + done, data.size() - done);
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::string body;
    for (;;) {
        std::uint32_t length = 0;
        if (!read_exact(reinterpret_cast<char*>(&length), sizeof length)) return 0;
        body.resize(length);
        if (!read_exact(body.data(), length)) return 65;
        const auto request = nlohmann::json::parse(body);
        std::ifstream file(argv[1], std::ios::binary);
        std::stringstream text;
        text << file.rdbuf();
        const auto reply = nlohmann::json::parse(text.str());
        if (!reply.is_object() || request["type"] != "page.plan") return 3;
        std::string frame(sizeof length, '\0');
        const auto out = static_cast<std::uint32_t>(text.str().size());
        std::memcpy(frame.data(), &out, sizeof out);
        if (!write_all(frame + text.str())) return 67;
    }
}
