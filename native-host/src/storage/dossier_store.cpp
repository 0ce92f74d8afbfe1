#include "storage/dossier_store.hpp"

#include <algorithm>
#include <ctime>
#include <regex>

#include "storage/atomic_file.hpp"
#include "storage/file_lock.hpp"
#include "storage/storage_error.hpp"

namespace beian::storage {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::string_view kSuffix = ".json";

std::int64_t revision_of(const json& dossier) {
    const auto* meta = dossier.is_object() && dossier.contains("meta") ? &dossier["meta"] : nullptr;
    if (meta && meta->is_object() && meta->contains("revision") &&
        (*meta)["revision"].is_number_integer())
        return (*meta)["revision"].get<std::int64_t>();
    return 0;
}

json parse_or_throw(const std::string& text, const std::string& id) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        throw StorageError(
            StorageErrorKind::InvalidContent,
            "dossier '" + id + "' is not valid JSON (byte " + std::to_string(e.byte) + ")");
    }
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
    static const std::regex pattern("^[a-z0-9][a-z0-9-]{0,62}$");
    return std::regex_match(id.begin(), id.end(), pattern);
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

bool DossierStore::exists(const std::string& id) const { return fs::exists(file_of(id)); }

std::vector<DossierSummary> DossierStore::list() const {
    std::vector<DossierSummary> result;
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) return result;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const auto name = entry.path().filename().string();
        if (!entry.is_regular_file() || !name.ends_with(kSuffix)) continue;
        const auto id = name.substr(0, name.size() - kSuffix.size());
        if (!is_valid_dossier_id(id)) continue;
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
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    return result;
}

json DossierStore::load(const std::string& id) const {
    const auto text = read_file(file_of(id));
    if (!text) throw StorageError(StorageErrorKind::NotFound, "no dossier '" + id + "'");
    return parse_or_throw(*text, id);
}

SavedRevision DossierStore::save(const std::string& id, json dossier,
                                 std::optional<std::int64_t> base_revision) {
    const auto target = file_of(id);
    ensure_private_directory(dir_);
    FileLock lock(lock_of(id));
    const auto current_text = read_file(target);
    std::int64_t next = 1;
    if (current_text) {
        const auto current = revision_of(parse_or_throw(*current_text, id));
        if (!base_revision || *base_revision != current)
            throw StorageError(StorageErrorKind::Conflict,
                               "dossier '" + id + "' is at revision " + std::to_string(current) +
                                   ", the save was based on " +
                                   (base_revision ? std::to_string(*base_revision) : "nothing") +
                                   "; reload and reapply the change");
        next = current + 1;
    } else if (base_revision && *base_revision != 0) {
        throw StorageError(StorageErrorKind::Conflict,
                           "dossier '" + id +
                               "' no longer exists; the save was based on revision " +
                               std::to_string(*base_revision));
    }
    SavedRevision saved{next, utc_timestamp_now()};
    dossier["meta"]["id"] = id;
    dossier["meta"]["revision"] = saved.revision;
    dossier["meta"]["updatedAt"] = saved.updated_at;
    write_file_atomically(target, dossier.dump(2) + "\n");
    return saved;
}

}  // namespace beian::storage
