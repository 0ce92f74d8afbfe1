// How algorithms, products and their functions refer to one another, and
// what each 角色 must provide (users.md C10; portal.md §4c).
#include <set>

#include "rules/rule_functions.hpp"
#include "util/utf8.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

constexpr std::string_view kProvider = "服务提供者";
constexpr std::string_view kSupporter = "服务技术支持者";

std::string index_pointer(std::string_view base, std::size_t i) {
    return std::string(base) + "/" + std::to_string(i);
}

// Calls visit(pointer, function object, product id) for every function.
template <typename Visit>
void for_each_function(const json& dossier, Visit visit) {
    const auto& products = array_of(child(&dossier, "products"));
    for (std::size_t p = 0; p < products.size(); ++p) {
        const auto& paths = array_of(child(&products[p], "accessPaths"));
        for (std::size_t a = 0; a < paths.size(); ++a) {
            const auto& functions = array_of(child(&paths[a], "functions"));
            for (std::size_t f = 0; f < functions.size(); ++f) {
                visit(
                    index_pointer(index_pointer(index_pointer("/products", p) + "/accessPaths", a) +
                                      "/functions",
                                  f),
                    functions[f], text_of(child(&products[p], "id")));
            }
        }
    }
}

std::set<std::string> algorithm_ids(const json& dossier) {
    std::set<std::string> ids;
    for (const auto& algorithm : array_of(child(&dossier, "algorithms")))
        ids.insert(text_of(child(&algorithm, "id")));
    return ids;
}

// The portal asks 角色 only of 生成合成 algorithms; an algorithm of another
// type serves its own products, so it is a provider for linking purposes.
bool acts_as_provider(const json& algorithm) {
    const auto* basic = child(&algorithm, "basic");
    const auto role = text_of(child(basic, "role"));
    if (!role.empty()) return role == kProvider;
    const auto type = text_of(child(basic, "type"));
    return !type.empty() && type.find("生成合成") == std::string::npos;
}

bool has_link(const json& dossier, const char* key, const std::string& id) {
    for (const auto& link : array_of(child(&dossier, "links")))
        if (text_of(child(&link, key)) == id) return true;
    return false;
}

}  // namespace

void object_ids_unique(const RuleContext& context, Findings& out) {
    std::set<std::string> seen;
    auto check = [&](const json& object, const std::string& pointer) {
        const auto id = text_of(child(&object, "id"));
        if (id.empty() || seen.insert(id).second) return;
        out.push_back({"DUPLICATE_ID", Severity::Error, pointer + "/id", "", "",
                       "对象标识重复：算法、产品、路径和功能的 id 必须唯一",
                       "duplicate id: algorithm, product, path and function ids must be unique"});
    };
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i)
        check(algorithms[i], index_pointer("/algorithms", i));
    const auto& products = array_of(child(&context.dossier, "products"));
    for (std::size_t p = 0; p < products.size(); ++p) {
        check(products[p], index_pointer("/products", p));
        const auto& paths = array_of(child(&products[p], "accessPaths"));
        for (std::size_t a = 0; a < paths.size(); ++a)
            check(paths[a], index_pointer(index_pointer("/products", p) + "/accessPaths", a));
    }
    for_each_function(context.dossier, [&](const std::string& pointer, const json& function,
                                           const std::string&) { check(function, pointer); });
}

void provider_linked_to_function(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        if (!acts_as_provider(algorithms[i])) continue;
        if (has_link(context.dossier, "algorithm", text_of(child(&algorithms[i], "id")))) continue;
        out.push_back({"PROVIDER_NOT_LINKED", Severity::Error,
                       index_pointer("/algorithms", i) + "/basic", "", "",
                       "角色为服务提供者的算法须关联至少一个产品功能（关联产品功能）",
                       "an algorithm whose role is 服务提供者 must be linked to at least one "
                       "product function"});
    }
}

void supporter_describes_technical_service(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        if (text_of(child(child(&algorithms[i], "basic"), "role")) != kSupporter) continue;
        const auto pointer = index_pointer("/algorithms", i);
        if (trim(text_of(child(child(&algorithms[i], "technicalService"), "method"))).empty())
            out.push_back(
                {"SUPPORTER_NO_TECHNICAL_SERVICE", Severity::Error,
                 pointer + "/technicalService/method", "", "",
                 "角色为服务技术支持者的算法须填写技术服务方式",
                 "an algorithm whose role is 服务技术支持者 must describe its 技术服务方式"});
        if (has_link(context.dossier, "algorithm", text_of(child(&algorithms[i], "id"))))
            out.push_back({"SUPPORTER_HAS_LINKS", Severity::Warning, pointer + "/basic/role", "",
                           "", "服务技术支持者不关联产品功能，请核对角色",
                           "a 服务技术支持者 does not link product functions; check the role"});
    }
}

void links_reference_existing_objects(const RuleContext& context, Findings& out) {
    const auto algorithms = algorithm_ids(context.dossier);
    std::set<std::pair<std::string, std::string>> functions;  // (product id, function id)
    for_each_function(context.dossier,
                      [&](const std::string&, const json& function, const std::string& product) {
                          functions.emplace(product, text_of(child(&function, "id")));
                      });
    const auto& links = array_of(child(&context.dossier, "links"));
    for (std::size_t i = 0; i < links.size(); ++i) {
        const auto pointer = index_pointer("/links", i);
        if (!algorithms.contains(text_of(child(&links[i], "algorithm"))))
            out.push_back({"LINK_UNKNOWN_ALGORITHM", Severity::Error, pointer + "/algorithm", "",
                           "", "关联指向不存在的算法",
                           "the link names an algorithm that does not exist"});
        if (!functions.contains(
                {text_of(child(&links[i], "product")), text_of(child(&links[i], "function"))}))
            out.push_back({"LINK_UNKNOWN_FUNCTION", Severity::Error, pointer + "/function", "", "",
                           "关联指向不存在的产品功能",
                           "the link names a product function that does not exist"});
    }
}

void every_function_linked(const RuleContext& context, Findings& out) {
    const auto algorithms = algorithm_ids(context.dossier);
    const auto& links = array_of(child(&context.dossier, "links"));
    for_each_function(context.dossier, [&](const std::string& pointer, const json& function,
                                           const std::string& product) {
        const auto id = text_of(child(&function, "id"));
        for (const auto& link : links) {
            if (text_of(child(&link, "function")) == id &&
                text_of(child(&link, "product")) == product &&
                algorithms.contains(text_of(child(&link, "algorithm"))))
                return;
        }
        out.push_back({"FUNCTION_NOT_LINKED", Severity::Error, pointer, "", "",
                       "产品功能未关联任何已填报的算法",
                       "the product function is not linked to any algorithm of the dossier"});
    });
}

}  // namespace beian::rules
