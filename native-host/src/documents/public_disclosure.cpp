// 《拟公示内容》: published once the filing is approved, so its 算法名称 must
// be the form's, character for character (users.md C1). Headings from
// portal.md §8 (S20, S23, S14); only 应用场景 has text in the dossier.
#include "documents/templates.hpp"

namespace beian::documents {

DocxDocument public_disclosure(DraftBuilder& b) {
    using K = Block::Kind;
    auto doc = start_draft("拟公示内容");
    doc.add_text(K::Heading1, "一、算法名称");
    doc.add(K::Paragraph, b.fact("algorithm.basic.name"));
    add_section(doc, K::Heading1, "二、算法基本原理",
                "用公众能理解的语言说明算法的基本原理：依据哪些输入、采用何种技术生成或筛选结果");
    add_section(doc, K::Heading1, "三、算法运行机制",
                "说明算法从接收输入到输出结果的运行流程，以及人工干预和结果标识的环节");
    doc.add_text(K::Heading1, "四、算法应用场景");
    doc.add(K::Paragraph, b.narrative("algorithm.detail.scenarios",
                                      "说明算法在哪些产品、功能和场景中使用，面向哪些用户"));
    add_section(doc, K::Heading1, "五、算法目的意图",
                "说明使用该算法要达到的目的，以及对用户和社会的价值");
    return doc;
}

}  // namespace beian::documents
