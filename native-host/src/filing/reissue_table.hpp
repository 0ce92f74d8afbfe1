// Which uploaded documents repeat which form fields, so a change of the field
// means the stamped document must be issued again before a 变更 filing
// (reviewers reject a 拟公示内容 whose 算法名称 differs from the form).
#pragma once

#include <span>
#include <string_view>

namespace beian::filing {

// Whose document it is, relative to the changed field.
enum class DocumentOwner {
    SameAlgorithm,   // the document of the algorithm whose field changed
    Entity,          // the entity's document
    EveryAlgorithm,  // the document of each algorithm
};

struct ReissueRule {
    std::string_view field;     // profile field id, or a prefix ending in "."
    std::string_view document;  // the attachment's profile field id
    DocumentOwner owner;
};

// What the document templates contain, by field.
std::span<const ReissueRule> reissue_rules();

// A fact a document declares (Attachment.declared) and the field it repeats:
// any document declaring it must be reissued when the field changes.
struct DeclaredFact {
    std::string_view declared;  // key in Attachment.declared
    std::string_view field;     // profile field id
    bool same_algorithm;        // only documents of the algorithm whose field changed
};

std::span<const DeclaredFact> declared_facts();

bool rule_matches(const ReissueRule& rule, std::string_view field_id);

}  // namespace beian::filing
