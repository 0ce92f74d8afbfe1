#include "protocol/dispatcher.hpp"

#include "framing/frame_codec.hpp"
#include "protocol/envelope.hpp"
#include "protocol/handlers/handlers.hpp"
#include "schema/schema_validator.hpp"
#include "storage/chunk_inbox.hpp"
#include "storage/storage_error.hpp"
#include "util/json_text.hpp"

namespace beian::protocol {
using nlohmann::json;

const std::vector<HandlerEntry>& handler_table() {
    static const std::vector<HandlerEntry> table = {
        {"hello", handlers::hello},
        {"profile.get", handlers::profile_get},
        {"dossier.list", handlers::dossier_list},
        {"dossier.get", handlers::dossier_get},
        {"dossier.validate", handlers::dossier_validate},
        {"page.plan", handlers::page_plan},
        {"page.capture", handlers::page_capture},
        {"dossier.save", handlers::dossier_save},
        {"history.list", handlers::history_list},
        {"history.get", handlers::history_get},
        {"history.restore", handlers::history_restore},
        {"dossier.diff", handlers::dossier_diff},
        {"filing.changes", handlers::filing_changes},
        {"filing.mark", handlers::filing_mark},
        {"filing.status", handlers::filing_status},
        {"filing.reply", handlers::filing_reply},
        {"dossier.export", handlers::dossier_export},
        {"dossier.import", handlers::dossier_import},
        {"attachment.read", handlers::attachment_read},
        {"attachment.put", handlers::attachment_put},
        {"dossier.stage", handlers::dossier_stage},
        {"dossier.read", handlers::dossier_read},
        {"profile.teach", handlers::profile_teach},
        {"documents.draft", handlers::documents_draft},
        {"materials.checklist", handlers::materials_checklist},
        {"debug.print-to-stdout", handlers::debug_print_to_stdout, true},
    };
    return table;
}

namespace {

const HandlerEntry* find_handler(const std::string& type, const HostContext& context) {
    for (const auto& entry : handler_table())
        if (entry.type == type && (!entry.test_hook || context.test_hooks)) return &entry;
    return nullptr;
}

json refusal(const json& id, ErrorCode code, const std::string& prefix,
             const std::vector<schema::SchemaError>& errors) {
    if (errors.empty()) return nullptr;
    json where = json::array();
    for (const auto& error : errors)
        where.push_back({{"path", prefix + error.pointer}, {"problem", error.message}});
    const auto& first = errors.front();
    return error_reply(
        id, code,
        (code == ErrorCode::BadParams ? "invalid params at '" : "invalid request at '") + prefix +
            first.pointer + "': " + first.message,
        where);
}

// Envelope checks in order, so each failure gets its most specific code.
json check_envelope(const json& message, const json& id, const HostContext& context) {
    if (!message.is_object())
        return error_reply(id, ErrorCode::BadRequest, "a request must be a JSON object");
    const auto v = message.find("v");
    if (v == message.end() || !v->is_number_integer())
        return error_reply(id, ErrorCode::BadRequest, "\"v\" (protocol version) is missing");
    if (v->get<int>() < kProtocolMin || v->get<int>() > kProtocolMax)
        return error_reply(id, ErrorCode::UnsupportedVersion,
                           "this host speaks protocol " + std::to_string(kProtocolMin) + ".." +
                               std::to_string(kProtocolMax));
    const auto type = message.find("type");
    if (type == message.end() || !type->is_string())
        return error_reply(id, ErrorCode::BadRequest, "\"type\" is missing");
    if (!find_handler(type->get<std::string>(), context))
        return error_reply(id, ErrorCode::UnknownType,
                           "no request type '" + type->get<std::string>().substr(0, 64) + "'");
    const auto params = message.find("params");
    const auto* params_schema = schema::params_validator(type->get<std::string>());
    if (params != message.end() && params_schema) {
        if (auto refused =
                refusal(id, ErrorCode::BadParams, "/params", params_schema->validate(*params));
            !refused.is_null())
            return refused;
    }
    // params passed their own schema above: the envelope's check leaves them out.
    return refusal(id, ErrorCode::BadRequest, "", schema::envelope_validator().validate(message));
}

ErrorCode code_of(storage::StorageErrorKind kind) {
    switch (kind) {
        case storage::StorageErrorKind::NotFound:
            return ErrorCode::NotFound;
        case storage::StorageErrorKind::Conflict:
            return ErrorCode::Conflict;
        case storage::StorageErrorKind::InvalidContent:
            return ErrorCode::InvalidDossier;
        case storage::StorageErrorKind::DiskFull:
            return ErrorCode::StorageFull;
        case storage::StorageErrorKind::Io:
            return ErrorCode::StorageError;
    }
    return ErrorCode::Internal;
}

}  // namespace

json dispatch(std::string_view payload, HostContext& context) {
    auto parsed = parse_json_text(payload);
    if (!parsed.ok())
        return error_reply(nullptr,
                           parsed.too_deep ? ErrorCode::NestingTooDeep : ErrorCode::BadJson,
                           parsed.problem);
    const json message = std::move(parsed.value);
    const auto id = readable_id(message);
    if (auto refused = check_envelope(message, id, context); !refused.is_null()) return refused;
    return guarded_reply(id, [&] {
        const auto* entry = find_handler(message["type"].get<std::string>(), context);
        return entry->handle(message.value("params", json::object()), context);
    });
}

json guarded_reply(const json& id, const std::function<json()>& body) {
    try {
        return ok_reply(id, body());
    } catch (const ProtocolError& e) {
        return error_reply(id, e.code(), e.what(), e.details());
    } catch (const storage::UploadRefused& e) {
        // A chunked transfer the caller got wrong: which param, and a stable word for it.
        return error_reply(
            id, ErrorCode::BadParams, e.what(),
            json::array({{{"path", "/params" + e.pointer()}, {"problem", e.problem()}}}));
    } catch (const storage::StorageError& e) {
        return error_reply(id, code_of(e.kind()), e.what());
    } catch (const std::exception& e) {
        return error_reply(id, ErrorCode::Internal, std::string("unexpected failure: ") + e.what());
    }
}

std::string serialise_reply(const json& reply) {
    // Invalid UTF-8 cannot reach here from a parsed request, but a dossier
    // file edited by hand might carry it: replace rather than throw.
    auto text = reply.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() <= framing::kMaxOutboundBytes) return text;
    return error_reply(reply.value("id", json()), ErrorCode::ReplyTooLarge,
                       "the reply is " + std::to_string(text.size()) +
                           " bytes, over the 1 MiB a browser accepts")
        .dump();
}

}  // namespace beian::protocol
