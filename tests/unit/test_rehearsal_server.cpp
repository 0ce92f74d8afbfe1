// The rehearsal portal's server in-process: routes, the Host check, the
// draft/submit endpoints and bad requests.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

#include "rehearsal/rehearsal_server.hpp"
#include "support/temp_dir.hpp"
#include "util/sha256.hpp"

using nlohmann::json;

namespace {

class RunningServer {
  public:
    RunningServer() {
        std::ofstream(assets_.path() / "index.html") << "<!doctype html><title>演练</title>";
        beian::rehearsal::RehearsalOptions options;
        options.assets = assets_.path();
        options.profile = {{"profileVersion", "test"}};
        options.company_name = "演示公司";
        server_ = std::make_unique<beian::rehearsal::RehearsalServer>(std::move(options));
        port_ = server_->bind();
        REQUIRE(port_ > 0);
        thread_ = std::thread([this] { server_->serve(); });
    }
    ~RunningServer() {
        server_->stop();
        thread_.join();
    }
    httplib::Client client() const { return httplib::Client("127.0.0.1", port_); }
    int port() const { return port_; }

  private:
    beian::test::TempDir assets_;
    std::unique_ptr<beian::rehearsal::RehearsalServer> server_;
    std::thread thread_;
    int port_ = -1;
};

json body_of(const httplib::Result& result) {
    REQUIRE(result);
    return json::parse(result->body);
}

}  // namespace

TEST_CASE("rehearsal server: static pages and read-only API", "[rehearsal]") {
    RunningServer server;
    auto client = server.client();
    const auto index = client.Get("/index.html");
    REQUIRE(index);
    CHECK(index->status == 200);
    CHECK(index->body.find("演练") != std::string::npos);

    const auto profile = body_of(client.Get("/api/profile"));
    CHECK(profile["errno"] == 0);
    CHECK(profile["datas"][0]["profileVersion"] == "test");
    CHECK(body_of(client.Get("/api/session"))["datas"][0]["companyName"] == "演示公司");

    const auto missing = client.Get("/api/nothing");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(json::parse(missing->body)["errno"] == 404);
}

TEST_CASE("rehearsal server: model, draft and submit are kept apart", "[rehearsal]") {
    RunningServer server;
    auto client = server.client();
    const json entity = {{"page", "entity"}, {"model", {{"name", "演示公司"}}}};
    CHECK(body_of(client.Put("/api/model", entity.dump(), "application/json"))["errno"] == 0);
    CHECK(body_of(client.Get("/api/model"))["datas"][0]["entity"]["name"] == "演示公司");
    CHECK(body_of(client.Get("/api/draft"))["datas"][0].empty());

    CHECK(body_of(client.Post("/api/draft", entity.dump(), "application/json"))["errno"] == 0);
    const auto drafts = body_of(client.Get("/api/draft"))["datas"][0];
    CHECK(drafts["entity"]["model"]["name"] == "演示公司");
    CHECK(body_of(client.Get("/api/submissions"))["datas"].empty());  // 暂存 is not 提交

    CHECK(body_of(client.Post("/api/submit", entity.dump(), "application/json"))["errno"] == 0);
    CHECK(body_of(client.Get("/api/submissions"))["datas"].size() == 1);

    CHECK(body_of(client.Post("/api/reset", "", "application/json"))["errno"] == 0);
    CHECK(body_of(client.Get("/api/submissions"))["datas"].empty());
}

TEST_CASE("rehearsal server: uploads are recorded with their hash", "[rehearsal]") {
    RunningServer server;
    auto client = server.client();
    const std::string content = "%PDF-1.4 sample";
    httplib::MultipartFormDataItems items = {{"file", content, "承诺书.pdf", "application/pdf"}};
    const auto uploaded = body_of(client.Post("/api/file/upload", items));
    CHECK(uploaded["datas"][0]["sha256"] == beian::sha256_hex(content));
    CHECK(uploaded["datas"][0]["size"] == content.size());
    CHECK(body_of(client.Get("/api/files"))["datas"].size() == 1);
    const auto no_file = client.Post("/api/file/upload", httplib::MultipartFormDataItems{});
    REQUIRE(no_file);
    CHECK(no_file->status == 400);
}

TEST_CASE("rehearsal server: bad requests are refused with the portal's envelope", "[rehearsal]") {
    RunningServer server;
    auto client = server.client();
    for (const std::string body :
         {"not json", "[]", R"({"page":"entity"})", R"({"page":1,"model":{}})"}) {
        const auto result = client.Post("/api/draft", body, "application/json");
        REQUIRE(result);
        CHECK(result->status == 400);
        CHECK(json::parse(result->body)["errno"] == 400);
    }
}

TEST_CASE("rehearsal server: only requests to the bound loopback address are served",
          "[rehearsal]") {
    RunningServer server;
    auto client = server.client();
    for (const std::string& host : std::vector<std::string>{
             "localhost:" + std::to_string(server.port()), "evil.example", "127.0.0.1:1"}) {
        const auto result = client.Get("/api/profile", {{"Host", host}});
        REQUIRE(result);
        CHECK(result->status == 421);
        CHECK(json::parse(result->body)["errno"] == 421);
    }
    const json entity = {{"page", "entity"}, {"model", json::object()}};
    const auto cross_site = client.Post("/api/submit", {{"Origin", "https://evil.example"}},
                                        entity.dump(), "application/json");
    REQUIRE(cross_site);
    CHECK(cross_site->status == 403);
    CHECK(body_of(client.Get("/api/submissions"))["datas"].empty());
}
