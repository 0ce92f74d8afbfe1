#include "rehearsal/rehearsal_server.hpp"

#include <httplib.h>

#include "rehearsal/rehearsal_state.hpp"

namespace beian::rehearsal {
using nlohmann::json;

namespace {

// The portal's envelope: errno 0 on success, datas always a list.
void reply(httplib::Response& res, int status, int error_number, const std::string& message,
           json datas = json::array()) {
    if (!datas.is_array()) datas = json::array({std::move(datas)});
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(
        json{{"errno", error_number}, {"errmsg", message}, {"datas", std::move(datas)}}.dump(),
        "application/json; charset=utf-8");
}

void ok(httplib::Response& res, json datas = json::array()) {
    reply(res, 200, 0, "ok", std::move(datas));
}

// A JSON body {page, model}; on failure the 400 reply is already written.
std::optional<std::pair<std::string, json>> page_and_model(const httplib::Request& req,
                                                           httplib::Response& res) {
    json body;
    try {
        body = json::parse(req.body);
    } catch (const json::parse_error&) {
        reply(res, 400, 400, "请求体不是有效的 JSON / body is not JSON");
        return std::nullopt;
    }
    if (!body.is_object() || !body.contains("page") || !body["page"].is_string() ||
        !body.contains("model") || !body["model"].is_object()) {
        reply(res, 400, 400, "需要 {page, model} / expected {page, model}");
        return std::nullopt;
    }
    return std::make_pair(body["page"].get<std::string>(), body["model"]);
}

// httplib keeps the parsing of one request on a stream protected.
class StreamServer : public httplib::Server {
  public:
    bool serve_stream(httplib::Stream& stream) {
        bool closed = false;
        return process_request(stream, true, closed, nullptr);
    }
};

}  // namespace

struct RehearsalServer::Impl {
    RehearsalOptions options;
    RehearsalState state;
    StreamServer server;
    int port = -1;

    std::string expected_host() const { return "127.0.0.1:" + std::to_string(port); }

    void install_routes();
};

void RehearsalServer::Impl::install_routes() {
    // Only requests addressed to the loopback address we bound: a page on
    // another site cannot reach us through DNS rebinding, and a cross-site
    // form cannot write state.
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value("Host") != expected_host()) {
            reply(res, 421, 421, "仅接受发往 " + expected_host() + " 的请求 / wrong Host");
            return httplib::Server::HandlerResponse::Handled;
        }
        const auto origin = req.get_header_value("Origin");
        if (req.method != "GET" && !origin.empty() && origin != "http://" + expected_host()) {
            reply(res, 403, 403, "跨站请求被拒绝 / cross-origin request refused");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.Get("/api/profile", [this](const httplib::Request&, httplib::Response& res) {
        ok(res, options.profile);
    });
    server.Get("/api/session", [this](const httplib::Request&, httplib::Response& res) {
        ok(res, json{{"companyName", options.company_name}, {"practice", true}});
    });
    server.Put("/api/model", [this](const httplib::Request& req, httplib::Response& res) {
        if (auto body = page_and_model(req, res)) {
            state.set_model(body->first, body->second);
            ok(res);
        }
    });
    server.Get("/api/model", [this](const httplib::Request&, httplib::Response& res) {
        ok(res, state.models());
    });
    server.Post("/api/draft", [this](const httplib::Request& req, httplib::Response& res) {
        if (auto body = page_and_model(req, res)) {
            state.save_draft(body->first, body->second);
            ok(res);
        }
    });
    server.Get("/api/draft", [this](const httplib::Request&, httplib::Response& res) {
        ok(res, state.drafts());
    });
    server.Post("/api/submit", [this](const httplib::Request& req, httplib::Response& res) {
        if (auto body = page_and_model(req, res)) {
            state.submit(body->first, body->second);
            ok(res);
        }
    });
    server.Get("/api/submissions", [this](const httplib::Request&, httplib::Response& res) {
        ok(res, state.submissions());
    });
    server.Post("/api/file/upload", [this](const httplib::Request& req, httplib::Response& res) {
        if (!req.has_file("file")) {
            reply(res, 400, 400, "缺少文件字段 file / multipart field 'file' missing");
            return;
        }
        const auto file = req.get_file_value("file");
        ok(res, state.add_file(file.filename, file.content));
    });
    server.Get("/api/files",
               [this](const httplib::Request&, httplib::Response& res) { ok(res, state.files()); });
    server.Post("/api/reset", [this](const httplib::Request&, httplib::Response& res) {
        state.reset();
        ok(res);
    });
    server.Get(R"(/api/template/([a-z-]+))",
               [](const httplib::Request& req, httplib::Response& res) {
                   // Stand-ins for the portal's template downloads (承诺书, 自评估报告 …).
                   res.set_header("Content-Disposition",
                                  "attachment; filename=\"" + req.matches[1].str() + ".txt\"");
                   res.set_content("演练模板（非官方）: " + req.matches[1].str() + "\n",
                                   "text/plain; charset=utf-8");
               });
    server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (res.status == 404 && req.path.rfind("/api/", 0) == 0)
            reply(res, 404, 404, "没有这个接口 / no such endpoint");
    });
}

RehearsalServer::RehearsalServer(RehearsalOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    impl_->install_routes();
    if (!impl_->options.assets.empty())
        impl_->server.set_mount_point("/", impl_->options.assets.string());
}

RehearsalServer::~RehearsalServer() { stop(); }

int RehearsalServer::bind() {
    impl_->port =
        impl_->options.port == 0
            ? impl_->server.bind_to_any_port("127.0.0.1")
            : (impl_->server.bind_to_port("127.0.0.1", impl_->options.port) ? impl_->options.port
                                                                            : -1);
    return impl_->port;
}

bool RehearsalServer::serve() { return impl_->server.listen_after_bind(); }

void RehearsalServer::stop() {
    if (impl_->server.is_running()) impl_->server.stop();
}

int RehearsalServer::port() const { return impl_->port; }

bool RehearsalServer::serve_stream(httplib::Stream& stream) {
    return impl_->server.serve_stream(stream);
}

}  // namespace beian::rehearsal
