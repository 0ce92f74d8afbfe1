#include "rules/rule_functions.hpp"

namespace beian {

const std::vector<Rule>& rule_table() {
    static const std::vector<Rule> table = {
        {"schema", "the dossier conforms to schemas/dossier.schema.json (valijson)",
         rules::schema_conformance},
        {"required", "every field the portal requires has a value", rules::required_fields},
        {"length", "values fit the portal's limits, counted in the profile's unit",
         rules::field_lengths},
        {"format", "credit code, ID numbers, phone, email, URL and filing numbers are well formed",
         rules::field_formats},
        {"algorithm-name", "算法名称 is identical on the form, in 拟公示内容 and in 自评估报告",
         rules::algorithm_name_consistent},
        {"entity-documents",
         "主体名称 and 统一社会信用代码 match what the uploaded documents state",
         rules::entity_facts_match_documents},
        {"monthly-active-users", "月活跃用户量 is the same wherever it is stated",
         rules::monthly_active_users_consistent},
        {"unique-ids", "algorithm, product, path and function ids are unique",
         rules::object_ids_unique},
        {"provider-linked", "a 服务提供者 algorithm is linked to at least one product function",
         rules::provider_linked_to_function},
        {"supporter-service", "a 服务技术支持者 algorithm describes its 技术服务方式",
         rules::supporter_describes_technical_service},
        {"link-targets", "every link names an existing algorithm, product and function",
         rules::links_reference_existing_objects},
        {"function-linked", "every product function is linked to an existing algorithm",
         rules::every_function_linked},
        {"output-modality", "declared file formats match the declared input and output modalities",
         rules::output_formats_match_modalities},
        {"dates", "dates are real and in order (validity, launch, submission, approval)",
         rules::dates_in_order},
        {"registry-numbers",
         "备案编号 and 前置许可 ICP numbers are well formed; the type digits match 算法类型",
         rules::registry_numbers_well_formed},
        {"document-facts",
         "every fact an uploaded document states (declared) is the form's, after the rules above",
         rules::document_facts_match},
        {"document-scanned", "a Word draft is not uploaded in place of the stamped scan",
         rules::word_drafts_not_uploaded},
        {"generative-role",
         "a 生成合成 algorithm built on another party's model files as 服务提供者 (guide §8.3)",
         rules::generative_role_for_third_party_model},
        {"large-model-filing",
         "a 生成合成 algorithm on its own model also needs the large-model filing (guide §8.5)",
         rules::large_model_filing_notice},
        {"template-text", "no template or placeholder text in narrative fields (guide §8.4)",
         rules::template_text},
        {"duplicate-passage",
         "no long passage repeated between two algorithms' narrative (guide §8.4)",
         rules::duplicate_passages},
        {"one-filing-per-algorithm",
         "every algorithm a product function uses is filed, not only some (guide §8.2)",
         rules::one_filing_per_algorithm},
    };
    return table;
}

const nlohmann::json* child(const nlohmann::json* node, std::string_view key) {
    if (!node || !node->is_object()) return nullptr;
    const auto it = node->find(key);
    return it == node->end() ? nullptr : &*it;
}

std::string text_of(const nlohmann::json* node) {
    return node && node->is_string() ? node->get<std::string>() : std::string();
}

const nlohmann::json& array_of(const nlohmann::json* node) {
    static const nlohmann::json empty = nlohmann::json::array();
    return node && node->is_array() ? *node : empty;
}

}  // namespace beian
