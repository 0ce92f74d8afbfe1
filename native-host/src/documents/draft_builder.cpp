#include "documents/draft_builder.hpp"

#include <algorithm>

#include "documents/blank_marker.hpp"
#include "documents/fact_text.hpp"
#include "filing/reissue_table.hpp"
#include "portal/page_instances.hpp"
#include "util/utf8.hpp"

namespace beian::documents {
using nlohmann::json;

DraftBuilder::DraftBuilder(const json& dossier, const portal::Profile& profile,
                           std::optional<std::size_t> algorithm, CivilDate today)
    : dossier_(dossier), profile_(profile), algorithm_index_(algorithm), today_(today) {
    if (!algorithm) return;
    algorithm_pointer_ = "/algorithms/" + std::to_string(*algorithm);
    if (const auto* a = this->algorithm(); a && a->contains("id") && (*a)["id"].is_string())
        algorithm_id_ = (*a)["id"].get<std::string>();
}

const json* DraftBuilder::algorithm() const {
    if (!algorithm_index_) return nullptr;
    return portal::value_at(dossier_, algorithm_pointer_);
}

std::string DraftBuilder::text(std::string_view field_id) const {
    const auto ref = field_by_id(profile_, field_id);
    return trim(field_text(dossier_, ref, object_of(ref, algorithm_pointer_)));
}

std::string DraftBuilder::text_at(std::string_view field_id,
                                  const std::string& object_pointer) const {
    return trim(field_text(dossier_, field_by_id(profile_, field_id), object_pointer));
}

Spans DraftBuilder::fact(std::string_view field_id) {
    const auto value = text(field_id);
    if (value.empty()) {
        const auto ref = field_by_id(profile_, field_id);
        const std::string label = ref.field ? ref.field->label : std::string(field_id);
        if (std::find(missing_.begin(), missing_.end(), label) == missing_.end())
            missing_.push_back(label);
        return {blank(label + "（档案中尚未填写，请先补全档案再生成）")};
    }
    for (const auto& declared : filing::declared_facts())
        if (declared.field == field_id) declared_[std::string(declared.declared)] = value;
    return {{value}};
}

TableRow DraftBuilder::fact_row(std::string label, std::string_view field_id) {
    return {std::move(label), fact(field_id)};
}

Spans DraftBuilder::narrative(std::string_view field_id, std::string_view prompt) {
    const auto value = text(field_id);
    if (value.empty()) return {blank(prompt)};
    return {{value}};
}

TableRow DraftBuilder::narrative_row(std::string label, std::string_view field_id,
                                     std::string_view prompt) {
    return {std::move(label), narrative(field_id, prompt)};
}

DocxDocument start_draft(std::string title) {
    DocxDocument document;
    document.title = std::move(title);
    document.add_text(Block::Kind::Title, document.title);
    document.add_text(
        Block::Kind::Note,
        "填写说明（盖章前删除）：本文件是算法备案助手依据备案档案生成的草稿。表格和正文中的"
        "主体、算法、产品信息取自档案，与备案系统填报页逐字一致，如需修改请改档案后重新生成；"
        "标黄的“待填写”处须由填报人结合本单位实际情况撰写，不要套用网上模板或由工具"
        "代写（审核会判“材料真实性存疑”）。格式以备案系统当前提供的模板为准。全部填写后删除"
        "本说明，打印，按要求签字、加盖公章并扫描上传。");
    return document;
}

void add_seal(DocxDocument& document, DraftBuilder& builder) {
    Spans seal{{"主体名称（盖章）："}};
    for (auto& span : builder.fact("entity.basic.name")) seal.push_back(std::move(span));
    document.add(Block::Kind::Signature, std::move(seal));
    document.add_text(Block::Kind::Signature, "日期：________年____月____日");
}

void add_section(DocxDocument& document, Block::Kind heading, std::string title,
                 std::string_view prompt) {
    document.add_text(heading, std::move(title));
    document.add(Block::Kind::Paragraph, {blank(prompt)});
}

}  // namespace beian::documents
