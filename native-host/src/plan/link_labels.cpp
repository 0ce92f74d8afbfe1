#include "plan/link_labels.hpp"

#include <map>
#include <utility>

namespace beian::plan {
using nlohmann::json;

namespace {

using FunctionKey = std::pair<std::string, std::string>;  // product id, function id

std::string replaced(std::string text, const std::string& token, const std::string& by) {
    for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + by.size()))
        text.replace(at, token.size(), by);
    return text;
}

// Every product function of the dossier by its option text.
std::map<std::string, FunctionKey> functions_by_label(const json& dossier,
                                                      const std::string& pattern) {
    std::map<std::string, FunctionKey> out;
    for (const auto& product : dossier.value("products", json::array())) {
        const auto name = product.value("name", "");
        for (const auto& path : product.value("accessPaths", json::array()))
            for (const auto& function : path.value("functions", json::array())) {
                const auto label = replaced(replaced(pattern, "{product}", name), "{function}",
                                            function.value("name", ""));
                out.emplace(label, FunctionKey{product.value("id", ""), function.value("id", "")});
            }
    }
    return out;
}

bool of_algorithm(const json& link, const std::string& algorithm) {
    return algorithm.empty() || (link.is_object() && link.value("algorithm", "") == algorithm);
}

}  // namespace

json link_labels(const json& links, const json& dossier, const std::string& algorithm,
                 const std::string& pattern) {
    if (!links.is_array()) return links;
    std::map<FunctionKey, std::string> label_of;
    for (const auto& [label, key] : functions_by_label(dossier, pattern)) label_of[key] = label;
    json out = json::array();
    for (const auto& link : links) {
        if (!of_algorithm(link, algorithm)) continue;
        const auto it = label_of.find({link.value("product", ""), link.value("function", "")});
        if (it != label_of.end()) out.push_back(it->second);
    }
    return out;
}

std::optional<json> links_from_labels(const json& labels, const json& current, const json& dossier,
                                      const std::string& algorithm, const std::string& pattern) {
    if (algorithm.empty() || !labels.is_array()) return std::nullopt;
    const auto functions = functions_by_label(dossier, pattern);
    json out = json::array();
    if (current.is_array())
        for (const auto& link : current)
            if (!of_algorithm(link, algorithm)) out.push_back(link);
    for (const auto& label : labels) {
        const auto it =
            label.is_string() ? functions.find(label.get<std::string>()) : functions.end();
        if (it == functions.end()) return std::nullopt;
        json link = {{"algorithm", algorithm},
                     {"product", it->second.first},
                     {"function", it->second.second}};
        if (current.is_array())
            for (const auto& existing : current)
                if (existing.is_object() && existing.value("algorithm", "") == algorithm &&
                    existing.value("product", "") == it->second.first &&
                    existing.value("function", "") == it->second.second)
                    link = existing;
        out.push_back(std::move(link));
    }
    return out;
}

}  // namespace beian::plan
