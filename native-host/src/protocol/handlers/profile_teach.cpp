#include <algorithm>

#include "protocol/error_codes.hpp"
#include "protocol/handlers/handlers.hpp"
#include "storage/atomic_file.hpp"

namespace beian::protocol::handlers {

namespace {

using nlohmann::json;

const portal::ProfileField* find_field(const portal::Profile& profile, const std::string& id) {
    for (const auto& page : profile.pages())
        for (const auto& field : page.fields)
            if (field.id == id) return &field;
    return nullptr;
}

json read_override(const std::filesystem::path& path) {
    const auto text = storage::read_file(path);
    if (!text) return {{"fields", json::object()}};
    return json::parse(*text);  // it parsed when the host started
}

}  // namespace

// Teach mode: the person clicked the page control a field belongs to, and
// the extension sends the label that control carries on this portal. The
// label becomes one more alias of the field in the local profile override
// (profile.override.json), so the next plan finds it by label as usual;
// "forget" drops the field's override. The new profile is built and checked
// before the file is replaced, and only then used.
json profile_teach(const json& params, HostContext& context) {
    const auto field_id = params.at("field").get<std::string>();
    const auto* field = find_field(context.profile, field_id);
    if (!field)
        throw ProtocolError(ErrorCode::NotFound, "the profile has no such field",
                            {{"field", field_id}});
    const auto path = context.data_dir / "profile.override.json";
    auto override_doc = read_override(path);
    if (params.value("forget", false)) {
        override_doc["fields"].erase(field_id);
    } else {
        const auto alias = params.at("alias").get<std::string>();
        auto aliases = field->raw.value("aliases", json::array());
        if (field->label != alias &&
            std::find(aliases.begin(), aliases.end(), alias) == aliases.end())
            aliases.push_back(alias);
        override_doc["fields"][field_id]["aliases"] = aliases;
    }

    auto profile = portal::Profile::with_override(override_doc);
    storage::ensure_private_directory(context.data_dir);
    storage::write_file_atomically(path, override_doc.dump(2) + "\n");
    context.profile = std::move(profile);
    const auto* taught = find_field(context.profile, field_id);
    return {{"field", field_id},
            {"aliases", taught->raw.value("aliases", json::array())},
            {"overriddenFields", context.profile.overridden_fields()}};
}

}  // namespace beian::protocol::handlers
