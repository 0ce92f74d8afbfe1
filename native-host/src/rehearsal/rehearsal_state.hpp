// What the rehearsal portal's back end remembers while it runs: the live
// form model each page mirrors to it, the drafts (暂存), the submissions
// (提交) and uploaded files. Tests read it to assert what the app itself
// received, and that 提交 was never pressed unless a person pressed it.
#pragma once

#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

namespace beian::rehearsal {

class RehearsalState {
  public:
    // Each call records one event; all are safe from several server threads.
    void set_model(const std::string& page, const nlohmann::json& model);
    void save_draft(const std::string& page, const nlohmann::json& model);
    void submit(const std::string& page, const nlohmann::json& model);
    // Returns the file's record {fileId, name, size, sha256}.
    nlohmann::json add_file(const std::string& name, const std::string& content);

    nlohmann::json models() const;
    nlohmann::json drafts() const;
    nlohmann::json submissions() const;
    nlohmann::json files() const;
    void reset();

  private:
    mutable std::mutex mutex_;
    nlohmann::json models_ = nlohmann::json::object();
    nlohmann::json drafts_ = nlohmann::json::object();
    nlohmann::json submissions_ = nlohmann::json::array();
    nlohmann::json files_ = nlohmann::json::array();
};

}  // namespace beian::rehearsal
