// `docs`: writes the .docx drafts of the four filing documents for a stored
// dossier and records each in its upload field (path, hash, size and the
// facts it states as Attachment.declared), so that a later change of one of
// those facts flags the document (diff's reissue list, the checklist, the
// DOCUMENT_FACT_MISMATCH rule). A field already holding a stamped scan keeps
// it: the draft is written but not recorded.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "documents/word_file.hpp"
#include "portal/profile.hpp"
#include "storage/dossier_store.hpp"
#include "util/civil_date.hpp"

namespace beian::documents {

struct DraftRequest {
    std::string id;
    std::optional<std::string> algorithm;            // only this algorithm's two documents
    std::optional<std::filesystem::path> directory;  // default <dossiers>/<id>.documents
};

struct WrittenDraft {
    std::string document;   // commitmentLetter, responsibilityReport, selfAssessmentReport, …
    std::string label;      // the upload field's portal label
    std::string algorithm;  // its id, "" for the entity's documents
    std::string slot;       // JSON Pointer of the upload field
    std::string path;       // as recorded: relative to the dossiers directory when inside it
    std::filesystem::path file;
    std::string sha256;
    std::uint64_t size = 0;
    std::size_t blanks = 0;            // 【待填写】 markers for the filer
    std::vector<std::string> missing;  // labels of facts the dossier lacks
    nlohmann::json declared;
    // A file of the same name that the filer had edited is never overwritten:
    // the draft goes to a new name and this names the edited one.
    std::string preserved;
    // recorded: the upload field now names this draft; unchanged: it already
    // did; kept: a non-Word file (a scan) is attached and stays.
    std::string record;
};

struct DraftResult {
    std::string id;
    std::int64_t revision = 0;  // the dossier's revision after recording
    bool saved = false;         // a new revision was saved
    std::filesystem::path directory;
    std::vector<WrittenDraft> drafts;
};

// Throws StorageError (NotFound for an unknown dossier or algorithm; Conflict
// when the dossier changed while the drafts were written; DiskFull, Io).
DraftResult write_drafts(storage::DossierStore& store, const portal::Profile& profile,
                         const DraftRequest& request, CivilDate today,
                         const storage::RevisionNote& note);

nlohmann::json to_json(const DraftResult& result);

}  // namespace beian::documents
