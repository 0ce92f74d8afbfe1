// A page of the profile is filled once per object it is about: the entity
// page once, the algorithm pages once per algorithm, the function page once
// per function of each access path of each product. This expands a page's
// object template ("/products/{product}/accessPaths/{accessPath}") over a
// dossier into concrete JSON Pointers, named by the objects' ids.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "portal/profile.hpp"

namespace beian::portal {

// Placeholder name → object id, e.g. {"product": "prod-app", "accessPath": "path-home"}.
using Target = std::map<std::string, std::string>;

struct PageInstance {
    std::string pointer;  // concrete, e.g. "/products/1/accessPaths/0"
    Target target;
};

std::vector<PageInstance> expand_page(const ProfilePage& page, const nlohmann::json& dossier);

// The instance whose ids match target (every placeholder must be named).
std::optional<PageInstance> find_instance(const ProfilePage& page, const nlohmann::json& dossier,
                                          const Target& target);

// The value at pointer, or nullptr when absent (never throws).
const nlohmann::json* value_at(const nlohmann::json& document, const std::string& pointer);

// Whether a field's "when" condition holds on the page object.
bool condition_holds(const nlohmann::json& when, const nlohmann::json& page_object);

}  // namespace beian::portal
