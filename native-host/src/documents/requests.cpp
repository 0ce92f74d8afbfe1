#include "documents/requests.hpp"

#include <array>
#include <filesystem>
#include <functional>
#include <string_view>
#include <utility>

#include "checklist/checklist.hpp"
#include "documents/draft_writer.hpp"
#include "portal/profile.hpp"
#include "protocol/dispatcher.hpp"
#include "protocol/error_codes.hpp"
#include "storage/dossier_store.hpp"

namespace beian::documents {
namespace {

using nlohmann::json;

struct Request {
    const json& params;
    storage::DossierStore& store;
    const portal::Profile& profile;
    CivilDate today;
    storage::RevisionNote note;
};

json draft(const Request& r) {
    DraftRequest request{r.params.at("id").get<std::string>(), {}, {}};
    if (r.params.contains("algorithm"))
        request.algorithm = r.params["algorithm"].get<std::string>();
    return to_json(write_drafts(r.store, r.profile, request, r.today, r.note));
}

json checklist_of(const Request& r) {
    return checklist::to_json(checklist::build_checklist(
        r.store, r.profile, r.params.at("id").get<std::string>(), r.today));
}

constexpr std::array<std::pair<std::string_view, json (*)(const Request&)>, 2> kAnswers{{
    {"documents.draft", draft},
    {"materials.checklist", checklist_of},
}};

}  // namespace

json answer_request(const json& request) {
    return protocol::guarded_reply(nullptr, [&] {
        const auto type = request.at("type").get<std::string>();
        const std::filesystem::path data_dir = request.at("dataDir").get<std::string>();
        const auto today = CivilDate::parse(request.at("today").get<std::string>());
        if (!today) throw protocol::ProtocolError(protocol::ErrorCode::BadRequest, "no date");
        storage::DossierStore store(data_dir);
        const auto profile = portal::Profile::load(data_dir);
        const auto& note = request.value("note", json::object());
        const Request r{request.at("params"),
                        store,
                        profile,
                        *today,
                        {note.value("reason", std::string()), note.value("author", std::string()),
                         note.value("via", std::string())}};
        for (const auto& [name, answer] : kAnswers)
            if (name == type) return answer(r);
        throw protocol::ProtocolError(protocol::ErrorCode::UnknownType,
                                      "the documents companion does not answer " + type);
    });
}

}  // namespace beian::documents
