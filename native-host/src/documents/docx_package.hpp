// A DocxDocument as the bytes of a .docx file (a ZIP of XML parts, libzip),
// and the text of a .docx read back: what the checklist looks for in a draft
// the filer has been editing, and what the tests compare.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "documents/docx_document.hpp"

namespace beian::documents {

// The same document always gives the same bytes (fixed entry times), so a
// draft written again from unchanged facts is the same file.
std::string docx_bytes(const DocxDocument& document);

// The text of word/document.xml: one line per paragraph, table cells
// separated by tabs. nullopt when the bytes are not a readable .docx.
std::optional<std::string> docx_text(std::string_view bytes);

}  // namespace beian::documents
