// What the four templates build a draft with: each fact of the dossier as
// the portal page shows it (a fact the dossier lacks becomes a blank naming
// it), the dossier's own narrative text (else a blank with what to write),
// and the record of the facts the draft states, for Attachment.declared.
// The tool never writes prose of its own: everything that is not a fact or
// the filer's text is a marked blank.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "documents/docx_document.hpp"
#include "portal/profile.hpp"
#include "util/civil_date.hpp"

namespace beian::documents {

class DraftBuilder {
  public:
    // algorithm: the index of the algorithm a document is about (none for
    // the entity's documents). today decides 已上线 / 未上线.
    DraftBuilder(const nlohmann::json& dossier, const portal::Profile& profile,
                 std::optional<std::size_t> algorithm, CivilDate today);

    // The field's value; recorded under its Attachment.declared key when the
    // declared-facts table has one.
    Spans fact(std::string_view field_id);
    TableRow fact_row(std::string label, std::string_view field_id);
    // The field's value as plain text, "" when empty (nothing recorded).
    std::string text(std::string_view field_id) const;
    // The same for a field of another object (a product, a function).
    std::string text_at(std::string_view field_id, const std::string& object_pointer) const;
    // The dossier's text, else a blank asking for it.
    Spans narrative(std::string_view field_id, std::string_view prompt);
    TableRow narrative_row(std::string label, std::string_view field_id, std::string_view prompt);

    const nlohmann::json& dossier() const { return dossier_; }
    const nlohmann::json* algorithm() const;  // nullptr for an entity document
    const std::string& algorithm_id() const { return algorithm_id_; }
    CivilDate today() const { return today_; }

    // {key: text} of the facts this draft states.
    const nlohmann::json& declared() const { return declared_; }
    // Portal labels of the facts the dossier lacks (each a blank in the draft).
    const std::vector<std::string>& missing() const { return missing_; }

  private:
    const nlohmann::json& dossier_;
    const portal::Profile& profile_;
    std::optional<std::size_t> algorithm_index_;
    std::string algorithm_pointer_;
    std::string algorithm_id_;
    CivilDate today_;
    nlohmann::json declared_ = nlohmann::json::object();
    std::vector<std::string> missing_;
};

// A draft with its title and, under it, the note saying what it is and
// what the filer does (to delete before stamping).
DocxDocument start_draft(std::string title);

// The closing lines: 主体名称（盖章） with the entity's name, and the date.
void add_seal(DocxDocument& document, DraftBuilder& builder);

// A heading followed by the blank asking for its section.
void add_section(DocxDocument& document, Block::Kind heading, std::string title,
                 std::string_view prompt);

}  // namespace beian::documents
