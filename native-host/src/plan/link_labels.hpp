// 关联产品功能: the dossier keeps links as ids ({algorithm, product,
// function}, top-level `links`); the page offers one option per product
// function, named by a pattern over the product's and the function's names
// (the profile's pageValue {"links": "{product} / {function}"}: the
// replica's wording; the portal's is unknown, so it is data).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace beian::plan {

// The option texts of the links of one algorithm (all links when algorithm
// is empty); a link naming no existing product function is left out (the
// rules report it).
nlohmann::json link_labels(const nlohmann::json& links, const nlohmann::json& dossier,
                           const std::string& algorithm, const std::string& pattern);

// The whole links list after the page's choice for one algorithm: the other
// algorithms' links as they are, then one link per chosen option (an existing
// link kept whole). nullopt: no algorithm, or an option naming no function.
std::optional<nlohmann::json> links_from_labels(const nlohmann::json& labels,
                                                const nlohmann::json& current,
                                                const nlohmann::json& dossier,
                                                const std::string& algorithm,
                                                const std::string& pattern);

}  // namespace beian::plan
