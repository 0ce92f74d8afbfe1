// The rehearsal portal: replicas of the CAC filing pages served on
// 127.0.0.1 only, for practising a fill and for the extension's browser
// tests. Its /api mimics the portal's {errno, errmsg, datas} envelope.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace httplib {
class Stream;
}

namespace beian::rehearsal {

struct RehearsalOptions {
    int port = 0;                  // 0: a random free port
    std::filesystem::path assets;  // the built front end (index.html, variants, vendor/)
    nlohmann::json profile;        // served to the pages: labels, options, limits
    std::string company_name;      // shown in the header, from the sample dossier
};

class RehearsalServer {
  public:
    explicit RehearsalServer(RehearsalOptions options);
    ~RehearsalServer();

    // Binds 127.0.0.1; returns the port, or -1 when binding failed.
    int bind();
    // Serves until stop() (blocking).
    bool serve();
    void stop();
    int port() const;

    // Reads one request from stream and writes its response, as for one
    // connection (after bind(): the Host check needs the port). For the HTTP
    // fuzz target (tests/fuzz/fuzz_rehearsal_http.cpp), which has no socket.
    bool serve_stream(httplib::Stream& stream);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace beian::rehearsal
