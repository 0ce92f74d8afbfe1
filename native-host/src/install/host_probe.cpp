#include "install/host_probe.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "framing/frame_codec.hpp"
#include "install/manifest.hpp"

extern char** environ;

namespace beian::install {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kStderrKept = 4096;

struct Pipe {
    int read = -1;
    int write = -1;
};

// O_CLOEXEC: only the dup2-ed copies reach the host, never a stray end that
// would keep its stdin open after we close ours.
Pipe make_pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    return {fds[0], fds[1]};
}

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

// Writing to a host that already died must fail with EPIPE, not kill the
// doctor with SIGPIPE.
class IgnoreSigpipe {
  public:
    IgnoreSigpipe() {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGPIPE, &ignore, &saved_);
    }
    ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &saved_, nullptr); }

  private:
    struct sigaction saved_ {};
};

bool write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const auto n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

pid_t spawn(const std::vector<std::string>& argv, Pipe& in, Pipe& out, Pipe& err) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int status =
        ::posix_spawn(&pid, argv[0].c_str(), &actions, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close_fd(in.read);
    close_fd(out.write);
    close_fd(err.write);
    if (status != 0) {
        errno = status;
        return -1;
    }
    return pid;
}

// Reads stdout until one whole frame is in, keeping stderr drained so a
// chatty host cannot block on a full pipe. Returns false at EOF or timeout.
bool read_frame(int out, int err, Clock::time_point deadline, std::string& frame,
                std::string& stderr_text, bool& timed_out) {
    std::string buffer;
    char chunk[8192];
    for (;;) {
        if (buffer.size() >= framing::kHeaderBytes) {
            std::uint32_t length = 0;
            std::memcpy(&length, buffer.data(), framing::kHeaderBytes);
            if (length > framing::kMaxOutboundBytes) return false;
            if (buffer.size() >= framing::kHeaderBytes + length) {
                frame = buffer.substr(framing::kHeaderBytes, length);
                return true;
            }
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            return false;
        }
        pollfd fds[2] = {{out, POLLIN, 0}, {err, POLLIN, 0}};
        const int ready = ::poll(fds, err >= 0 ? 2 : 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return false;
        if (err >= 0 && (fds[1].revents & (POLLIN | POLLHUP))) {
            const auto n = ::read(err, chunk, sizeof chunk);
            if (n > 0 && stderr_text.size() < kStderrKept)
                stderr_text.append(chunk, static_cast<std::size_t>(n));
            if (n == 0) err = -1;
        }
        if (fds[0].revents & (POLLIN | POLLHUP)) {
            const auto n = ::read(out, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            buffer.append(chunk, static_cast<std::size_t>(n));
        }
    }
}

// Waits up to grace for the host to exit on its own, then kills it.
int reap(pid_t pid, std::chrono::milliseconds grace) {
    const auto deadline = Clock::now() + grace;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (done < 0) return -1;
        if (Clock::now() >= deadline) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return -1;
}

// After the host exited everything it wrote is in the pipe; non-blocking in
// case a child of the host still holds the write end.
void drain(int fd, std::string& text) {
    ::fcntl(fd, F_SETFL, O_NONBLOCK);
    char chunk[4096];
    for (;;) {
        const auto n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 || text.size() >= kStderrKept) return;
        text.append(chunk, static_cast<std::size_t>(n));
    }
}

}  // namespace

std::vector<std::string> browser_argv(Family family, const std::filesystem::path& binary,
                                      const std::filesystem::path& manifest) {
    if (family == Family::Chromium) return {binary.string(), allowed_entry(family)};
    return {binary.string(), manifest.string(), allowed_entry(family)};
}

ProbeResult probe_host(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) {
    ProbeResult result;
    const auto start = Clock::now();
    IgnoreSigpipe ignore_sigpipe;
    Pipe in = make_pipe(), out = make_pipe(), err = make_pipe();
    const pid_t pid = spawn(argv, in, out, err);
    if (pid < 0) {
        result.failure = "cannot start " + argv[0] + ": " + std::strerror(errno);
        result.failure_zh = "无法启动 " + argv[0] + "：" + std::strerror(errno);
        for (int* fd : {&in.write, &out.read, &err.read}) close_fd(*fd);
        return result;
    }
    const std::string request = R"({"v":1,"id":"doctor","type":"hello","params":{}})";
    write_all(in.write,
              framing::encode_header(static_cast<std::uint32_t>(request.size())) + request);
    std::string frame;
    bool timed_out = false;
    const bool got =
        read_frame(out.read, err.read, start + timeout, frame, result.stderr_text, timed_out);
    close_fd(in.write);  // the browser closing the port: the host should exit 0
    result.exit_code = reap(pid, got ? std::chrono::milliseconds(2000)
                                     : std::chrono::milliseconds(timed_out ? 0 : 2000));
    drain(err.read, result.stderr_text);
    close_fd(out.read);
    close_fd(err.read);
    result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    if (got && nlohmann::json::accept(frame)) {
        result.answered = true;
        result.reply = nlohmann::json::parse(frame);
    } else if (got) {
        result.failure = "the reply to hello is not JSON";
        result.failure_zh = "hello 的回复不是 JSON";
    } else if (timed_out) {
        result.failure = "no reply to hello within " + std::to_string(timeout.count()) + " ms";
        result.failure_zh = std::to_string(timeout.count()) + " 毫秒内没有回复 hello";
    } else {
        result.failure =
            "the host exited without replying (exit code " + std::to_string(result.exit_code) + ")";
        result.failure_zh = "程序未回复就退出了（退出码 " + std::to_string(result.exit_code) + "）";
    }
    return result;
}

}  // namespace beian::install
