#include "filing/revision_source.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "filing/filing_record.hpp"
#include "storage/storage_error.hpp"

namespace beian::filing {

nlohmann::json dossier_at(const storage::DossierStore& store, const std::string& id,
                          std::int64_t revision, const nlohmann::json& current) {
    if (revision == revision_of(current)) return current;
    auto entry = store.history(id).read(revision);
    if (!entry)
        throw storage::StorageError(
            storage::StorageErrorKind::NotFound,
            "dossier '" + id + "' has no revision " + std::to_string(revision) + " in its history");
    return std::move(entry->dossier);
}

CivilDate today_or_pinned() {
    if (const char* fixed = std::getenv("BEIAN_ASSIST_TODAY"))
        if (const auto date = CivilDate::parse(fixed)) return *date;
    return today_utc();
}

std::string local_user_name() {
    passwd entry{};
    passwd* found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(::getuid(), &entry, buffer, sizeof buffer, &found) == 0 && found)
        return found->pw_name;
    const char* user = std::getenv("USER");
    return user ? user : "";
}

}  // namespace beian::filing
