// An agency-size dossier made from the sample: its algorithms and products
// copied with fresh ids and names until the counts are reached.
#pragma once

#include <nlohmann/json.hpp>

namespace beian::bench {

nlohmann::json make_large_dossier(const nlohmann::json& sample, std::size_t algorithms,
                                  std::size_t products);

}  // namespace beian::bench
