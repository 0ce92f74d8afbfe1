// The parts of a .docx package (Office Open XML, ECMA-376): the main
// document and the few fixed parts every word processor expects beside it.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <utility>
#include <vector>

#include "documents/docx_document.hpp"

namespace beian::documents {

inline constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kRelationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// An XML part's declaration (UTF-8, standalone) and its bytes, unindented.
void add_declaration(pugi::xml_document& xml);
std::string serialise(const pugi::xml_document& xml);

// word/document.xml (docx_body.cpp).
std::string document_part(const DocxDocument& document);

// Every part by its name in the package, [Content_Types].xml first
// (docx_parts.cpp).
std::vector<std::pair<std::string, std::string>> package_parts(const DocxDocument& document);

}  // namespace beian::documents
