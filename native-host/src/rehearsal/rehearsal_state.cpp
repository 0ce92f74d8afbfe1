#include "rehearsal/rehearsal_state.hpp"

#include "storage/dossier_store.hpp"
#include "util/sha256.hpp"

namespace beian::rehearsal {

void RehearsalState::set_model(const std::string& page, const nlohmann::json& model) {
    std::lock_guard lock(mutex_);
    models_[page] = model;
}

void RehearsalState::save_draft(const std::string& page, const nlohmann::json& model) {
    std::lock_guard lock(mutex_);
    drafts_[page] = {{"model", model}, {"savedAt", storage::utc_timestamp_now()}};
}

void RehearsalState::submit(const std::string& page, const nlohmann::json& model) {
    std::lock_guard lock(mutex_);
    submissions_.push_back(
        {{"page", page}, {"model", model}, {"submittedAt", storage::utc_timestamp_now()}});
}

nlohmann::json RehearsalState::add_file(const std::string& name, const std::string& content) {
    std::lock_guard lock(mutex_);
    nlohmann::json record = {{"fileId", "f" + std::to_string(files_.size() + 1)},
                             {"name", name},
                             {"size", content.size()},
                             {"sha256", sha256_hex(content)}};
    files_.push_back(record);
    return record;
}

nlohmann::json RehearsalState::models() const {
    std::lock_guard lock(mutex_);
    return models_;
}

nlohmann::json RehearsalState::drafts() const {
    std::lock_guard lock(mutex_);
    return drafts_;
}

nlohmann::json RehearsalState::submissions() const {
    std::lock_guard lock(mutex_);
    return submissions_;
}

nlohmann::json RehearsalState::files() const {
    std::lock_guard lock(mutex_);
    return files_;
}

void RehearsalState::reset() {
    std::lock_guard lock(mutex_);
    models_ = nlohmann::json::object();
    drafts_ = nlohmann::json::object();
    submissions_ = nlohmann::json::array();
    files_ = nlohmann::json::array();
}

}  // namespace beian::rehearsal
