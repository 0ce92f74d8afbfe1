#include "protocol/companion.hpp"
#include "protocol/handlers/filing_support.hpp"
#include "protocol/handlers/handlers.hpp"

namespace beian::protocol::handlers {

// The panel's 生成文件草稿: the .docx drafts go to the dossier's own folder
// (<dossiers>/<id>.documents/), never to a place a request names, and their
// paths come back for the person to open. Written by the documents companion
// (protocol/companion.hpp), which links the .docx libraries the host does not.
nlohmann::json documents_draft(const nlohmann::json& params, HostContext& context) {
    auto result = ask_companion("documents.draft", params, context,
                                revision_note(params, context, "生成文件草稿"));
    if (result.value("saved", false)) context.findings.forget(params.at("id").get<std::string>());
    return result;
}

}  // namespace beian::protocol::handlers
