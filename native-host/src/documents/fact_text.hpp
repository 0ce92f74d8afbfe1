// A dossier fact as one line of text, the way the portal page shows it (the
// profile's page form: 是/否 for a yes/no, a licence's kind …), so the drafts
// state each fact exactly as the pages will, and a document's recorded facts
// (Attachment.declared) compare with the form as text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "portal/profile.hpp"

namespace beian::documents {

// Text of a value in page form: lists joined by "、", a cascader's path by
// " / " (as the panel shows them), a date range as "from 至 to|长期";
// "" for an empty value.
std::string shown_text(const nlohmann::json& page_value);

struct FieldRef {
    const portal::ProfilePage* page = nullptr;
    const portal::ProfileField* field = nullptr;
};

FieldRef field_by_id(const portal::Profile& profile, std::string_view id);

// The page object a field belongs to: "/entity" for the entity page, the
// algorithm's pointer ("/algorithms/1") for an algorithm page, "" otherwise.
std::string object_of(const FieldRef& ref, const std::string& algorithm_pointer);

// The field's value on the object at object_pointer, as shown text.
std::string field_text(const nlohmann::json& dossier, const FieldRef& ref,
                       const std::string& object_pointer);

}  // namespace beian::documents
