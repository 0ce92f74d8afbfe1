// The repository's sample dossier and profile, for tests that mutate one
// fact and expect one finding.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "portal/profile.hpp"
#include "schema/schema_validator.hpp"

namespace beian::test {

inline nlohmann::json read_json(const std::string& relative) {
    std::ifstream file(std::string(BEIAN_SOURCE_DIR) + "/" + relative);
    return nlohmann::json::parse(file);
}

inline nlohmann::json sample_dossier() { return read_json("schemas/examples/sample-dossier.json"); }

inline portal::Profile builtin_profile() {
    return portal::Profile::from_json(schema::embedded_json("schemas/portal/profile.json"));
}

// One profile for the whole test run (validated once).
inline const portal::Profile& shared_profile() {
    static const auto profile = builtin_profile();
    return profile;
}

// Index of the first algorithm with this 角色, or -1.
inline int algorithm_with_role(const nlohmann::json& dossier, const std::string& role) {
    const auto& algorithms = dossier["algorithms"];
    for (std::size_t i = 0; i < algorithms.size(); ++i)
        if (algorithms[i]["basic"].value("role", "") == role) return static_cast<int>(i);
    return -1;
}

}  // namespace beian::test
