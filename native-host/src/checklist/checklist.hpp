// `checklist ID`: every material of the filing (materials.hpp) with its state
// and what to do next. States: missing, optional (named by the guide, not
// required here), draft (a Word draft where a stamped scan goes), attached,
// stale (a fact the document states has changed: it differs from the form,
// or the approved filing's diff lists it for reissue), expired (the
// certificate's validity has ended), file-missing, file-changed (the file on
// disk is not the one recorded); for the product facts: recorded, incomplete.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "portal/profile.hpp"
#include "storage/dossier_store.hpp"
#include "util/civil_date.hpp"

namespace beian::checklist {

struct Text {
    std::string zh;
    std::string en;
};

struct ChecklistItem {
    std::string material;  // materials.hpp id
    Text name;
    std::string guide;      // "§5.2", "" = the portal only
    std::string algorithm;  // the algorithm's id, "" for the entity's materials
    std::string field;      // profile id of the upload field, "" for facts
    std::string upload;     // where it goes: "主体信息 · 算法备案承诺书"
    bool required = false;
    std::string state;
    std::string pointer;               // the attachment in the dossier, "" when none
    std::string path;                  // its file as recorded
    std::vector<std::string> because;  // stale: labels of the facts that changed
    std::string expired_on;            // expired: the last valid day
    // draft: fill-in markers and template text left; products: required fields empty
    std::optional<std::size_t> open;
    Text next;
};

struct Checklist {
    std::string id;
    std::int64_t revision = 0;
    CivilDate today;
    std::vector<ChecklistItem> items;
};

// Reads the dossier, its history (for the approved filings' diffs) and the
// attachment files. Throws StorageError NotFound for an unknown dossier.
Checklist build_checklist(const storage::DossierStore& store, const portal::Profile& profile,
                          const std::string& id, CivilDate today);

// A state that needs no action (attached, recorded, optional).
bool is_done(const std::string& state);

nlohmann::json to_json(const Checklist& checklist);

}  // namespace beian::checklist
