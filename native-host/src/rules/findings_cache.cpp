#include "rules/findings_cache.hpp"

#include <algorithm>

#include "portal/page_instances.hpp"
#include "rules/check_dossier.hpp"

namespace beian {
using nlohmann::json;

namespace {

// Tolerant reads: a dossier that failed its schema still gets findings.
std::string meta_id(const json& dossier) {
    const auto* id = portal::value_at(dossier, "/meta/id");
    return id && id->is_string() ? id->get<std::string>() : std::string();
}

std::int64_t meta_revision(const json& dossier) {
    const auto* revision = portal::value_at(dossier, "/meta/revision");
    return revision && revision->is_number_integer() ? revision->get<std::int64_t>() : -1;
}

}  // namespace

std::shared_ptr<const Findings> FindingsCache::findings(const json& dossier,
                                                        const portal::Profile& profile,
                                                        CivilDate today) {
    return findings(std::make_shared<const json>(dossier), profile, today);
}

std::shared_ptr<const Findings> FindingsCache::findings(std::shared_ptr<const json> dossier,
                                                        const portal::Profile& profile,
                                                        CivilDate today) {
    const auto id = meta_id(*dossier);
    const auto revision = meta_revision(*dossier);
    const auto entry =
        std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.id == id; });
    if (entry != entries_.end()) {
        if (entry->revision == revision && entry->today == today &&
            entry->profile == profile.serial() &&
            (entry->dossier == dossier || *entry->dossier == *dossier)) {
            std::rotate(entry, entry + 1, entries_.end());  // now the most recent
            return entries_.back().findings;
        }
        entries_.erase(entry);
    }
    auto computed = std::make_shared<const Findings>(check_dossier(*dossier, profile, today));
    if (entries_.size() == kCapacity) entries_.erase(entries_.begin());
    entries_.push_back({id, revision, today, profile.serial(), std::move(dossier), computed});
    return computed;
}

void FindingsCache::forget(std::string_view dossier_id) {
    std::erase_if(entries_, [&](const Entry& e) { return e.id == dossier_id; });
}

}  // namespace beian
