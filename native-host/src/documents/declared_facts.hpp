// The facts a document states (Attachment.declared) against the form now:
// which of them differ. What the DOCUMENT_FACT_MISMATCH rule reports and
// what makes the checklist call a document stale.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "documents/fact_text.hpp"
#include "portal/profile.hpp"

namespace beian::documents {

struct DeclaredMismatch {
    std::string key;    // in Attachment.declared
    std::string label;  // the form field's portal label
};

// The declared-facts table (filing/reissue_table.hpp) resolved against a
// profile once, for checking many attachments.
class DeclaredFacts {
  public:
    explicit DeclaredFacts(const portal::Profile& profile);

    // The declared facts of the attachment at attachment_pointer that are not
    // the form's text; facts the form leaves empty are not compared.
    std::vector<DeclaredMismatch> mismatches(const nlohmann::json& dossier,
                                             const std::string& attachment_pointer) const;

  private:
    struct Entry {
        std::string key;
        FieldRef field;
    };
    std::vector<Entry> entries_;
};

}  // namespace beian::documents
