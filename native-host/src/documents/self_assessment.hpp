// What the two halves of the 自评估报告 share (self_assessment_report.cpp:
// the header table; self_assessment_body.cpp: the chapters).
#pragma once

#include <string>
#include <vector>

#include "documents/docx_document.hpp"
#include "documents/draft_builder.hpp"

namespace beian::documents {

// A product the algorithm is linked to, with the functions that use it.
struct LinkedFunction {
    std::string access_path;  // 产品功能访问路径 = the report's 入口位置
    std::string name;
    std::string description;
};

struct LinkedProduct {
    std::string name;      // 产品名称
    std::string forms;     // 服务形式 = the report's 展现形态
    std::string address;   // 访问地址
    std::string audience;  // 服务对象
    std::string monthly_active_users;
    std::vector<LinkedFunction> functions;
};

// In dossier order; values as the product pages show them.
std::vector<LinkedProduct> linked_products(const DraftBuilder& builder);

// "生成合成类-服务提供者", "个性化推送类": which of the portal's templates.
std::string template_variant(const DraftBuilder& builder);
bool is_generative(const DraftBuilder& builder);

// The 服务对象 of the linked products, each once ("" when none is given).
std::string service_audience(const DraftBuilder& builder);

// Chapters 一 to 六 of the report body.
void add_self_assessment_body(DocxDocument& document, DraftBuilder& builder);

}  // namespace beian::documents
