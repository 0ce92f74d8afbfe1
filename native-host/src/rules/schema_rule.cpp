#include "rules/rule_functions.hpp"
#include "schema/schema_validator.hpp"

namespace beian::rules {

void schema_conformance(const RuleContext& context, Findings& out) {
    for (const auto& error : schema::dossier_validator().validate(context.dossier)) {
        out.push_back({"SCHEMA_VIOLATION", Severity::Error, error.pointer, "", "",
                       "数据结构不符合规范：" + error.message, error.message});
    }
}

}  // namespace beian::rules
