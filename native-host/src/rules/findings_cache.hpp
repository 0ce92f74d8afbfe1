// The findings of check_dossier kept for the life of a host process. The
// extension asks for a page plan at every step of every portal page, and each
// plan ran every rule over the whole dossier again (docs/performance.md).
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "portal/profile.hpp"
#include "rules/finding.hpp"
#include "util/civil_date.hpp"

namespace beian {

class FindingsCache {
  public:
    // check_dossier(dossier, profile, today), computed again unless an entry
    // has the same dossier id and revision (meta), the same day (date rules),
    // the same profile (Profile::serial) and — compared in full — the same
    // content. The content check is what keeps an unsaved edit sent inline
    // under the stored revision, or a file changed by another process, from
    // ever being answered with findings of other content.
    std::shared_ptr<const Findings> findings(const nlohmann::json& dossier,
                                             const portal::Profile& profile, CivilDate today);
    // A dossier shared from the store's parsed-file cache is known by pointer:
    // the same pointer is the same content, and no comparison is made.
    std::shared_ptr<const Findings> findings(std::shared_ptr<const nlohmann::json> dossier,
                                             const portal::Profile& profile, CivilDate today);

    // Drops the entry of a dossier that was just saved, restored, imported or
    // marked, so the memory of its old content goes with it.
    void forget(std::string_view dossier_id);

    std::size_t size() const { return entries_.size(); }

  private:
    struct Entry {
        std::string id;
        std::int64_t revision = 0;
        CivilDate today;
        std::uint64_t profile = 0;
        std::shared_ptr<const nlohmann::json> dossier;
        std::shared_ptr<const Findings> findings;
    };
    // One entry per dossier id, most recently used last; a panel works on one
    // company at a time, an agency switches between a few.
    static constexpr std::size_t kCapacity = 4;
    std::vector<Entry> entries_;
};

}  // namespace beian
