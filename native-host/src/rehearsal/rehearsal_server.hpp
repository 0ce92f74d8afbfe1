// The rehearsal portal: replicas of the CAC filing pages served on
// 127.0.0.1 only, for practising a fill and for the extension's browser
// tests. Its /api mimics the portal's {errno, errmsg, datas} envelope.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

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

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace beian::rehearsal
