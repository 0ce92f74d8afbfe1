// How a dossier value looks on a portal page, and back. Most fields look the
// same on both sides; the profile's `pageValue` names the exceptions as data
// (a boolean drawn as 是/否 radios, a list of {kind, number} drawn as a
// checkbox per kind), and a date range's open end is null in the dossier but
// empty on the page. The plan sends the page form (`fill`), capture reads it
// back.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "portal/page_instances.hpp"
#include "portal/profile.hpp"

namespace beian::plan {

// What a value drawn from elsewhere in the dossier needs (关联产品功能: the
// products' and functions' names): the whole dossier and the algorithm the
// page is about (the request's target), when there is one.
struct ValueContext {
    const nlohmann::json* dossier = nullptr;
    std::string algorithm;
};

// The context of a request for this dossier: target is its object ids.
ValueContext value_context(const nlohmann::json& dossier, const portal::Target& target);

// The value the page shows for this dossier value (null stays null).
nlohmann::json to_page(const portal::ProfileField& field, const nlohmann::json& value,
                       const ValueContext& context = {});

// The dossier value for what the page shows; current is the dossier's value
// now (null when absent), so that a list of objects keeps the parts the page
// does not show (a licence's number). nullopt: the page value has a shape
// this field cannot take.
std::optional<nlohmann::json> from_page(const portal::ProfileField& field,
                                        const nlohmann::json& page_value,
                                        const nlohmann::json& current,
                                        const ValueContext& context = {});

// Nothing entered: null, "", [], or a date range with neither start nor 长期.
bool is_empty_value(const nlohmann::json& value);

// Equal as the portal sees them: lists compare as sets (a reordered list is
// not an edit), empty values are all equal.
bool same_value(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace beian::plan
