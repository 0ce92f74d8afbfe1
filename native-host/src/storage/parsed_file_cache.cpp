#include "storage/parsed_file_cache.hpp"

#include <algorithm>

#include "storage/atomic_file.hpp"
#include "util/sha256.hpp"

namespace beian::storage {

ParsedFileCache::Document ParsedFileCache::get(const std::filesystem::path& path,
                                               const Parse& parse) {
    const std::lock_guard lock(mutex_);
    const auto read_ns = now_ns();
    const auto before = stamp_of(path);
    auto entry = std::find_if(entries_.begin(), entries_.end(),
                              [&](const Entry& e) { return e.path == path; });
    const bool same_stamp = entry != entries_.end() && before && entry->stamp == *before;
    if (same_stamp && !is_racy(entry->stamp, entry->read_ns, racy_window_ns_)) {
        std::rotate(entry, entry + 1, entries_.end());
        last_ = Outcome::Stamp;
        return entries_.back().document;
    }
    const auto text = read_file(path);
    if (!text) {
        if (entry != entries_.end()) entries_.erase(entry);
        return nullptr;
    }
    const auto after = stamp_of(path);
    if (same_stamp && after == before && sha256_hex(*text) == entry->sha256) {
        entry->read_ns = read_ns;  // may now be old enough to trust the stamp alone
        std::rotate(entry, entry + 1, entries_.end());
        last_ = Outcome::Hash;
        return entries_.back().document;
    }
    if (entry != entries_.end()) entries_.erase(entry);
    auto document = std::make_shared<const nlohmann::json>(parse(*text));
    last_ = Outcome::Parsed;
    // Changed while being read: the stamp describes neither version.
    if (!before || after != before) return document;
    if (entries_.size() == kCapacity) entries_.erase(entries_.begin());
    // A hash only while the stamp alone cannot be trusted.
    entries_.push_back(
        {path, *before, read_ns,
         is_racy(*before, read_ns, racy_window_ns_) ? sha256_hex(*text) : std::string(), document});
    return document;
}

void ParsedFileCache::forget(const std::filesystem::path& path) {
    const std::lock_guard lock(mutex_);
    std::erase_if(entries_, [&](const Entry& e) { return e.path == path; });
}

}  // namespace beian::storage
