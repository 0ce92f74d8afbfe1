#include "portal/profile.hpp"

#include <atomic>
#include <set>
#include <stdexcept>

#include "resources/embedded.hpp"
#include "schema/schema_validator.hpp"
#include "storage/atomic_file.hpp"

namespace beian::portal {
using nlohmann::json;

namespace {

std::string str(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

ProfileField parse_field(const json& entry, LengthUnit default_unit) {
    ProfileField field;
    field.id = str(entry, "id");
    field.path = str(entry, "path");
    field.label = str(entry, "label");
    field.group = str(entry, "group");
    field.control = str(entry, "control");
    if (entry.contains("limit") && entry["limit"].is_number_unsigned())
        field.limit = entry["limit"].get<std::size_t>();
    const auto unit = str(entry, "unit");
    field.unit = unit.empty()           ? default_unit
                 : unit == "codepoints" ? LengthUnit::CodePoints
                                        : LengthUnit::Utf16;
    field.required = entry.value("required", false);
    field.sensitive = entry.value("sensitive", false);
    field.format = str(entry, "format");
    field.id_type_path = str(entry, "idTypePath");
    field.when = entry.value("when", json());
    field.raw = entry;
    return field;
}

}  // namespace

Profile Profile::from_json(json document) {
    const auto errors = schema::profile_validator().validate(document);
    if (!errors.empty())
        throw std::runtime_error("portal profile invalid at '" + errors.front().pointer +
                                 "': " + errors.front().message);
    return from_checked_json(std::move(document));
}

namespace {

std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> built{0};
    return ++built;
}

// Stops the SAX parse at the top-level "profileVersion" (the profile's first
// key), so hello reads the version of a profile nobody parsed yet.
struct VersionReader : nlohmann::json_sax<json> {
    int depth = 0;
    bool at_version = false;
    std::string version;
    bool null() override { return !at_version; }
    bool boolean(bool) override { return !at_version; }
    bool number_integer(std::int64_t) override { return !at_version; }
    bool number_unsigned(std::uint64_t) override { return !at_version; }
    bool number_float(double, const std::string&) override { return !at_version; }
    bool string(std::string& value) override {
        if (at_version) version = value;
        return !at_version;
    }
    bool binary(json::binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        ++depth;
        return !at_version;
    }
    bool end_object() override {
        --depth;
        return true;
    }
    bool start_array(std::size_t) override { return !at_version; }
    bool end_array() override { return true; }
    bool key(std::string& name) override {
        at_version = depth == 1 && name == "profileVersion";
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }
};

}  // namespace

const Profile::Parsed& Profile::parsed() const {
    std::call_once(lazy_->once, [this] {
        lazy_->parsed = parse(schema::embedded_json("schemas/portal/profile.json"));
    });
    return lazy_->parsed;
}

std::string Profile::version() const {
    if (!embedded_unparsed_) return document().value("profileVersion", "");
    VersionReader reader;
    json::sax_parse(*resources::find("schemas/portal/profile.json"), &reader);
    return reader.version;
}

Profile Profile::from_checked_json(json document) {
    Profile profile;
    profile.serial_ = next_serial();
    auto parsed = parse(std::move(document));
    std::call_once(profile.lazy_->once, [&] { profile.lazy_->parsed = std::move(parsed); });
    return profile;
}

Profile::Parsed Profile::parse(json document) {
    Parsed result;
    const auto default_unit =
        document.value("/defaults/unit"_json_pointer, std::string("utf16")) == "codepoints"
            ? LengthUnit::CodePoints
            : LengthUnit::Utf16;
    std::set<std::string> seen;
    for (const auto& page_json : document.at("pages")) {
        ProfilePage page{str(page_json, "id"),
                         str(page_json, "title"),
                         str(page_json, "step"),
                         str(page_json, "object"),
                         {}};
        for (const auto& entry : page_json.at("fields")) {
            auto field = parse_field(entry, default_unit);
            if (!seen.insert(field.id).second)
                throw std::runtime_error("portal profile: field id '" + field.id + "' is repeated");
            page.fields.push_back(std::move(field));
        }
        result.pages.push_back(std::move(page));
    }
    result.document = std::move(document);
    return result;
}

Profile Profile::load(const std::filesystem::path& data_dir) {
    const auto override_path = data_dir / "profile.override.json";
    const auto text = storage::read_file(override_path);
    if (!text) return with_override(json());
    try {
        return with_override(json::parse(*text));
    } catch (const json::parse_error& e) {
        throw std::runtime_error(override_path.string() + " is not valid JSON (byte " +
                                 std::to_string(e.byte) + ")");
    }
}

Profile Profile::with_override(const json& override_doc) {
    if (override_doc.is_null()) {
        // The embedded profile, parsed when first needed (parsed()).
        Profile profile;
        profile.serial_ = next_serial();
        profile.embedded_unparsed_ = true;
        return profile;
    }
    json document = schema::embedded_json("schemas/portal/profile.json");
    std::vector<std::string> changed;
    changed = apply_override(document, override_doc);
    // The embedded profile as built is the repository's file, which the unit
    // tests check against its schema ("the profile passes its own schema");
    // validating it again at every start was a tenth of a host's cold start.
    // Only an override can make it invalid here.
    auto profile =
        changed.empty() ? from_checked_json(std::move(document)) : from_json(std::move(document));
    profile.overridden_ = std::move(changed);
    return profile;
}

const ProfilePage* Profile::page(std::string_view id) const {
    for (const auto& page : pages())
        if (page.id == id) return &page;
    return nullptr;
}

std::vector<std::string> apply_override(json& profile, const json& override_doc) {
    if (!override_doc.is_object() || !override_doc.contains("fields") ||
        !override_doc["fields"].is_object())
        throw std::runtime_error("profile override must be {\"fields\": {\"<field id>\": {…}}}");
    std::vector<std::string> changed;
    for (const auto& [field_id, patch] : override_doc["fields"].items()) {
        bool found = false;
        for (auto& page : profile["pages"]) {
            for (auto& field : page["fields"]) {
                if (field.value("id", "") != field_id) continue;
                if (!patch.is_object())
                    throw std::runtime_error("override of '" + field_id + "' must be an object");
                field.merge_patch(patch);
                field["id"] = field_id;  // an override may not rename a field
                found = true;
            }
        }
        if (!found)
            throw std::runtime_error("profile override names unknown field '" + field_id + "'");
        changed.push_back(field_id);
    }
    return changed;
}

}  // namespace beian::portal
