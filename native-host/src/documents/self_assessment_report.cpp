// 《算法安全自评估报告》, the header table: S16 and S14 agree on its rows
// (portal.md §8). Reviewers compare it with the form row by row (users.md C1,
// C7, C9, C12), so every fact it holds is the form's own text.
#include "documents/blank_marker.hpp"
#include "documents/self_assessment.hpp"
#include "documents/templates.hpp"
#include "util/json_member.hpp"
#include "util/utf8.hpp"

namespace beian::documents {
namespace {

// The header's 算法基本情况 is "150 字内" in a filer's template-based draft
// (portal.md §7, S18).
constexpr std::size_t kBasicsLimit = 150;

void add_line(Spans& cell, const std::string& label, Spans value) {
    cell.push_back({(cell.empty() ? "" : "\n") + label + "："});
    for (auto& span : value) cell.push_back(std::move(span));
}

Spans launch(DraftBuilder& b) {
    const auto date = CivilDate::parse(b.text("algorithm.basic.launchDate"));
    const char* boxes = !date                ? "☐已上线　☐未上线　上线时间："
                        : *date <= b.today() ? "☑已上线　☐未上线　上线时间："
                                             : "☐已上线　☑未上线　拟上线时间：";
    Spans out{{boxes}};
    for (auto& span : b.fact("algorithm.basic.launchDate")) out.push_back(std::move(span));
    return out;
}

// 变更 once the algorithm has been approved (a 备案编号 or an approval).
Spans filing_kind(const DraftBuilder& b) {
    const auto* algorithm = b.algorithm();
    const auto filing = algorithm ? algorithm->value("filing", nlohmann::json()) : nlohmann::json();
    const bool approved_before = string_member(filing, "status") == "approved" ||
                                 !string_member(filing, "number").empty() ||
                                 !string_member(filing, "approvedOn").empty();
    return {{approved_before ? "☐首次备案　☑变更备案" : "☑首次备案　☐变更备案"}};
}

Spans basics(DraftBuilder& b) {
    auto out = b.narrative("algorithm.detail.introduction",
                           "150字以内概述算法的功能、原理和使用方式（可与“算法简介”一致）");
    const auto length = measure_text(b.text("algorithm.detail.introduction")).code_points;
    if (length > kBasicsLimit)
        out.push_back(blank("档案中的算法简介共 " + std::to_string(length) +
                            " 字，本栏据模板为 150 字以内，请精简"));
    return out;
}

Spans description(DraftBuilder& b) {
    Spans cell;
    add_line(cell, "算法简介", {{"见上栏“算法基本情况”"}});
    add_line(cell, "应用范围", b.fact("algorithm.basic.applicationDomains"));
    const auto audience = service_audience(b);
    add_line(
        cell, "服务群体",
        audience.empty() ? Spans{blank("服务面向的用户群体（个人、企业等）")} : Spans{{audience}});
    add_line(cell, "用户数量（月活跃用户量）", b.fact("entity.basic.monthlyActiveUsers"));
    add_line(cell, "社会影响情况", {blank("算法服务对舆论、社会动员、用户权益可能产生的影响")});
    add_line(cell, "软硬件设施及部署位置", {blank("服务器、算力和部署地点（境内/境外、自建/云）")});
    add_line(cell, "其他", {blank("其他需要说明的情况，没有可写“无”")});
    return cell;
}

Spans risks(DraftBuilder& b) {
    struct Risk {
        const char* label;
        const char* field;
    };
    constexpr Risk kRisks[] = {
        {"算法滥用", "algorithm.detail.risks.abuse"},
        {"被恶意利用", "algorithm.detail.risks.maliciousUse"},
        {"漏洞", "algorithm.detail.risks.vulnerability"},
        {"违法不良信息生成、存储、传播扩散", "algorithm.detail.risks.illegalContent"},
        {"数据和用户信息泄露", "algorithm.detail.risks.dataLeakage"},
        {"其他", "algorithm.detail.risks.other"},
    };
    Spans cell;
    for (const auto& risk : kRisks)
        add_line(cell, risk.label,
                 b.narrative(risk.field,
                             std::string("本算法在“") + risk.label + "”方面的风险及防范措施"));
    return cell;
}

Spans signature(DraftBuilder& b) {
    auto out = b.fact("entity.securityOfficer.name");
    out.push_back({"　　（签名）____________"});
    return out;
}

}  // namespace

DocxDocument self_assessment_report(DraftBuilder& b) {
    using K = Block::Kind;
    auto doc = start_draft("算法安全自评估报告");
    // The template variant goes under the title, before the note.
    doc.blocks.insert(doc.blocks.begin() + 1,
                      {K::Subtitle, {{"（适用模板：" + template_variant(b) + "）"}}, {}});
    std::vector<TableRow> rows{
        b.fact_row("主体名称", "entity.basic.name"),
        b.fact_row("算法名称", "algorithm.basic.name"),
        b.fact_row("统一社会信用代码", "entity.basic.creditCode"),
        b.fact_row("算法类型", "algorithm.basic.type"),
    };
    if (!b.text("algorithm.basic.role").empty() || is_generative(b))
        rows.push_back(b.fact_row("角色", "algorithm.basic.role"));
    rows.push_back(b.fact_row("算法应用领域", "algorithm.basic.applicationDomains"));
    rows.push_back(b.narrative_row("算法使用场景", "algorithm.detail.scenarios",
                                   "算法在哪些产品功能中、面向哪些用户使用"));
    rows.push_back({"算法上线情况", launch(b)});
    rows.push_back({"自评估时间", {blank("开展本次自评估的起止日期")}});
    rows.push_back({"报告撰写时间", {blank("本报告定稿日期")}});
    rows.push_back({"算法基本情况", basics(b)});
    rows.push_back({"算法备案类型", filing_kind(b)});
    rows.push_back({"拟公示内容", {{"见附件《拟公示内容》"}}});
    rows.push_back({"落实主体责任基本情况", {{"见附件《落实算法安全主体责任基本情况》"}}});
    rows.push_back({"评估算法描述", description(b)});
    rows.push_back({"评估算法风险描述", risks(b)});
    rows.push_back({"真实性声明", {blank("按备案系统模板中的真实性声明填写")}});
    rows.push_back({"算法安全负责人", signature(b)});
    rows.push_back(b.fact_row("联系电话", "entity.securityOfficer.mobile"));
    doc.add_table(std::move(rows));
    add_self_assessment_body(doc, b);
    return doc;
}

}  // namespace beian::documents
