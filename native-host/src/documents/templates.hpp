// The four filing documents of portal.md §8, one builder each (one file
// each): headings and header tables as the templates have them, facts from
// the dossier, narrative sections as blanks or the dossier's own text.
#pragma once

#include "documents/docx_document.hpp"
#include "documents/draft_builder.hpp"

namespace beian::documents {

DocxDocument commitment_letter(DraftBuilder& builder);  // 算法备案承诺书
DocxDocument responsibility_report(DraftBuilder& builder);  // 落实算法安全主体责任基本情况
DocxDocument self_assessment_report(DraftBuilder& builder);  // 算法安全自评估报告
DocxDocument public_disclosure(DraftBuilder& builder);       // 拟公示内容

}  // namespace beian::documents
