#include "checklist/materials.hpp"

#include "util/json_member.hpp"
#include "util/utf8.hpp"

namespace beian::checklist {
using nlohmann::json;

namespace {

constexpr std::string_view kEntityOthers = "entity.attachments.others";
constexpr std::string_view kAlgorithmOthers = "algorithm.basic.attachments.others";

constexpr Material kMaterials[] = {
    {"businessLicense", "营业执照（彩色扫描件）", "business licence (colour scan)", "§5.1",
     Scope::Entity, kEntityOthers, "businessLicense", Needed::Always, false, true,
     "彩色扫描营业执照正本或副本", "scan the business licence in colour"},
    {"commitmentLetter", "算法备案承诺书", "filing commitment letter", "§5.2", Scope::Entity,
     "entity.attachments.commitmentLetter", "", Needed::Always, true, false,
     "用 beian-assist docs 生成草稿，按模板填写后由法定代表人签字、加盖公章并扫描",
     "draft it with beian-assist docs, complete it, have the legal representative sign it, "
     "stamp it and scan it"},
    {"legalRepresentativeId", "法定代表人身份证件（彩色扫描件）",
     "legal representative's ID (colour scan)", "§5.3", Scope::Entity, kEntityOthers,
     "legalRepresentativeId", Needed::Always, false, false, "彩色扫描证件正反面",
     "scan both sides of the ID in colour"},
    {"securityOfficerId", "算法安全责任人身份证件（彩色扫描件）",
     "security officer's ID (colour scan)", "§5.3", Scope::Entity, kEntityOthers,
     "securityOfficerId", Needed::Always, false, false, "彩色扫描证件正反面",
     "scan both sides of the ID in colour"},
    {"officerWorkCertificate", "算法安全责任人工作证明", "security officer's work certificate",
     "§5.4", Scope::Entity, kEntityOthers, "officerWorkCertificate", Needed::Always, true, false,
     "写明姓名、职务、联系方式、岗位职责和任职条件，加盖公章并扫描",
     "state name, position, contact, duties and qualifications; stamp and scan it"},
    {"products", "APP或网站情况（产品及功能信息）", "apps and websites (product pages)", "§5.5",
     Scope::Entity, "", "", Needed::Always, false, false,
     "在档案中添加提供服务的 APP、网站或小程序，以及功能访问路径和功能",
     "add the apps, websites or mini programs with their access paths and functions"},
    {"icpLicense", "ICP备案证明或ICP经营许可证", "ICP filing or licence", "§5.6", Scope::Entity,
     kEntityOthers, "icpLicense", Needed::IcpLicensed, false, false,
     "截图或扫描ICP备案信息或经营许可证", "screenshot or scan the ICP filing or licence"},
    {"responsibilityReport", "落实算法安全主体责任基本情况", "report on the security duties",
     "§5.7", Scope::Entity, "entity.attachments.responsibilityReport", "", Needed::Always, true,
     false, "用 beian-assist docs 生成草稿，填写各项机构和制度后加盖公章并扫描",
     "draft it with beian-assist docs, describe the organisation and policies, stamp and scan"},
    {"securityPolicies", "算法安全管理制度", "algorithm security policies", "§5.7", Scope::Entity,
     kEntityOthers, "securityPolicies", Needed::Recommended, true, false,
     "整理本单位已施行的算法安全管理制度文本", "collect the security policies in force"},
    {"selfAssessmentReport", "算法安全自评估报告", "security self-assessment report", "§5.7",
     Scope::Algorithm, "algorithm.basic.attachments.selfAssessmentReport", "", Needed::Always, true,
     false, "用 beian-assist docs 生成草稿，按实际完成评估后签字盖章并扫描",
     "draft it with beian-assist docs, complete the assessment, sign, stamp and scan it"},
    {"publicDisclosure", "拟公示内容", "text for publication", "§5.7", Scope::Algorithm,
     "algorithm.basic.attachments.publicDisclosure", "", Needed::Always, true, false,
     "用 beian-assist docs 生成草稿，填写后盖章并扫描",
     "draft it with beian-assist docs, "
     "complete, stamp and scan it"},
    {"thirdPartyProof", "第三方模型（技术）佐证材料", "proof of the third-party model", "",
     Scope::Algorithm, kAlgorithmOthers, "thirdPartyProof", Needed::ThirdPartyModel, false, false,
     "提供方的授权或合同、其算法备案和大模型备案的证明",
     "the provider's licence or contract and proof of its filings"},
};

const json& list_at(const json* object, const char* key) {
    static const json empty = json::array();
    if (!object || !object->is_object()) return empty;
    const auto it = object->find(key);
    return it != object->end() && it->is_array() ? *it : empty;
}

bool names_icp_licence(const json& dossier) {
    for (const auto& product : list_at(&dossier, "products"))
        for (const auto& licence : list_at(&product, "preLicenses"))
            if (string_member(licence, "kind").find("ICP") != std::string::npos) return true;
    return false;
}

bool uses_third_party_model(const json* algorithm) {
    const auto* provider = algorithm ? &(*algorithm) : nullptr;
    for (const char* key : {"detail", "model", "thirdParty", "provider"}) {
        if (!provider || !provider->is_object() || !provider->contains(key)) return false;
        provider = &(*provider)[key];
    }
    return provider->is_string() && !trim(provider->get<std::string>()).empty();
}

}  // namespace

std::span<const Material> materials() { return kMaterials; }

bool is_required(const Material& material, const json& dossier, const json* algorithm) {
    switch (material.needed) {
        case Needed::Always:
            return true;
        case Needed::IcpLicensed:
            return names_icp_licence(dossier);
        case Needed::ThirdPartyModel:
            return uses_third_party_model(algorithm);
        case Needed::Recommended:
            return false;
    }
    return false;
}

}  // namespace beian::checklist
