// A dossier as it was at one revision: the current one, or its history entry.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "storage/dossier_store.hpp"
#include "util/civil_date.hpp"

namespace beian::filing {

// Throws StorageError NotFound when the history has no such revision.
nlohmann::json dossier_at(const storage::DossierStore& store, const std::string& id,
                          std::int64_t revision, const nlohmann::json& current);

// "today" for deadlines and marks: BEIAN_ASSIST_TODAY=YYYY-MM-DD when set (tests
// pin it, as the protocol's date rules do), else the UTC date.
CivilDate today_or_pinned();

// The login name of the person running the host, recorded as a revision's
// author when none is given ("" when the system does not say).
std::string local_user_name();

}  // namespace beian::filing
