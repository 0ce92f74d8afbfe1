#include "documents/declared_facts.hpp"

#include "documents/fact_text.hpp"
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

std::vector<DeclaredMismatch> declared_mismatches(const json& dossier,
                                                  const portal::Profile& profile,
                                                  const std::string& attachment_pointer) {
    std::vector<DeclaredMismatch> out;
    const auto* attachment = portal::value_at(dossier, attachment_pointer);
    if (!attachment || !attachment->is_object() || !attachment->contains("declared")) return out;
    const auto& declared = (*attachment)["declared"];
    if (!declared.is_object()) return out;
    const auto algorithm = algorithm_pointer_of(attachment_pointer);
    for (const auto& fact : filing::declared_facts()) {
        const auto it = declared.find(std::string(fact.declared));
        if (it == declared.end() || !it->is_string()) continue;
        const auto ref = field_by_id(profile, fact.field);
        const auto object = object_of(ref, algorithm);
        if (object.empty()) continue;  // an algorithm's fact on an entity document
        const auto form = trim(field_text(dossier, ref, object));
        if (form.empty() || form == trim(it->get<std::string>())) continue;
        out.push_back({std::string(fact.declared), ref.field->label});
    }
    return out;
}

}  // namespace beian::documents
