#include "plan/page_capture.hpp"

#include "protocol/error_codes.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"
#include "protocol/handlers/plan_request.hpp"

namespace beian::protocol::handlers {
using nlohmann::json;

namespace {

CaptureResult captured(const json& dossier, const json& params, const HostContext& context) {
    const auto request = plan_request(params);
    auto result = capture_page(dossier, context.profile, request, params.at("values"));
    if (result.error) throw_plan_error(*result.error, request);
    return result;
}

// The accepted field ids; each must be one of the changes (the person
// confirmed what the preview showed, nothing else).
std::set<std::string> accepted_fields(const json& params, const json& changes) {
    std::set<std::string> accepted;
    for (const auto& field : params.at("accept")) {
        const auto id = field.get<std::string>();
        bool known = false;
        for (const auto& change : changes) known = known || change["field"] == id;
        if (!known)
            throw ProtocolError(ErrorCode::BadParams,
                                "field '" + id + "' shows no change to capture on this page");
        accepted.insert(id);
    }
    return accepted;
}

}  // namespace

// Without accept: the preview (what differs, what could not be read). With
// accept and baseRevision: those changes become a new revision, computed again
// under the store's lock against the revision the person saw.
json page_capture(const json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    if (!params.contains("accept")) {
        const auto dossier = context.store.load(id);
        auto result = captured(dossier, params, context);
        return {{"id", id},
                {"revision", dossier.value("/meta/revision"_json_pointer, 0)},
                {"changes", std::move(result.changes)},
                {"skipped", std::move(result.skipped)}};
    }
    const auto* page = context.profile.page(params.at("page").get<std::string>());
    const auto note = revision_note(
        params, context,
        "从页面采集：" +
            (page ? page->title + (page->step.empty() ? "" : " · " + page->step) : ""));
    json applied;
    const auto saved = context.store.update(
        id,
        [&](const json& current) {
            const auto result = captured(current, params, context);
            const auto accepted = accepted_fields(params, result.changes);
            applied = json::array();
            for (const auto& change : result.changes)
                if (accepted.count(change["field"].get<std::string>())) applied.push_back(change);
            auto next = apply_capture(current, result.changes, accepted);
            require_schema_valid(id, next);
            return next;
        },
        note, params.at("baseRevision").get<std::int64_t>());
    context.findings.forget(id);
    return {{"id", id},
            {"revision", saved.revision},
            {"updatedAt", saved.updated_at},
            {"applied", std::move(applied)}};
}

}  // namespace beian::protocol::handlers
