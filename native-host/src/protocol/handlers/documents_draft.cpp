#include "documents/draft_writer.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The panel's 生成文件草稿: the .docx drafts go to the dossier's own folder
// (<dossiers>/<id>.documents/), never to a place a request names, and their
// paths come back for the person to open.
nlohmann::json documents_draft(const nlohmann::json& params, HostContext& context) {
    const auto id = params.at("id").get<std::string>();
    documents::DraftRequest request{id, {}, {}};
    if (params.contains("algorithm")) request.algorithm = params["algorithm"].get<std::string>();
    const auto result =
        documents::write_drafts(context.store, context.profile, request, context.today(),
                                revision_note(params, context, "生成文件草稿"));
    if (result.saved) context.findings.forget(id);
    return documents::to_json(result);
}

}  // namespace beian::protocol::handlers
