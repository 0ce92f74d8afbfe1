#include "portal/page_instances.hpp"

#include <algorithm>
#include <sstream>

#include "util/json_pointer_lookup.hpp"

namespace beian::portal {
using nlohmann::json;

namespace {

std::vector<std::string> split_pointer(const std::string& pointer) {
    std::vector<std::string> parts;
    std::stringstream stream(pointer);
    std::string part;
    std::getline(stream, part, '/');  // the empty token before the leading '/'
    while (std::getline(stream, part, '/')) parts.push_back(part);
    return parts;
}

bool is_placeholder(const std::string& token) {
    return token.size() > 2 && token.front() == '{' && token.back() == '}';
}

void expand(const json& node, const std::vector<std::string>& parts, std::size_t index,
            PageInstance current, std::vector<PageInstance>& out) {
    if (index == parts.size()) {
        out.push_back(std::move(current));
        return;
    }
    const auto& token = parts[index];
    if (is_placeholder(token)) {
        if (!node.is_array()) return;
        const auto name = token.substr(1, token.size() - 2);
        for (std::size_t i = 0; i < node.size(); ++i) {
            const auto& element = node[i];
            if (!element.is_object() || !element.contains("id") || !element["id"].is_string())
                continue;  // an object without an id cannot be named by a target
            PageInstance next = current;
            next.pointer += "/" + std::to_string(i);
            next.target[name] = element["id"].get<std::string>();
            expand(element, parts, index + 1, std::move(next), out);
        }
        return;
    }
    if (!node.is_object() || !node.contains(token)) return;
    current.pointer += "/" + token;
    expand(node[token], parts, index + 1, std::move(current), out);
}

}  // namespace

std::vector<PageInstance> expand_page(const ProfilePage& page, const json& dossier) {
    std::vector<PageInstance> out;
    expand(dossier, split_pointer(page.object), 0, PageInstance{}, out);
    return out;
}

std::optional<PageInstance> find_instance(const ProfilePage& page, const json& dossier,
                                          const Target& target) {
    for (auto& instance : expand_page(page, dossier)) {
        const bool matches =
            std::all_of(instance.target.begin(), instance.target.end(), [&](const auto& entry) {
                const auto it = target.find(entry.first);
                return it != target.end() && it->second == entry.second;
            });
        if (matches) return instance;
    }
    return std::nullopt;
}

const json* value_at(const json& document, const std::string& pointer) {
    return find_at_pointer(document, pointer);
}

bool condition_holds(const json& when, const json& page_object) {
    if (!when.is_object() || !when.contains("path")) return true;
    const auto* value = value_at(page_object, when["path"].get<std::string>());
    if (when.contains("equals")) return value && *value == when["equals"];
    if (when.contains("in") && when["in"].is_array())
        return value && std::find(when["in"].begin(), when["in"].end(), *value) != when["in"].end();
    return true;
}

}  // namespace beian::portal
