// The file checks doctor runs on one manifest: readable, JSON, the right
// name, type, path and IDs. Separate from the orchestration so unit tests
// can feed it broken manifests directly.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "install/doctor.hpp"
#include "install/location_table.hpp"

namespace beian::install {

struct ManifestInspection {
    std::vector<Check> checks;                    // the problems, or one MANIFEST_OK
    std::optional<std::filesystem::path> binary;  // set when the host can be started
};

// fix is the command attached to every problem (reinstalling repairs them
// all). Checks carry no browser; the caller adds it.
ManifestInspection inspect_manifest(const ManifestLocation& location, const std::string& fix);

}  // namespace beian::install
