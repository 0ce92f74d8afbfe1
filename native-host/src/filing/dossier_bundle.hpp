// A dossier as one file, to move it to another machine or hand it to an
// agency: {bundle: "beian-assist/dossier", bundleVersion: 1, exportedAt, id,
// revision, historyMode, history: [entries], dossier, attachments: [{pointer,
// path, sha256, size, file}], digest}. Attachments travel as their hashes
// (the files go separately); each side reports whether it holds the very
// file: "ok", "missing" or "different". The digest (SHA-256 of the dossier and
// history) catches a bundle damaged or edited on the way.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "storage/dossier_store.hpp"

namespace beian::filing {

// none: the current dossier only; baselines: plus the revisions the filing
// record points at (what diffs against the approval need); all: everything.
enum class HistoryMode { None, Baselines, All };

std::optional<HistoryMode> parse_history_mode(std::string_view text);

nlohmann::json export_bundle(const storage::DossierStore& store, const std::string& id,
                             HistoryMode mode);

// {id, revision, history: n, attachments: [...]}. Throws FilingInputError for
// a bundle that is not one, damaged or schema-invalid; StorageError Conflict
// when the id is taken.
nlohmann::json import_bundle(storage::DossierStore& store, const nlohmann::json& bundle,
                             const std::optional<std::string>& id);

// Every attachment the dossier names: [{pointer, path, sha256, size}].
nlohmann::json attachment_records(const nlohmann::json& dossier);

// Every attachment of the dossier with the state of its file relative to the
// store's dossier directory.
nlohmann::json attachment_manifest(const storage::DossierStore& store,
                                   const nlohmann::json& dossier);

}  // namespace beian::filing
