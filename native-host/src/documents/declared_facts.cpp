#include "documents/declared_facts.hpp"

#include "filing/reissue_table.hpp"
#include "portal/page_instances.hpp"
#include "util/utf8.hpp"

namespace beian::documents {
using nlohmann::json;

namespace {

// "/algorithms/2/basic/attachments/…" → "/algorithms/2"; "" for the entity's.
std::string algorithm_pointer_of(const std::string& pointer) {
    const std::string prefix = "/algorithms/";
    if (pointer.rfind(prefix, 0) != 0) return "";
    return pointer.substr(0, pointer.find('/', prefix.size()));
}

}  // namespace

DeclaredFacts::DeclaredFacts(const portal::Profile& profile) {
    for (const auto& fact : filing::declared_facts())
        entries_.push_back({std::string(fact.declared), field_by_id(profile, fact.field)});
}

std::vector<DeclaredMismatch> DeclaredFacts::mismatches(
    const json& dossier, const std::string& attachment_pointer) const {
    std::vector<DeclaredMismatch> out;
    const auto* attachment = portal::value_at(dossier, attachment_pointer);
    if (!attachment || !attachment->is_object()) return out;
    const auto declared = attachment->find("declared");
    if (declared == attachment->end() || !declared->is_object()) return out;
    const auto algorithm = algorithm_pointer_of(attachment_pointer);
    for (const auto& entry : entries_) {
        const auto it = declared->find(entry.key);
        if (it == declared->end() || !it->is_string()) continue;
        const auto object = object_of(entry.field, algorithm);
        if (object.empty()) continue;  // an algorithm's fact on an entity document
        const auto form = trim(field_text(dossier, entry.field, object));
        if (form.empty() || form == trim(it->get<std::string>())) continue;
        out.push_back({entry.key, entry.field.field->label});
    }
    return out;
}

}  // namespace beian::documents
