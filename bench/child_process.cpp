#include "child_process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>

extern char** environ;

namespace beian::bench {
namespace {

bool read_exact(int fd, char* buffer, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const auto n = ::read(fd, buffer + got, size - got);
        if (n <= 0) return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

bool write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const auto n = ::write(fd, data.data() + done, data.size() - done);
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

FramedChild::FramedChild(const std::vector<std::string>& argv,
                         const std::map<std::string, std::string>& env) {
    int in[2], out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e) environment.emplace_back(*e);
    for (const auto& [key, value] : env) environment.push_back(key + "=" + value);
    std::vector<char*> args, envp;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    for (const auto& e : environment) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    if (posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), envp.data()) != 0)
        throw std::runtime_error("cannot start " + argv[0]);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    to_child_ = in[1];
    from_child_ = out[0];
}

FramedChild::~FramedChild() {
    if (pid_ > 0) finish();
}

std::optional<std::string> FramedChild::round_trip(const std::string& payload) {
    const auto length = static_cast<std::uint32_t>(payload.size());
    std::string frame(sizeof length, '\0');
    std::memcpy(frame.data(), &length, sizeof length);
    if (!write_all(to_child_, frame + payload)) return std::nullopt;
    std::uint32_t reply_length = 0;
    if (!read_exact(from_child_, reinterpret_cast<char*>(&reply_length), sizeof reply_length))
        return std::nullopt;
    std::string reply(reply_length, '\0');
    if (!read_exact(from_child_, reply.data(), reply_length)) return std::nullopt;
    return reply;
}

long FramedChild::peak_rss_kib() const {
    // Not getrusage's ru_maxrss: posix_spawn runs the child in the parent's
    // memory until exec, so that figure is at least the benchmark's own size
    // (the echo host "used" 11 MiB). exec starts a new address space, whose
    // high-water mark is VmHWM.
    std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

void FramedChild::finish() {
    ::close(to_child_);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    ::close(from_child_);
    pid_ = -1;
}

}  // namespace beian::bench
