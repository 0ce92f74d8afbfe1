#include "checklist/next_steps.hpp"

#include <functional>

namespace beian::checklist {
namespace {

std::string joined(const std::vector<std::string>& labels, const char* separator) {
    std::string out;
    for (const auto& label : labels) out += (out.empty() ? "" : separator) + label;
    return out;
}

using Step = std::function<Text(const Material&, const ChecklistItem&)>;

// One entry per state, so a new state cannot go without its advice.
const std::pair<std::string_view, Step> kSteps[] = {
    {"missing",
     [](const Material& m, const ChecklistItem&) {
         return Text{std::string(m.how_zh) + "，然后在档案中添加为附件",
                     std::string(m.how_en) + ", then add it to the dossier"};
     }},
    {"optional",
     [](const Material& m, const ChecklistItem&) {
         return Text{"如适用：" + std::string(m.how_zh), "if it applies: " + std::string(m.how_en)};
     }},
    {"draft",
     [](const Material&, const ChecklistItem& item) {
         const auto open = item.open.value_or(0);
         if (open > 0)
             return Text{
                 "Word 草稿还有 " + std::to_string(open) +
                     " 处待填写或模板文字：按实际情况补全后打印、签字盖章、扫描，再替换附件",
                 "the Word draft has " + std::to_string(open) +
                     " blanks or template phrases left: complete them, print, sign, "
                     "stamp and scan it, then replace the attachment"};
         return Text{"Word 草稿已填写：打印、签字盖章并扫描为 PDF 后替换附件",
                     "the Word draft is complete: print, sign and stamp it, scan it to PDF and "
                     "replace the attachment"};
     }},
    {"stale",
     [](const Material&, const ChecklistItem& item) {
         return Text{"文件所载的" + joined(item.because, "、") +
                         "已与表单不同：按当前档案重新出具（可用 beian-assist docs 重新生成草稿），"
                         "签章扫描后替换附件",
                     "what the document states of " + joined(item.because, ", ") +
                         " no longer matches the form: issue it again from the current dossier "
                         "(beian-assist docs drafts it), stamp, scan and replace the attachment"};
     }},
    {"expired",
     [](const Material&, const ChecklistItem& item) {
         return Text{"证件已于 " + item.expired_on + " 到期：换发后上传新的扫描件并更新有效期",
                     "expired on " + item.expired_on +
                         ": attach a scan of the renewed document and update its validity"};
     }},
    {"file-missing",
     [](const Material&, const ChecklistItem&) {
         return Text{"档案记录的文件不在本机：找回该文件或重新添加附件",
                     "the recorded file is not on this machine: restore it or attach it again"};
     }},
    {"file-changed",
     [](const Material&, const ChecklistItem&) {
         return Text{"文件内容与档案记录的摘要不同：确认是要上传的版本后重新添加附件",
                     "the file differs from the recorded hash: check it is the version to "
                     "upload and attach it again"};
     }},
    {"attached",
     [](const Material& m, const ChecklistItem&) {
         return m.stamped ? Text{"已备齐；上传前核对签字和公章清晰可辨",
                                 "ready; check the signature and stamp are legible"}
                          : Text{"已备齐", "ready"};
     }},
    {"recorded",
     [](const Material&, const ChecklistItem&) {
         return Text{"已在档案中填写；核对与线上产品一致",
                     "recorded; check it matches the live product"};
     }},
    {"incomplete",
     [](const Material&, const ChecklistItem& item) {
         const auto open = std::to_string(item.open.value_or(0));
         return Text{"产品及功能信息有 " + open + " 个必填项未填写：补全档案",
                     open + " required product fields are empty: complete the dossier"};
     }},
};

}  // namespace

Text next_step(const Material& material, const ChecklistItem& item) {
    for (const auto& [state, step] : kSteps)
        if (state == item.state) return step(material, item);
    return {"", ""};
}

}  // namespace beian::checklist
