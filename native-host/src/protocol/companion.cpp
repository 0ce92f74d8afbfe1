#include "protocol/companion.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "install/self_path.hpp"
#include "protocol/error_codes.hpp"
#include "util/json_text.hpp"

extern char** environ;

namespace beian::protocol {
namespace {

[[noreturn]] void fail(const std::string& what) {
    throw ProtocolError(ErrorCode::Internal,
                        std::string("the documents companion ") + kDocumentsCompanion + " " + what);
}

// Writes all of text to fd; a companion that stops reading early (it failed)
// is found by its exit, not by a SIGPIPE here.
void write_all(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        done += static_cast<std::size_t>(n);
    }
}

std::string read_all(int fd) {
    std::string out;
    char buffer[65536];
    for (;;) {
        const auto n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return out;
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

struct Pipe {
    int fds[2] = {-1, -1};
    Pipe() {
        if (::pipe2(fds, O_CLOEXEC) != 0)
            fail(std::string("cannot start: ") + std::strerror(errno));
    }
    ~Pipe() {
        for (int& fd : fds)
            if (fd >= 0) ::close(fd);
    }
    void close(int end) {
        ::close(fds[end]);
        fds[end] = -1;
    }
};

// Runs the companion with request on stdin; its stdout, and its exit status.
std::pair<std::string, int> run(const std::string& request) {
    const auto program = install::self_executable().parent_path() / kDocumentsCompanion;
    Pipe in;
    Pipe out;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fds[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out.fds[1], STDOUT_FILENO);
    std::string path = program.string();
    std::string flag = "--request";
    char* argv[] = {path.data(), flag.data(), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) fail(std::string("cannot start (") + std::strerror(spawned) + "): " + path);
    in.close(0);
    out.close(1);
    // The host may have a closed reply pipe of its own ignored already; a
    // companion that exits before reading its request must not kill it.
    struct sigaction ignore {};
    struct sigaction previous {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &previous);
    write_all(in.fds[1], request);
    ::sigaction(SIGPIPE, &previous, nullptr);
    in.close(1);
    auto reply = read_all(out.fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return {std::move(reply), status};
}

}  // namespace

nlohmann::json ask_companion(const std::string& type, const nlohmann::json& params,
                             const HostContext& context, const storage::RevisionNote& note) {
    const nlohmann::json request{
        {"type", type},
        {"params", params},
        {"today", context.today().to_string()},
        {"dataDir", context.data_dir.string()},
        {"note", {{"reason", note.reason}, {"author", note.author}, {"via", note.via}}}};
    const auto [text, status] = run(request.dump());
    auto parsed = parse_json_text(text);
    if (!parsed.ok() || !parsed.value.is_object() || !parsed.value.contains("ok")) {
        if (WIFSIGNALED(status)) fail("was killed by signal " + std::to_string(WTERMSIG(status)));
        fail("gave no reply (exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
             ")");
    }
    const auto& reply = parsed.value;
    if (reply["ok"] == true) return reply.value("result", nlohmann::json::object());
    const auto& error = reply.value("error", nlohmann::json::object());
    const auto code = error_code_named(error.value("code", std::string()));
    throw ProtocolError(code.value_or(ErrorCode::Internal),
                        error.value("message", std::string("failed")),
                        error.value("details", nlohmann::json()));
}

}  // namespace beian::protocol
