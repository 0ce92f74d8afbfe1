// One function per request type, one file each; params are already checked
// against the request schema when a handler runs.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "protocol/host_context.hpp"

namespace beian::protocol::handlers {

nlohmann::json hello(const nlohmann::json& params, HostContext& context);
nlohmann::json profile_get(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_list(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_get(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_validate(const nlohmann::json& params, HostContext& context);
nlohmann::json page_plan(const nlohmann::json& params, HostContext& context);
nlohmann::json page_capture(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_save(const nlohmann::json& params, HostContext& context);
nlohmann::json attachment_read(const nlohmann::json& params, HostContext& context);
nlohmann::json attachment_put(const nlohmann::json& params, HostContext& context);
// Whole dossiers over one message: sent in chunks, read in chunks.
nlohmann::json dossier_stage(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_read(const nlohmann::json& params, HostContext& context);
nlohmann::json profile_teach(const nlohmann::json& params, HostContext& context);
nlohmann::json debug_print_to_stdout(const nlohmann::json& params, HostContext& context);
// Revisions, diffs, filing records and bundles (filing/).
nlohmann::json history_list(const nlohmann::json& params, HostContext& context);
nlohmann::json history_get(const nlohmann::json& params, HostContext& context);
nlohmann::json history_restore(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_diff(const nlohmann::json& params, HostContext& context);
nlohmann::json filing_changes(const nlohmann::json& params, HostContext& context);
nlohmann::json filing_mark(const nlohmann::json& params, HostContext& context);
nlohmann::json filing_status(const nlohmann::json& params, HostContext& context);
nlohmann::json filing_reply(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_export(const nlohmann::json& params, HostContext& context);
nlohmann::json dossier_import(const nlohmann::json& params, HostContext& context);
// The filing documents: drafts and the materials checklist.
nlohmann::json documents_draft(const nlohmann::json& params, HostContext& context);
nlohmann::json materials_checklist(const nlohmann::json& params, HostContext& context);

// The dossier a request names: {"id": "…"} from the store, an inline
// {"dossier": {…}} (an unsaved edit in the panel), or {"staged": "…"} sent
// before in chunks (dossier.stage; taken, so named once).
nlohmann::json dossier_from_params(const nlohmann::json& params, const HostContext& context);
// The same, shared: a stored dossier comes from the store's parsed-file cache,
// so the findings cache knows it by pointer without comparing it.
std::shared_ptr<const nlohmann::json> shared_dossier_from_params(const nlohmann::json& params,
                                                                 const HostContext& context);

}  // namespace beian::protocol::handlers
