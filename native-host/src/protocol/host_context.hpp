// What request handlers share for the life of one host process.
#pragma once

#include <filesystem>
#include <optional>

#include "host/caller.hpp"
#include "portal/profile.hpp"
#include "rules/findings_cache.hpp"
#include "storage/dossier_store.hpp"
#include "util/civil_date.hpp"

namespace beian::protocol {

struct HostContext {
    std::filesystem::path data_dir;
    storage::DossierStore store;
    portal::Profile profile;
    std::optional<host::Caller> caller;  // nullopt under serve-stdio
    bool test_hooks = false;             // BEIAN_ASSIST_TEST_HOOKS=1 enables debug.* requests
    FindingsCache findings{};            // of page.plan and dossier.validate, per dossier

    CivilDate today() const;
};

}  // namespace beian::protocol
