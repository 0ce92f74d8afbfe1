#include "rules/check_dossier.hpp"

#include <algorithm>

#include "rules/rule_context.hpp"

namespace beian {
using nlohmann::json;

namespace {

// Codes a filer may accept explicitly (meta.acceptedFindings): checks that
// can be wrong about a real document, such as pilot-era credit codes whose
// check character does not follow GB 32100 (rules.md §1.6). Structural and
// completeness findings can never be waived.
bool can_be_accepted(const std::string& code) {
    return code != "SCHEMA_VIOLATION" && code != "REQUIRED_MISSING";
}

void apply_accepted(const json& dossier, Findings& findings) {
    const auto* accepted = portal::value_at(dossier, "/meta/acceptedFindings");
    if (!accepted || !accepted->is_array()) return;
    for (auto& finding : findings) {
        if (!can_be_accepted(finding.code)) continue;
        for (const auto& entry : *accepted) {
            if (text_of(child(&entry, "code")) == finding.code &&
                text_of(child(&entry, "path")) == finding.path)
                finding.accepted = true;
        }
    }
}

void label(const FieldIndex& index, Findings& findings) {
    for (auto& finding : findings) {
        const auto location = index.locate(finding.path);
        if (location.page) finding.page = location.page->id;
        if (location.field) finding.label = location.field->label;
    }
}

}  // namespace

Findings check_dossier(const json& dossier, const portal::Profile& profile, CivilDate today) {
    const FieldIndex index(profile, dossier);
    const RuleContext context{dossier, profile, index, today};
    Findings findings;
    for (const auto& rule : rule_table()) rule.run(context, findings);
    label(index, findings);
    apply_accepted(dossier, findings);
    sort_by_page(findings, profile);
    return findings;
}

void sort_by_page(Findings& findings, const portal::Profile& profile) {
    auto page_rank = [&](const std::string& page) {
        const auto& pages = profile.pages();
        for (std::size_t i = 0; i < pages.size(); ++i)
            if (pages[i].id == page) return i;
        return pages.size();
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        const auto ra = page_rank(a.page), rb = page_rank(b.page);
        return ra != rb ? ra < rb : a.path < b.path;
    });
}

}  // namespace beian
