#include "filing/reissue_table.hpp"

namespace beian::filing {
namespace {

constexpr std::string_view kSelfAssessment = "algorithm.basic.attachments.selfAssessmentReport";
constexpr std::string_view kDisclosure = "algorithm.basic.attachments.publicDisclosure";
constexpr std::string_view kCommitment = "entity.attachments.commitmentLetter";
constexpr std::string_view kResponsibility = "entity.attachments.responsibilityReport";

using enum DocumentOwner;

// From the templates the CAC publishes with the filing guide: the 自评估报告
// assesses the algorithm as a whole (basics, data, model, strategy, risks);
// the 拟公示内容 publishes its name, 基本原理, 运行机制 and 应用场景; the
// 承诺书 names the entity and is signed by its 法定代表人; the 落实算法安全主体
// 责任基本情况 names the entity and its 算法安全责任人.
constexpr ReissueRule kRules[] = {
    {"algorithm.basic.name", kSelfAssessment, SameAlgorithm},
    {"algorithm.basic.name", kDisclosure, SameAlgorithm},
    {"algorithm.basic.type", kSelfAssessment, SameAlgorithm},
    {"algorithm.basic.type", kDisclosure, SameAlgorithm},
    {"algorithm.basic.role", kSelfAssessment, SameAlgorithm},
    {"algorithm.basic.applicationDomains", kSelfAssessment, SameAlgorithm},
    {"algorithm.detail.introduction", kSelfAssessment, SameAlgorithm},
    {"algorithm.detail.introduction", kDisclosure, SameAlgorithm},
    {"algorithm.detail.scenarios", kSelfAssessment, SameAlgorithm},
    {"algorithm.detail.scenarios", kDisclosure, SameAlgorithm},
    {"algorithm.detail.data.", kSelfAssessment, SameAlgorithm},
    {"algorithm.detail.model.", kSelfAssessment, SameAlgorithm},
    {"algorithm.detail.strategy.", kSelfAssessment, SameAlgorithm},
    {"algorithm.detail.risks.", kSelfAssessment, SameAlgorithm},
    {"entity.basic.name", kCommitment, Entity},
    {"entity.basic.name", kResponsibility, Entity},
    {"entity.basic.creditCode", kCommitment, Entity},
    {"entity.basic.creditCode", kResponsibility, Entity},
    {"entity.legalRepresentative.name", kCommitment, Entity},
    {"entity.securityOfficer.name", kResponsibility, Entity},
};

// Every key of Attachment.declared: the drafts (documents/) record the facts
// they state under these keys, and the rules and the checklist compare them
// with the form through this table.
constexpr DeclaredFact kDeclared[] = {
    {"algorithmName", "algorithm.basic.name", true},
    {"entityName", "entity.basic.name", false},
    {"creditCode", "entity.basic.creditCode", false},
    {"monthlyActiveUsers", "entity.basic.monthlyActiveUsers", false},
    {"entityType", "entity.basic.entityType", false},
    {"legalRepresentative", "entity.legalRepresentative.name", false},
    {"securityOfficer", "entity.securityOfficer.name", false},
    {"algorithmType", "algorithm.basic.type", true},
    {"role", "algorithm.basic.role", true},
    {"launchDate", "algorithm.basic.launchDate", true},
    {"applicationDomains", "algorithm.basic.applicationDomains", true},
};

}  // namespace

std::span<const ReissueRule> reissue_rules() { return kRules; }

std::span<const DeclaredFact> declared_facts() { return kDeclared; }

bool rule_matches(const ReissueRule& rule, std::string_view field_id) {
    if (rule.field.ends_with('.')) return field_id.starts_with(rule.field);
    return field_id == rule.field;
}

}  // namespace beian::filing
