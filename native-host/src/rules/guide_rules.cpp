// Traps the filing guide warns about (§8 of the seed guide; portal.md §2, §11):
// the role of a generative algorithm built on another party's model, the
// separate large-model filing, and one filing per algorithm service.
#include <map>
#include <set>

#include "rules/rule_functions.hpp"
#include "util/utf8.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

bool is_generative(const json& algorithm) {
    return text_of(child(child(&algorithm, "basic"), "type")).find("生成合成") != std::string::npos;
}

const json* model_of(const json& algorithm) { return child(child(&algorithm, "detail"), "model"); }

bool uses_third_party_model(const json& algorithm) {
    return !trim(text_of(child(child(model_of(algorithm), "thirdParty"), "provider"))).empty();
}

std::string pointer_of(std::size_t index) { return "/algorithms/" + std::to_string(index); }

// A filing is under way or done for these; draft and deregistered are not.
bool is_filed(const json& algorithm) {
    const auto status = text_of(child(child(&algorithm, "filing"), "status"));
    return status == "submitted" || status == "returned" || status == "approved";
}

}  // namespace

// §8.3: calling another company's model or API does not make a 生成合成
// filer a 服务技术支持者; it files as 服务提供者. A warning: the guide is a
// vendor's (portal.md rates it M-L) and a true B2B supporter exists.
void generative_role_for_third_party_model(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        const auto& algorithm = algorithms[i];
        if (!is_generative(algorithm) || !uses_third_party_model(algorithm)) continue;
        if (text_of(child(child(&algorithm, "basic"), "role")) != "服务技术支持者") continue;
        out.push_back({"GENERATIVE_ROLE_PROVIDER", Severity::Warning, pointer_of(i) + "/basic/role",
                       "", "",
                       "基于他人模型或 API 的生成合成算法，按备案指南应选择“服务提供者”而非"
                       "“服务技术支持者”；确属只向企业提供技术的，可在已接受的提示中记录理由",
                       "a 生成合成 algorithm built on another party's model or API files as "
                       "服务提供者, not 服务技术支持者 (the filing guide); if it truly only "
                       "supplies technology to businesses, accept this finding with a note"});
    }
}

// §8.5: a generative algorithm on a model of its own also needs the
// provincial 网信办's large-model (生成式人工智能服务) filing, a separate
// track with its own materials (portal.md §11).
void large_model_filing_notice(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        const auto& algorithm = algorithms[i];
        if (!is_generative(algorithm) || uses_third_party_model(algorithm)) continue;
        if (trim(text_of(child(model_of(algorithm), "name"))).empty()) continue;
        out.push_back({"LARGE_MODEL_FILING", Severity::Warning,
                       pointer_of(i) + "/detail/model/name", "", "",
                       "使用自有模型的生成合成算法，除算法备案外还须向属地省级网信办办理大模型"
                       "（生成式人工智能服务）备案；已办理的，可接受本提示并注明备案号",
                       "a 生成合成 algorithm on a model of its own also needs the large-model "
                       "(generative AI service) filing with the provincial 网信办, apart from "
                       "this one; once filed, accept this finding with its number"});
    }
}

// §8.2: one filing per algorithm service, so a product function that uses
// several algorithms needs a filing for each. Flagged when some of them are
// filed (or under review) and others are not: the product is then partly
// unfiled. `status` lists such shared functions per filing.
void one_filing_per_algorithm(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    std::map<std::string, const json*> by_id;
    for (const auto& algorithm : algorithms) by_id[text_of(child(&algorithm, "id"))] = &algorithm;
    // (product, function) → the algorithms linked to it, each once.
    std::map<std::pair<std::string, std::string>, std::set<std::string>> users;
    for (const auto& link : array_of(child(&context.dossier, "links")))
        if (by_id.contains(text_of(child(&link, "algorithm"))))
            users[{text_of(child(&link, "product")), text_of(child(&link, "function"))}].insert(
                text_of(child(&link, "algorithm")));
    const auto& products = array_of(child(&context.dossier, "products"));
    for (std::size_t p = 0; p < products.size(); ++p) {
        const auto& paths = array_of(child(&products[p], "accessPaths"));
        for (std::size_t a = 0; a < paths.size(); ++a) {
            const auto& functions = array_of(child(&paths[a], "functions"));
            for (std::size_t f = 0; f < functions.size(); ++f) {
                const auto it = users.find(
                    {text_of(child(&products[p], "id")), text_of(child(&functions[f], "id"))});
                if (it == users.end() || it->second.size() < 2) continue;
                std::size_t unfiled = 0;
                for (const auto& id : it->second) unfiled += is_filed(*by_id[id]) ? 0 : 1;
                if (unfiled == 0 || unfiled == it->second.size()) continue;
                const auto count = std::to_string(it->second.size());
                out.push_back({"FUNCTION_ALGORITHM_UNFILED", Severity::Warning,
                               "/products/" + std::to_string(p) + "/accessPaths/" +
                                   std::to_string(a) + "/functions/" + std::to_string(f),
                               "", "",
                               "该产品功能使用了 " + count +
                                   " 个算法，按“一个算法服务一项备案”每个都须备案；"
                                   "其中 " +
                                   std::to_string(unfiled) + " 个尚未提交",
                               "this product function uses " + count +
                                   " algorithms and each needs a filing of its own (one filing per "
                                   "algorithm service); " +
                                   std::to_string(unfiled) + " of them are not submitted"});
            }
        }
    }
}

}  // namespace beian::rules
