// The uploaded documents against the form: every fact a document states
// (Attachment.declared, as recorded by the drafts or typed from a stamped
// scan) must be the form's, and a Word draft is no stamped document.
#include <algorithm>

#include "documents/declared_facts.hpp"
#include "documents/draft_writer.hpp"
#include "filing/dossier_bundle.hpp"
#include "rules/rule_functions.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

bool already_reported(const Findings& findings, const std::string& path) {
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.path == path; });
}

}  // namespace

// Runs after the name, entity and 月活 rules, which report their own facts.
void document_facts_match(const RuleContext& context, Findings& out) {
    for (const auto& record : filing::attachment_records(context.dossier)) {
        const auto pointer = record["pointer"].get<std::string>();
        for (const auto& mismatch :
             documents::declared_mismatches(context.dossier, context.profile, pointer)) {
            const auto path = pointer + "/declared/" + mismatch.key;
            if (already_reported(out, path)) continue;
            out.push_back({"DOCUMENT_FACT_MISMATCH", Severity::Error, path, "", "",
                           "上传文件所载的「" + mismatch.label +
                               "」与表单不一致，须逐字相同；"
                               "请按表单重新出具该文件",
                           "the uploaded document states " + mismatch.label +
                               " differently from the form; they must be identical: issue "
                               "the document again"});
        }
    }
}

void word_drafts_not_uploaded(const RuleContext& context, Findings& out) {
    for (const auto& record : filing::attachment_records(context.dossier)) {
        const auto pointer = record["pointer"].get<std::string>();
        const auto* attachment = portal::value_at(context.dossier, pointer);
        if (!attachment || !documents::is_word_file(*attachment)) continue;
        out.push_back(
            {"DOCUMENT_NOT_SCANNED", Severity::Warning, pointer, "", "",
             "这是 Word 草稿：填写完成后打印，签字、加盖公章并扫描为 PDF 或图片，再替换此附件",
             "this is a Word draft: once completed, print it, sign and stamp it, scan "
             "it to PDF or an image and attach that instead"});
    }
}

}  // namespace beian::rules
