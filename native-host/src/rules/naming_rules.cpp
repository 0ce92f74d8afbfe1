// Facts that must read the same on the form and in the uploaded documents
// (users.md C1, C2, C7): reviewers reject on any difference.
#include "rules/rule_functions.hpp"
#include "util/utf8.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

struct DeclaredFact {
    const char* key;  // in Attachment.declared
    const char* zh;
    const char* en;
};

// Compares a form value with the same fact as each listed document declares it.
void compare_with_documents(const std::string& form_value, const std::string& base_pointer,
                            const json* attachments, std::initializer_list<const char*> documents,
                            const DeclaredFact& fact, const char* code, Findings& out) {
    for (const char* document : documents) {
        const auto* declared = child(child(child(attachments, document), "declared"), fact.key);
        if (!declared || declared->is_null()) continue;
        const auto declared_text =
            declared->is_string() ? declared->get<std::string>() : declared->dump();
        if (trim(declared_text) == trim(form_value)) continue;
        out.push_back({code, Severity::Error,
                       base_pointer + "/" + document + "/declared/" + fact.key, "", "",
                       std::string(fact.zh) + "与上传文件所载不一致，须逐字相同",
                       std::string(fact.en) + " differs from what the uploaded document states; "
                                              "they must be identical"});
    }
}

std::string fact_text(const json* value) {
    if (!value || value->is_null()) return {};
    return value->is_string() ? value->get<std::string>() : value->dump();
}

}  // namespace

void algorithm_name_consistent(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        const auto* basic = child(&algorithms[i], "basic");
        const auto name = text_of(child(basic, "name"));
        const auto base = "/algorithms/" + std::to_string(i) + "/basic";
        if (name.empty()) continue;
        compare_with_documents(name, base + "/attachments", child(basic, "attachments"),
                               {"selfAssessmentReport", "publicDisclosure"},
                               {"algorithmName", "算法名称", "The algorithm name"},
                               "ALGORITHM_NAME_MISMATCH", out);
        for (std::size_t j = 0; j < i; ++j) {
            if (trim(text_of(child(child(&algorithms[j], "basic"), "name"))) != trim(name))
                continue;
            out.push_back({"ALGORITHM_NAME_DUPLICATE", Severity::Warning, base + "/name", "", "",
                           "两个算法使用了相同的算法名称，审核时难以区分",
                           "two algorithms share one name; reviewers cannot tell them apart"});
        }
    }
}

void entity_facts_match_documents(const RuleContext& context, Findings& out) {
    const auto* entity = child(&context.dossier, "entity");
    const auto* basic = child(entity, "basic");
    const auto* attachments = child(entity, "attachments");
    const auto documents = {"commitmentLetter", "responsibilityReport"};
    const auto name = text_of(child(basic, "name"));
    if (!name.empty())
        compare_with_documents(name, "/entity/attachments", attachments, documents,
                               {"entityName", "主体名称", "The entity name"},
                               "ENTITY_NAME_MISMATCH", out);
    const auto code = text_of(child(basic, "creditCode"));
    if (!code.empty())
        compare_with_documents(code, "/entity/attachments", attachments, documents,
                               {"creditCode", "统一社会信用代码", "The credit code"},
                               "CREDIT_CODE_MISMATCH", out);
}

void monthly_active_users_consistent(const RuleContext& context, Findings& out) {
    const auto mau =
        fact_text(child(child(child(&context.dossier, "entity"), "basic"), "monthlyActiveUsers"));
    if (trim(mau).empty()) return;
    const DeclaredFact fact{"monthlyActiveUsers", "月活跃用户量", "The monthly active users"};
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        compare_with_documents(mau, "/algorithms/" + std::to_string(i) + "/basic/attachments",
                               child(child(&algorithms[i], "basic"), "attachments"),
                               {"selfAssessmentReport", "publicDisclosure"}, fact, "MAU_MISMATCH",
                               out);
    }
    compare_with_documents(mau, "/entity/attachments",
                           child(child(&context.dossier, "entity"), "attachments"),
                           {"commitmentLetter", "responsibilityReport"}, fact, "MAU_MISMATCH", out);
}

}  // namespace beian::rules
