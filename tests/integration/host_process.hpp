// The real beian-assist binary, started through Boost.Process the way a
// browser starts it, spoken to over its stdin/stdout pipes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace beian::test {

inline const std::string kChromeOrigin = "chrome-extension://dgjdgjhgejeiddgmjepinjffbheeahph/";
inline const std::string kGeckoId = "beian-assist@beianassist.cn";

class HostProcess {
  public:
    // data_dir becomes BEIAN_ASSIST_HOME; test hooks are on and "today" is pinned.
    HostProcess(const std::vector<std::string>& args, const std::filesystem::path& data_dir,
                std::map<std::string, std::string> extra_env = {});
    ~HostProcess();

    void send_raw(const std::string& bytes);
    void send(const nlohmann::json& request);
    // The next frame's payload, or nullopt at EOF / a broken frame.
    std::optional<std::string> receive_raw();
    nlohmann::json receive();
    nlohmann::json request(const std::string& type,
                           const nlohmann::json& params = nlohmann::json::object(),
                           const std::string& id = "t1");
    void close_stdin();
    // The browser stops reading: the host's next write fails.
    void close_reply_pipe();
    int wait_exit();  // the exit code
    std::string stderr_text() const;

    // Problems of the last reply received through request(), "" when it
    // matched schemas/protocol/reply.schema.json.
    const std::string& reply_problems() const { return last_reply_problems_; }

  private:
    std::string last_reply_problems_;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A request envelope of protocol v1.
nlohmann::json make_request(const std::string& type, const nlohmann::json& params,
                            const std::string& id = "t1");

std::string host_binary();

std::string reply_schema_problems(const nlohmann::json& reply, const std::string& type);

}  // namespace beian::test
