// The facts a document states (Attachment.declared) against the form now:
// which of them differ. What the DOCUMENT_FACT_MISMATCH rule reports and
// what makes the checklist call a document stale.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "portal/profile.hpp"

namespace beian::documents {

struct DeclaredMismatch {
    std::string key;    // in Attachment.declared
    std::string label;  // the form field's portal label
};

// The declared facts of the attachment at attachment_pointer that are not
// the form's text; facts the form leaves empty are not compared.
std::vector<DeclaredMismatch> declared_mismatches(const nlohmann::json& dossier,
                                                  const portal::Profile& profile,
                                                  const std::string& attachment_pointer);

}  // namespace beian::documents
