#include "filing/filing_mark.hpp"

#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {
using nlohmann::json;

// Records a submission, approval (with its 备案编号), 退回 (with the
// reviewer's comments) or deregistration, as a new revision.
json filing_mark(const json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    filing::MarkRequest request;
    request.scope = scope_of(params);
    request.status = *filing::parse_mark_status(params.at("status").get<std::string>());
    request.revision = optional_integer(params, "revision");
    request.number = params.value("number", "");
    request.note = params.value("note", "");
    if (params.contains("date")) {
        request.date = CivilDate::parse(params["date"].get<std::string>());
        if (!request.date) throw ProtocolError(ErrorCode::BadParams, "\"date\" is not a real date");
    }
    for (const auto& comment : params.value("comments", json::array()))
        request.comments.push_back(
            {comment.at("path").get<std::string>(), comment.at("text").get<std::string>()});
    const auto reason = filing::mark_reason(request.scope, request.status);
    const auto result = guard_input([&] {
        return filing::mark_filing(context.store, context.profile, id, request,
                                   revision_note(params, context, reason), context.today());
    });
    context.findings.forget(id);
    json warnings = json::array();
    for (const auto& issue : result.warnings)
        warnings.push_back(
            {{"code", issue.code}, {"message", {{"zh", issue.zh}, {"en", issue.en}}}});
    return {{"id", id},
            {"revision", result.saved.revision},
            {"updatedAt", result.saved.updated_at},
            {"mark", filing::to_json(result.mark)},
            {"warnings", warnings}};
}

}  // namespace beian::protocol::handlers
