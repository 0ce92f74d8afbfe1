#include "integration/host_process.hpp"

#include <fcntl.h>
#include <signal.h>

#include <boost/process.hpp>
#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>
#include <sstream>

#include <algorithm>

#include "framing/frame_codec.hpp"
#include "schema/schema_validator.hpp"

namespace beian::test {
namespace bp = boost::process;

std::string host_binary() { return BEIAN_ASSIST_BINARY; }

nlohmann::json make_request(const std::string& type, const nlohmann::json& params,
                            const std::string& id) {
    // "{}" in a call site is a JSON null to nlohmann; the protocol wants an object.
    return {{"v", 1},
            {"id", id},
            {"type", type},
            {"params", params.is_null() ? nlohmann::json::object() : params}};
}

struct HostProcess::Impl {
    bp::pipe to_host;
    bp::pipe from_host;
    std::filesystem::path stderr_path;
    bp::child child;
    bool stdin_closed = false;
};

HostProcess::HostProcess(const std::vector<std::string>& args,
                         const std::filesystem::path& data_dir,
                         std::map<std::string, std::string> extra_env)
    : impl_(std::make_unique<Impl>()) {
    // A host may exit before it reads (a refused caller does, and now starts
    // fast enough to beat the test's first write): the write must fail, not
    // kill the test runner with SIGPIPE, as a browser's would not.
    ::signal(SIGPIPE, SIG_IGN);
    auto env = boost::this_process::environment();
    bp::environment child_env = env;
    child_env["BEIAN_ASSIST_HOME"] = data_dir.string();
    child_env["BEIAN_ASSIST_TEST_HOOKS"] = "1";
    child_env["BEIAN_ASSIST_TODAY"] = "2026-11-29";
    for (const auto& [key, value] : extra_env) child_env[key] = value;
    static int counter = 0;
    impl_->stderr_path = data_dir.parent_path() /
                         (data_dir.filename().string() + ".stderr." + std::to_string(++counter));
    impl_->child = bp::child(host_binary(), bp::args(args),
                             bp::std_in<impl_->to_host, bp::std_out> impl_->from_host,
                             bp::std_err > impl_->stderr_path.string(), child_env);
    // Boost 1.74 leaves the parent's ends inheritable: a second host started
    // later would hold them open and this host would never see EOF.
    ::fcntl(impl_->to_host.native_sink(), F_SETFD, FD_CLOEXEC);
    ::fcntl(impl_->from_host.native_source(), F_SETFD, FD_CLOEXEC);
}

HostProcess::~HostProcess() {
    if (impl_->child.running()) {
        close_stdin();
        impl_->child.terminate();
    }
    std::error_code ec;
    std::filesystem::remove(impl_->stderr_path, ec);
}

void HostProcess::send_raw(const std::string& bytes) {
    try {
        impl_->to_host.write(bytes.data(), static_cast<int>(bytes.size()));
    } catch (const std::system_error&) {
        // EPIPE: the host has exited; what it said and its exit code tell why.
    }
}

void HostProcess::send(const nlohmann::json& request) {
    const auto text = request.dump();
    send_raw(framing::encode_header(static_cast<std::uint32_t>(text.size())) + text);
}

std::optional<std::string> HostProcess::receive_raw() {
    auto read_exact = [this](char* buffer, std::size_t size) {
        std::size_t got = 0;
        while (got < size) {
            const int n = impl_->from_host.read(buffer + got, static_cast<int>(size - got));
            if (n <= 0) return false;
            got += static_cast<std::size_t>(n);
        }
        return true;
    };
    char header[4];
    if (!read_exact(header, 4)) return std::nullopt;
    std::uint32_t length = 0;
    std::memcpy(&length, header, 4);
    if (length > framing::kMaxOutboundBytes) return std::nullopt;
    std::string payload(length, '\0');
    if (!read_exact(payload.data(), length)) return std::nullopt;
    return payload;
}

nlohmann::json HostProcess::receive() {
    const auto payload = receive_raw();
    if (!payload) throw std::runtime_error("host closed its stdout; stderr: " + stderr_text());
    return nlohmann::json::parse(*payload);
}

nlohmann::json HostProcess::request(const std::string& type, const nlohmann::json& params,
                                    const std::string& id) {
    send(make_request(type, params, id));
    auto reply = receive();
    // A reply that breaks its documented schema fails the test that got it.
    last_reply_problems_ = reply_schema_problems(reply, type);
    INFO("reply to " << type);
    CHECK(last_reply_problems_ == "");
    return reply;
}

// Every reply the tests receive is also checked against the documented reply
// schema: the envelope, then the result against definitions/<type>_result.
std::string reply_schema_problems(const nlohmann::json& reply, const std::string& type) {
    static const auto schema = [] {
        std::ifstream file(std::string(BEIAN_SOURCE_DIR) + "/schemas/protocol/reply.schema.json");
        return nlohmann::json::parse(file);
    }();
    static const schema::SchemaValidator envelope(schema);
    std::string problems;
    for (const auto& error : envelope.validate(reply))
        problems += error.pointer + ": " + error.message + "; ";
    if (reply.value("ok", false)) {
        std::string name = type;
        std::replace(name.begin(), name.end(), '.', '_');
        const schema::SchemaValidator result({{"definitions", schema["definitions"]},
                                              {"$ref", "#/definitions/" + name + "_result"}});
        for (const auto& error : result.validate(reply["result"]))
            problems += "/result" + error.pointer + ": " + error.message + "; ";
    }
    return problems;
}

void HostProcess::close_stdin() {
    if (impl_->stdin_closed) return;
    impl_->to_host.close();
    impl_->stdin_closed = true;
}

void HostProcess::close_reply_pipe() { impl_->from_host.close(); }

int HostProcess::wait_exit() {
    close_stdin();
    impl_->child.wait();
    return impl_->child.exit_code();
}

std::string HostProcess::stderr_text() const {
    std::ifstream file(impl_->stderr_path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace beian::test
