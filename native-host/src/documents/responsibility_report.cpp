// 《落实算法安全主体责任基本情况》: the entity and its security officer,
// then the template's two chapters (portal.md §8, S15, S22). The dossier
// holds none of this narrative, so every section is a blank saying what the
// template asks for.
#include "documents/templates.hpp"

namespace beian::documents {
namespace {

struct Section {
    const char* heading;
    const char* prompt;
};

constexpr Section kOrganisation[] = {
    {"（一）机构设置（组织架构）",
     "说明负责算法安全的专职机构名称、设立时间、在组织架构中的位置和职责，可附组织架构图"},
    {"（二）专职机构负责人基本信息", "负责人姓名、职务、联系方式、岗位职责和任职经历"},
    {"（三）工作人员任职要求", "专职工作人员的专业背景、经验和培训要求"},
    {"（四）工作人员配备规模", "专职和兼职工作人员的人数及与业务规模的匹配情况"},
    {"（五）技术保障措施", "用于算法安全的技术手段、工具和系统（如审核、监测、日志留存）"},
};

constexpr Section kPolicies[] = {
    {"（一）算法安全自评估制度", "自评估的频次、触发条件、参与部门、流程和结果处理"},
    {"（二）算法安全监测制度",
     "信息安全监测、数据安全监测、用户个人信息安全监测、算法安全监测各自的对象、手段和频次"},
    {"（三）算法安全事件应急处置制度", "事件分级、报告路径、处置流程、时限和演练安排"},
    {"（四）算法违法违规处置制度", "发现违法违规情形后的处置措施、责任人和记录留存"},
    {"（五）其他制度",
     "其他与算法安全相关的管理制度（如科技伦理审查、用户申诉处理），没有可写“无”"},
};

}  // namespace

DocxDocument responsibility_report(DraftBuilder& b) {
    using K = Block::Kind;
    auto doc = start_draft("落实算法安全主体责任基本情况");
    doc.add_table({
        b.fact_row("主体名称", "entity.basic.name"),
        b.fact_row("统一社会信用代码", "entity.basic.creditCode"),
        b.fact_row("算法安全责任人", "entity.securityOfficer.name"),
        b.fact_row("电子邮箱", "entity.securityOfficer.email"),
    });
    doc.add_text(K::Heading1, "一、算法安全专职机构");
    for (const auto& section : kOrganisation)
        add_section(doc, K::Heading2, section.heading, section.prompt);
    doc.add_text(K::Heading1, "二、算法安全管理制度建设");
    for (const auto& section : kPolicies)
        add_section(doc, K::Heading2, section.heading, section.prompt);
    add_seal(doc, b);
    return doc;
}

}  // namespace beian::documents
