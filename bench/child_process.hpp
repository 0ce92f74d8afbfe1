// A child process on two pipes, spoken to in native-messaging frames: what a
// browser does to a host, without a browser.
#pragma once

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace beian::bench {

class FramedChild {
  public:
    FramedChild(const std::vector<std::string>& argv,
                const std::map<std::string, std::string>& env);
    ~FramedChild();
    FramedChild(const FramedChild&) = delete;
    FramedChild& operator=(const FramedChild&) = delete;

    // Sends one frame and returns the reply frame's payload.
    std::optional<std::string> round_trip(const std::string& payload);
    // The child's peak resident set size in KiB so far (it must be running).
    long peak_rss_kib() const;
    // Closes stdin and waits for the child to exit.
    void finish();

  private:
    pid_t pid_ = -1;
    int to_child_ = -1;
    int from_child_ = -1;
};

}  // namespace beian::bench
