// 《算法备案承诺书》: the header names the entity, its type, credit code,
// legal representative and security officer (portal.md §8, S18); the three
// promises follow the template as publicly reproduced, flagged for a
// word-for-word check against the portal's current template.
#include "documents/templates.hpp"

namespace beian::documents {

DocxDocument commitment_letter(DraftBuilder& b) {
    using K = Block::Kind;
    auto doc = start_draft("算法备案承诺书");
    doc.add_table({
        b.fact_row("主体名称", "entity.basic.name"),
        b.fact_row("主体类型", "entity.basic.entityType"),
        b.fact_row("统一社会信用代码", "entity.basic.creditCode"),
        b.fact_row("法定代表人", "entity.legalRepresentative.name"),
        b.fact_row("算法安全责任人", "entity.securityOfficer.name"),
    });
    doc.add_text(K::Note,
                 "以下承诺条款依据公开资料整理，提交前请与备案系统下载的《算法备案承诺书》模板逐字"
                 "核对，以模板为准。");
    doc.add(K::Paragraph, {{"本主体郑重承诺："}});
    for (const char* promise : {
             "一、所填写的内容和提交的资料准确、真实、合法、有效。",
             "二、备案信息发生变更的，自变更之日起10个工作日内办理变更手续；终止服务的，自终止"
             "服务之日起20个工作日内办理注销备案手续，并作出妥善安排。",
             "三、知悉算法备案不代表对本主体及其算法、产品、功能的认可，备案结果不用于安全许可或"
             "商业宣传。",
         })
        doc.add_text(K::Paragraph, promise);
    doc.add_text(K::Signature, "法定代表人（签字）：__________________");
    doc.add_text(K::Signature, "算法安全责任人（签字）：__________________");
    add_seal(doc, b);
    return doc;
}

}  // namespace beian::documents
