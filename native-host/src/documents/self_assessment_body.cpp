// 《算法安全自评估报告》, the body: chapters 一 to 六 as S14, S17 and S18 give
// them (portal.md §8). The algorithm's data, model and strategy and the
// linked products are facts of the form; the analysis is the filer's.
#include <set>

#include "documents/blank_marker.hpp"
#include "documents/self_assessment.hpp"
#include "portal/page_instances.hpp"

namespace beian::documents {
using nlohmann::json;

namespace {

using K = Block::Kind;

std::string text_of(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

const json& list_of(const json& object, const char* key) {
    static const json empty = json::array();
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() && it->is_array() ? *it : empty;
}

void add_facts(DocxDocument& doc, DraftBuilder& b,
               std::initializer_list<std::pair<const char*, const char*>> facts) {
    for (const auto& [label, field] : facts) {
        Spans line{{std::string(label) + "："}};
        for (auto& span : b.fact(field)) line.push_back(std::move(span));
        doc.add(K::Paragraph, std::move(line));
    }
}

void add_narratives(DocxDocument& doc, DraftBuilder& b,
                    std::initializer_list<std::array<const char*, 3>> items) {
    for (const auto& [label, field, prompt] : items) {
        Spans line{{std::string(label) + "："}};
        for (auto& span : b.narrative(field, prompt)) line.push_back(std::move(span));
        doc.add(K::Paragraph, std::move(line));
    }
}

void add_blanks(DocxDocument& doc,
                std::initializer_list<std::pair<const char*, const char*>> items) {
    for (const auto& [heading, prompt] : items) add_section(doc, K::Heading2, heading, prompt);
}

void algorithm_chapter(DocxDocument& doc, DraftBuilder& b) {
    doc.add_text(K::Heading1, "一、算法情况");
    add_section(doc, K::Heading2, "（一）算法流程",
                "以流程图和文字说明从数据输入、处理、模型调用到结果输出的全过程及关键参数");
    doc.add_text(K::Heading2, "（二）算法数据");
    add_facts(doc, b,
              {{"输入数据模态", "algorithm.detail.data.inputModalities"},
               {"输出数据模态", "algorithm.detail.data.outputModalities"},
               {"输入文件格式", "algorithm.detail.data.inputFormats"},
               {"输出文件格式", "algorithm.detail.data.outputFormats"},
               {"语种", "algorithm.detail.data.languages"},
               {"是否涉及生物特征信息", "algorithm.detail.data.involvesBiometrics"}});
    add_narratives(
        doc, b,
        {{"数据来源", "algorithm.detail.data.dataSources", "运行数据和训练数据的来源"},
         {"训练数据", "algorithm.detail.data.trainingData", "训练数据的来源、规模和处理方式"}});
    doc.add_text(K::Heading2, "（三）算法模型");
    add_facts(doc, b,
              {{"模型名称", "algorithm.detail.model.name"},
               {"模型版本", "algorithm.detail.model.version"},
               {"模型类型", "algorithm.detail.model.architecture"},
               {"参数规模", "algorithm.detail.model.parameterScale"}});
    if (!b.text("algorithm.detail.model.thirdParty.provider").empty())
        add_facts(doc, b,
                  {{"模型提供方", "algorithm.detail.model.thirdParty.provider"},
                   {"提供方算法备案号", "algorithm.detail.model.thirdParty.algorithmFilingNumber"},
                   {"大模型备案号", "algorithm.detail.model.thirdParty.modelFilingNumber"}});
    add_narratives(doc, b,
                   {{"训练数据集", "algorithm.detail.model.trainingDatasets", "训练所用数据集"},
                    {"更新策略", "algorithm.detail.model.updatePolicy", "模型更新的频率和流程"}});
    doc.add_text(K::Heading2, "（四）干预策略");
    doc.add(K::Paragraph, b.narrative("algorithm.detail.strategy.intervention",
                                      "输入审核和结果审核的范围与方式"));
    if (!is_generative(b)) return;
    doc.add_text(K::Heading2, "（五）结果标识");
    add_facts(doc, b, {{"标识方式", "algorithm.detail.strategy.resultLabeling"}});
    add_narratives(doc, b,
                   {{"标识说明", "algorithm.detail.strategy.resultLabelingDescription",
                     "显式标识和隐式标识的位置与形式"}});
}

void product_lines(DocxDocument& doc, const LinkedProduct& product) {
    doc.add(K::Paragraph,
            {{"产品名称：" + product.name + "（" + product.forms + "）", false, true}});
    doc.add_text(K::Paragraph, "展现形态：" + product.forms);
    doc.add_text(K::Paragraph, "访问地址：" + product.address);
    if (!product.monthly_active_users.empty())
        doc.add_text(K::Paragraph, "用户情况（月活跃用户量）：" + product.monthly_active_users);
    for (const auto& function : product.functions)
        doc.add_text(K::Paragraph, "入口位置：" + function.access_path + "；功能：" +
                                       function.name + "——" + function.description);
}

void service_chapter(DocxDocument& doc, DraftBuilder& b) {
    doc.add_text(K::Heading1, "二、服务情况");
    doc.add_text(K::Heading2, "（一）服务简介");
    add_facts(doc, b, {{"上线时间", "algorithm.basic.launchDate"}});
    const auto products = linked_products(b);
    for (const auto& product : products) product_lines(doc, product);
    if (products.empty() && b.text("algorithm.basic.role") == "服务技术支持者") {
        add_narratives(
            doc, b,
            {{"技术服务方式", "algorithm.technicalService.method",
              "向哪些客户、以何种方式（如 API）提供技术服务"},
             {"技术服务对象", "algorithm.technicalService.customers", "服务的客户类型"}});
    } else if (products.empty()) {
        doc.add(K::Paragraph, {blank("档案中本算法未关联产品功能：请先在档案中关联产品功能")});
    }
    doc.add(K::Paragraph, {{"服务流量："}, blank("服务的日均调用量或访问量")});
    add_blanks(doc, {{"（二）算法在服务中应用情况",
                      "数据来源、数据形态、更新频率、中间结果是否与第三方共享"}});
}

}  // namespace

std::vector<LinkedProduct> linked_products(const DraftBuilder& b) {
    std::set<std::pair<std::string, std::string>> links;  // (product id, function id)
    for (const auto& link : list_of(b.dossier(), "links"))
        if (text_of(link, "algorithm") == b.algorithm_id())
            links.emplace(text_of(link, "product"), text_of(link, "function"));
    std::vector<LinkedProduct> out;
    const auto& products = list_of(b.dossier(), "products");
    for (std::size_t p = 0; p < products.size(); ++p) {
        const auto pointer = "/products/" + std::to_string(p);
        LinkedProduct product{b.text_at("product.name", pointer),
                              b.text_at("product.serviceForms", pointer),
                              b.text_at("product.accessAddress", pointer),
                              b.text_at("product.serviceAudience", pointer),
                              b.text_at("product.monthlyActiveUsers", pointer),
                              {}};
        const auto& paths = list_of(products[p], "accessPaths");
        for (std::size_t a = 0; a < paths.size(); ++a) {
            const auto& functions = list_of(paths[a], "functions");
            for (std::size_t f = 0; f < functions.size(); ++f) {
                if (!links.contains({text_of(products[p], "id"), text_of(functions[f], "id")}))
                    continue;
                const auto path_pointer = pointer + "/accessPaths/" + std::to_string(a);
                const auto function_pointer = path_pointer + "/functions/" + std::to_string(f);
                product.functions.push_back({b.text_at("accessPath.path", path_pointer),
                                             b.text_at("function.name", function_pointer),
                                             b.text_at("function.description", function_pointer)});
            }
        }
        if (!product.functions.empty()) out.push_back(std::move(product));
    }
    return out;
}

bool is_generative(const DraftBuilder& b) {
    return b.text("algorithm.basic.type").find("生成合成") != std::string::npos;
}

std::string template_variant(const DraftBuilder& b) {
    auto type = b.text("algorithm.basic.type");
    if (const auto bracket = type.find("（"); bracket != std::string::npos) type.resize(bracket);
    if (type.empty()) return "算法类型未填写";
    const auto role = b.text("algorithm.basic.role");
    return type + "类" + (role.empty() ? "" : "-" + role);
}

std::string service_audience(const DraftBuilder& b) {
    std::vector<std::string> seen;
    std::string out;
    for (const auto& product : linked_products(b)) {
        if (product.audience.empty() ||
            std::find(seen.begin(), seen.end(), product.audience) != seen.end())
            continue;
        seen.push_back(product.audience);
        out += (out.empty() ? "" : "、") + product.audience;
    }
    return out;
}

void add_self_assessment_body(DocxDocument& doc, DraftBuilder& b) {
    algorithm_chapter(doc, b);
    service_chapter(doc, b);
    doc.add_text(K::Heading1, "三、风险研判");
    add_blanks(doc, {{"（一）算法滥用", "在表头风险描述基础上，结合实际业务分析风险场景和影响程度"},
                     {"（二）算法漏洞", "可能存在的漏洞、发现途径和影响"},
                     {"（三）算法恶意利用", "被恶意利用的方式和可能后果"},
                     {"（四）其他", "其他风险，没有可写“无”"}});
    doc.add_text(K::Heading1, "四、风险防控情况");
    add_blanks(
        doc,
        {{"（一）风险防范机制建设",
          is_generative(b)
              ? "机制机理审核、安全评估监测、生成合成虚假信息辟谣机制、安全事件应急处置的实际做法"
              : "机制机理审核、安全评估监测、安全事件应急处置的实际做法"},
         {"（二）用户权益保护", "知情权、个人信息保护及其他权益保障措施（须附截图）"},
         {"（三）内容生态治理", "防范和抵制违法不良信息、人工审核的措施（须附截图）"},
         {"（四）模型安全保障", "模型训练、部署、更新各环节的安全保障措施"},
         {"（五）数据安全防护", "数据分类分级、加密、访问控制、留存和删除措施"}});
    add_section(doc, K::Heading1, "五、安全评估结论", "基于以上评估得出的结论");
    add_section(doc, K::Heading1, "六、其他应当说明的相关情况", "没有可写“无”");
}

}  // namespace beian::documents
