// The uploaded documents against the form: every fact a document states
// (Attachment.declared, as recorded by the drafts or typed from a stamped
// scan) must be the form's, and a Word draft is no stamped document.
#include <set>

#include "documents/declared_facts.hpp"
#include "documents/word_file.hpp"
#include "rules/rule_functions.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

// Every attachment in an upload field of the portal's pages (one file, or
// each of a list), by its pointer.
template <typename Visit>
void for_each_attachment(const RuleContext& context, Visit visit) {
    for (const auto& occurrence : context.fields.occurrences()) {
        if (occurrence.field->control != "upload") continue;
        const auto* value = portal::value_at(context.dossier, occurrence.pointer);
        if (value && value->is_object()) visit(occurrence.pointer, *value);
        if (value && value->is_array())
            for (std::size_t i = 0; i < value->size(); ++i)
                if ((*value)[i].is_object())
                    visit(occurrence.pointer + "/" + std::to_string(i), (*value)[i]);
    }
}

}  // namespace

// Runs after the name, entity and 月活 rules, which report their own facts.
void document_facts_match(const RuleContext& context, Findings& out) {
    std::set<std::string> reported;
    for (const auto& finding : out) reported.insert(finding.path);
    const documents::DeclaredFacts facts(context.profile);
    for_each_attachment(context, [&](const std::string& pointer, const json&) {
        for (const auto& mismatch : facts.mismatches(context.dossier, pointer)) {
            const auto path = pointer + "/declared/" + mismatch.key;
            if (reported.contains(path)) continue;
            out.push_back({"DOCUMENT_FACT_MISMATCH", Severity::Error, path, "", "",
                           "上传文件所载的「" + mismatch.label +
                               "」与表单不一致，须逐字相同；"
                               "请按表单重新出具该文件",
                           "the uploaded document states " + mismatch.label +
                               " differently from the form; they must be identical: issue "
                               "the document again"});
        }
    });
}

void word_drafts_not_uploaded(const RuleContext& context, Findings& out) {
    for_each_attachment(context, [&](const std::string& pointer, const json& attachment) {
        if (!documents::is_word_file(attachment)) return;
        out.push_back(
            {"DOCUMENT_NOT_SCANNED", Severity::Warning, pointer, "", "",
             "这是 Word 草稿：填写完成后打印，签字、加盖公章并扫描为 PDF 或图片，再替换此附件",
             "this is a Word draft: once completed, print it, sign and stamp it, scan "
             "it to PDF or an image and attach that instead"});
    });
}

}  // namespace beian::rules
