// The portal profile: the portal's pages in order and, for every field, where
// its value lives in the dossier, its label and aliases, control kind,
// options, length limit and how sure we are. Data, shared with the extension
// (schemas/portal/profile.json); a user's local override is merged by field id.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace beian::portal {

enum class LengthUnit { Utf16, CodePoints };

struct ProfileField {
    std::string id;
    std::string path;  // JSON Pointer relative to the page's object
    std::string label;
    std::string group;
    std::string control;
    std::optional<std::size_t> limit;  // nullopt: the portal's limit is unknown
    LengthUnit unit = LengthUnit::Utf16;
    bool required = false;
    bool sensitive = false;
    std::string format;        // "" or uscc, id-number, mobile, email, url, icp, …
    std::string id_type_path;  // for id-number: pointer to the 证件类型 sibling
    nlohmann::json when;       // null or {"path": …, "equals": …} / {"path": …, "in": […]}
    nlohmann::json raw;        // the whole entry as the profile states it
};

struct ProfilePage {
    std::string id;
    std::string title;
    std::string step;
    std::string object;  // pointer template, e.g. "/algorithms/{algorithm}"
    std::vector<ProfileField> fields;
};

class Profile {
  public:
    // Throws std::runtime_error naming the first problem (schema errors,
    // duplicate field ids).
    static Profile from_json(nlohmann::json document);

    // The embedded profile, with <data_dir>/profile.override.json merged on
    // top when it exists. Throws std::runtime_error on a broken override.
    static Profile load(const std::filesystem::path& data_dir);

    // The embedded profile with override_doc merged (null: none). Throws
    // std::runtime_error as load() does.
    static Profile with_override(const nlohmann::json& override_doc);

    // The embedded profile without an override is parsed on first use of
    // these (thread-safe): a host started for a hello or a dossier request
    // never needs it, and parsing it was a tenth of a cold start.
    const std::vector<ProfilePage>& pages() const { return parsed().pages; }
    const ProfilePage* page(std::string_view id) const;
    const nlohmann::json& document() const { return parsed().document; }
    // profileVersion, read without parsing the rest while it is not parsed.
    std::string version() const;
    const std::vector<std::string>& overridden_fields() const { return overridden_; }
    // Different for every profile built in this process (copies share it):
    // what results computed from a profile are keyed by (FindingsCache).
    std::uint64_t serial() const { return serial_; }

  private:
    struct Parsed {
        nlohmann::json document;
        std::vector<ProfilePage> pages;
    };
    // Shared by copies; built once, by whichever call needs it first.
    struct Lazy {
        std::once_flag once;
        Parsed parsed;
    };

    // from_json without the schema check, for a document known to pass it.
    static Profile from_checked_json(nlohmann::json document);
    static Parsed parse(nlohmann::json document);
    const Parsed& parsed() const;

    std::shared_ptr<Lazy> lazy_ = std::make_shared<Lazy>();
    bool embedded_unparsed_ = false;  // the embedded profile, left to parsed()
    std::vector<std::string> overridden_;
    std::uint64_t serial_ = 0;
};

// Applies {"fields": {"<field id>": {…partial field…}}} onto the profile
// document; returns the ids it changed. Unknown ids are an error.
std::vector<std::string> apply_override(nlohmann::json& profile,
                                        const nlohmann::json& override_doc);

}  // namespace beian::portal
