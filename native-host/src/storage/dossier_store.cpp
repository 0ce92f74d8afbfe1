#include "storage/dossier_store.hpp"

#include <algorithm>
#include <ctime>

#include "storage/atomic_file.hpp"
#include "storage/file_lock.hpp"
#include "storage/storage_error.hpp"
#include "util/json_text.hpp"

namespace beian::storage {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::string_view kSuffix = ".json";
constexpr std::string_view kHistorySuffix = ".history";

std::int64_t revision_of(const json& dossier) {
    const auto* meta = dossier.is_object() && dossier.contains("meta") ? &dossier["meta"] : nullptr;
    if (meta && meta->is_object() && meta->contains("revision") &&
        (*meta)["revision"].is_number_integer())
        return (*meta)["revision"].get<std::int64_t>();
    return 0;
}

json parse_or_throw(const std::string& text, const std::string& id) {
    auto parsed = parse_json_text(text);
    if (!parsed.ok())
        throw StorageError(StorageErrorKind::InvalidContent,
                           "dossier '" + id + "' is unusable: " + parsed.problem);
    return std::move(parsed.value);
}

std::string string_at(const json& doc, const json::json_pointer& pointer) {
    return doc.contains(pointer) && doc[pointer].is_string() ? doc[pointer].get<std::string>()
                                                             : std::string();
}

std::size_t size_at(const json& doc, const char* key) {
    return doc.contains(key) && doc[key].is_array() ? doc[key].size() : 0;
}

}  // namespace

bool is_valid_dossier_id(std::string_view id) {
    // ^[a-z0-9][a-z0-9-]{0,62}$, checked by hand: hello lists the ids, and
    // compiling a std::regex was a measurable part of a host's start.
    const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    return !id.empty() && id.size() <= 63 && allowed(id.front()) &&
           std::all_of(id.begin(), id.end(), [&](char c) { return allowed(c) || c == '-'; });
}

std::string utc_timestamp_now() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    ::gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

DossierStore::DossierStore(fs::path data_dir) : dir_(std::move(data_dir) / "dossiers") {}

fs::path DossierStore::file_of(const std::string& id) const {
    if (!is_valid_dossier_id(id))
        throw StorageError(StorageErrorKind::NotFound,
                           "dossier id must match ^[a-z0-9][a-z0-9-]{0,62}$");
    return dir_ / (id + std::string(kSuffix));
}

fs::path DossierStore::lock_of(const std::string& id) const { return dir_ / ("." + id + ".lock"); }

bool DossierStore::exists(const std::string& id) const {
    return fs::exists(file_of(id)) || history(id).newest().has_value();
}

RevisionHistory DossierStore::history(const std::string& id) const {
    file_of(id);  // refuses ids that could escape the directory
    return RevisionHistory(dir_, id);
}

std::vector<std::string> DossierStore::ids() const {
    std::vector<std::string> ids;
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) return ids;
    // A dossier whose first save was killed before its main file was written
    // exists through its history alone.
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const auto name = entry.path().filename().string();
        const auto suffix = entry.is_directory() ? kHistorySuffix : kSuffix;
        if (!name.ends_with(suffix)) continue;
        const auto id = name.substr(0, name.size() - suffix.size());
        if (is_valid_dossier_id(id) && std::find(ids.begin(), ids.end(), id) == ids.end() &&
            (entry.is_regular_file() || (!fs::exists(file_of(id)) && history(id).newest())))
            ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<DossierSummary> DossierStore::list() const {
    std::vector<DossierSummary> result;
    for (const auto& id : ids()) {
        DossierSummary summary;
        summary.id = id;
        try {
            const json doc = load(id);
            summary.revision = revision_of(doc);
            summary.updated_at = string_at(doc, json::json_pointer("/meta/updatedAt"));
            summary.entity_name = string_at(doc, json::json_pointer("/entity/basic/name"));
            summary.algorithms = size_at(doc, "algorithms");
            summary.products = size_at(doc, "products");
        } catch (const StorageError&) {
            // Listed anyway, so the user sees the damaged file instead of losing it.
        }
        result.push_back(std::move(summary));
    }
    return result;
}

json DossierStore::load(const std::string& id) const { return *load_shared(id); }

ParsedFileCache::Document DossierStore::load_shared(const std::string& id) const {
    const auto file = file_of(id);
    const auto dossier =
        parsed_->get(file, [&](const std::string& text) { return parse_or_throw(text, id); });
    if (dossier) {
        // A save killed between its two writes left a newer history entry.
        if (!history(id).contains(revision_of(*dossier) + 1)) return dossier;
    } else if (!history(id).newest()) {
        throw StorageError(StorageErrorKind::NotFound, "no dossier '" + id + "'");
    }
    FileLock lock(lock_of(id));
    auto current = current_locked(id);
    if (!current) throw StorageError(StorageErrorKind::NotFound, "no dossier '" + id + "'");
    return std::make_shared<const json>(std::move(*current));
}

std::optional<json> DossierStore::current_locked(const std::string& id) const {
    const auto text = read_file(file_of(id));
    std::optional<json> main;
    if (text) main = parse_or_throw(*text, id);
    const auto history_of = history(id);
    const auto newest = history_of.newest();
    if (!newest || (main && revision_of(*main) >= *newest)) return main;
    // The newest entry is committed but the main file missed it: copy it forward.
    auto entry = history_of.read(*newest);
    parsed_->forget(file_of(id));
    write_file_atomically(file_of(id), entry->dossier.dump(2) + "\n");
    return std::move(entry->dossier);
}

SavedRevision DossierStore::save(const std::string& id, json dossier,
                                 std::optional<std::int64_t> base_revision,
                                 const RevisionNote& note) {
    file_of(id);
    ensure_private_directory(dir_);
    FileLock lock(lock_of(id));
    const auto current_dossier = current_locked(id);
    if (current_dossier) {
        const auto current = revision_of(*current_dossier);
        if (!base_revision || *base_revision != current)
            throw StorageError(StorageErrorKind::Conflict,
                               "dossier '" + id + "' is at revision " + std::to_string(current) +
                                   ", the save was based on " +
                                   (base_revision ? std::to_string(*base_revision) : "nothing") +
                                   "; reload and reapply the change");
        // The filing record is the host's (update() changes it): a panel's stale
        // or trimmed copy must not erase a recorded approval.
        const auto stored = json::json_pointer("/meta/baselines");
        if (dossier.is_object() && dossier.contains("meta") && dossier["meta"].is_object())
            dossier["meta"].erase("baselines");
        if (current_dossier->contains(stored)) dossier[stored] = current_dossier->at(stored);
    } else if (base_revision && *base_revision != 0) {
        throw StorageError(StorageErrorKind::Conflict,
                           "dossier '" + id +
                               "' no longer exists; the save was based on revision " +
                               std::to_string(*base_revision));
    }
    return commit_locked(id, std::move(dossier), current_dossier, note);
}

SavedRevision DossierStore::update(const std::string& id, const Change& change,
                                   const RevisionNote& note, std::optional<std::int64_t> expected) {
    file_of(id);
    ensure_private_directory(dir_);
    FileLock lock(lock_of(id));
    const auto current = current_locked(id);
    if (!current) throw StorageError(StorageErrorKind::NotFound, "no dossier '" + id + "'");
    if (expected && *expected != revision_of(*current))
        throw StorageError(StorageErrorKind::Conflict, "dossier '" + id + "' is at revision " +
                                                           std::to_string(revision_of(*current)) +
                                                           ", not " + std::to_string(*expected) +
                                                           "; reload and try again");
    return commit_locked(id, change(*current), current, note);
}

// The history entry is written first and is the commit point; the main file
// follows. A failure writing the main file withdraws the entry, so a refused
// save leaves neither behind.
SavedRevision DossierStore::commit_locked(const std::string& id, json dossier,
                                          const std::optional<json>& current,
                                          const RevisionNote& note) {
    auto history_of = history(id);
    history_of.remove_stale_temporaries();
    const auto previous = current ? revision_of(*current) : 0;
    if (current && previous > 0 && !history_of.contains(previous)) {
        // Saved before histories existed: keep that state as the first entry.
        history_of.append({previous,
                           string_at(*current, json::json_pointer("/meta/updatedAt")),
                           {"历史记录启用前的版本", "", ""},
                           *current});
    }
    SavedRevision saved{previous + 1, utc_timestamp_now()};
    dossier["meta"]["id"] = id;
    dossier["meta"]["revision"] = saved.revision;
    dossier["meta"]["updatedAt"] = saved.updated_at;
    history_of.append({saved.revision, saved.updated_at, note, dossier});
    parsed_->forget(file_of(id));  // its memory goes; the stamp would change anyway
    try {
        write_file_atomically(file_of(id), dossier.dump(2) + "\n");
    } catch (...) {
        history_of.remove(saved.revision);
        throw;
    }
    return saved;
}

}  // namespace beian::storage
