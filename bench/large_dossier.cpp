#include "large_dossier.hpp"

#include <string>

namespace beian::bench {
using nlohmann::json;

json make_large_dossier(const json& sample, std::size_t algorithm_count,
                        std::size_t product_count) {
    json dossier = sample;
    dossier["algorithms"] = json::array();
    dossier["products"] = json::array();
    dossier["links"] = json::array();
    const auto& algorithms = sample["algorithms"];
    for (std::size_t i = 0; i < algorithm_count; ++i) {
        json algorithm = algorithms[i % algorithms.size()];
        const auto suffix = "-" + std::to_string(i);
        algorithm["id"] = algorithm["id"].get<std::string>() + suffix;
        const auto name = algorithm["basic"]["name"].get<std::string>() + suffix;
        algorithm["basic"]["name"] = name;
        for (const char* doc : {"selfAssessmentReport", "publicDisclosure"}) {
            auto& attachment = algorithm["basic"]["attachments"][doc];
            if (attachment.is_object() && attachment.contains("declared"))
                attachment["declared"]["algorithmName"] = name;
        }
        dossier["algorithms"].push_back(std::move(algorithm));
    }
    const auto& products = sample["products"];
    for (std::size_t p = 0; p < product_count; ++p) {
        json product = products[p % products.size()];
        const auto suffix = "-" + std::to_string(p);
        product["id"] = product["id"].get<std::string>() + suffix;
        product["name"] = product["name"].get<std::string>() + suffix;
        for (auto& path : product["accessPaths"]) {
            path["id"] = path["id"].get<std::string>() + suffix;
            for (auto& function : path["functions"]) {
                function["id"] = function["id"].get<std::string>() + suffix;
                // Each function is served by one of the algorithms, round robin.
                const auto& algorithm = dossier["algorithms"][p % algorithm_count];
                dossier["links"].push_back({{"algorithm", algorithm["id"]},
                                            {"product", product["id"]},
                                            {"function", function["id"]}});
            }
        }
        dossier["products"].push_back(std::move(product));
    }
    // Every algorithm that must be linked gets at least one function.
    for (std::size_t i = 0; i < algorithm_count && i < dossier["links"].size(); ++i)
        dossier["links"][i]["algorithm"] = dossier["algorithms"][i]["id"];
    return dossier;
}

}  // namespace beian::bench
