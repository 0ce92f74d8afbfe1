#include "storage/revision_history.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"
#include "util/json_text.hpp"

namespace beian::storage {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::string_view kEntrySuffix = ".json";

// The revision an entry file name stands for, or nullopt for anything else
// (temporaries start with a dot, so they never parse).
std::optional<std::int64_t> revision_of_name(const std::string& name) {
    if (name.size() < 6 + kEntrySuffix.size() || !name.ends_with(kEntrySuffix)) return std::nullopt;
    const auto digits = std::string_view(name).substr(0, name.size() - kEntrySuffix.size());
    if (digits.size() > 15) return std::nullopt;
    std::int64_t value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A new directory entry is durable only once its parent is synced.
void sync_directory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) throw_io_error("cannot open directory " + dir.string(), errno);
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0) throw_io_error("cannot sync directory " + dir.string(), error);
}

std::string string_member(const json& document, const char* key) {
    const auto it = document.find(key);
    return it != document.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string entry_file_name(std::int64_t revision) {
    char name[32];
    std::snprintf(name, sizeof name, "%06lld.json", static_cast<long long>(revision));
    return name;
}

json to_json(const RevisionEntry& entry) {
    json document = {
        {"revision", entry.revision}, {"savedAt", entry.saved_at}, {"reason", entry.note.reason}};
    if (!entry.note.author.empty()) document["author"] = entry.note.author;
    if (!entry.note.via.empty()) document["via"] = entry.note.via;
    document["dossier"] = entry.dossier;
    return document;
}

RevisionEntry entry_from_json(const json& document) {
    if (!document.is_object() || !document.contains("revision") ||
        !document["revision"].is_number_integer() || document["revision"].get<std::int64_t>() < 1 ||
        !document.contains("dossier") || !document["dossier"].is_object())
        throw StorageError(StorageErrorKind::InvalidContent,
                           "a history entry needs an integer revision and a dossier object");
    RevisionEntry entry;
    entry.revision = document["revision"].get<std::int64_t>();
    entry.saved_at = string_member(document, "savedAt");
    entry.note = {string_member(document, "reason"), string_member(document, "author"),
                  string_member(document, "via")};
    entry.dossier = document["dossier"];
    return entry;
}

RevisionHistory::RevisionHistory(const fs::path& dossiers_dir, const std::string& id)
    : dossiers_dir_(dossiers_dir), id_(id), dir_(dossiers_dir / (id + ".history")) {}

std::vector<std::int64_t> RevisionHistory::revisions() const {
    std::vector<std::int64_t> result;
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) return result;
    for (const auto& item : fs::directory_iterator(dir_, ec))
        if (const auto revision = revision_of_name(item.path().filename().string()))
            result.push_back(*revision);
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<std::int64_t> RevisionHistory::newest() const {
    const auto all = revisions();
    if (all.empty()) return std::nullopt;
    return all.back();
}

bool RevisionHistory::contains(std::int64_t revision) const {
    std::error_code ec;
    return fs::exists(dir_ / entry_file_name(revision), ec);
}

std::optional<RevisionEntry> RevisionHistory::read(std::int64_t revision) const {
    const auto text = read_file(dir_ / entry_file_name(revision));
    if (!text) return std::nullopt;
    const auto parsed = parse_json_text(*text);
    if (!parsed.ok())
        throw StorageError(
            StorageErrorKind::InvalidContent,
            "history entry " + std::to_string(revision) + " is unusable: " + parsed.problem);
    auto entry = entry_from_json(parsed.value);
    if (entry.revision != revision)
        throw StorageError(StorageErrorKind::InvalidContent,
                           "history entry " + std::to_string(revision) + " names another revision");
    return entry;
}

void RevisionHistory::append(const RevisionEntry& entry) {
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) {
        ensure_private_directory(dir_);
        sync_directory(dossiers_dir_);
    }
    const auto target = dir_ / entry_file_name(entry.revision);
    if (fs::exists(target, ec))
        throw StorageError(StorageErrorKind::Io, "history already holds revision " +
                                                     std::to_string(entry.revision) +
                                                     "; it is never overwritten");
    write_file_atomically(target, to_json(entry).dump() + "\n");
}

void RevisionHistory::remove(std::int64_t revision) noexcept {
    std::error_code ec;
    fs::remove(dir_ / entry_file_name(revision), ec);
    try {
        sync_directory(dir_);
    } catch (...) {
        // Best effort: the caller is already reporting the original failure.
    }
}

void RevisionHistory::remove_stale_temporaries() noexcept {
    // write_file_atomically names its temporary "." + target name + ".tmp-…".
    const std::pair<fs::path, std::string> places[] = {
        {dir_, "."},
        {dossiers_dir_, "." + id_ + ".json.tmp-"},
    };
    std::error_code ec;
    for (const auto& [dir, prefix] : places) {
        if (!fs::is_directory(dir, ec)) continue;
        for (const auto& item : fs::directory_iterator(dir, ec)) {
            const auto name = item.path().filename().string();
            if (name.starts_with(prefix) && name.find(".tmp-") != std::string::npos)
                fs::remove(item.path(), ec);
        }
    }
}

}  // namespace beian::storage
