// word/document.xml: the blocks of a DocxDocument as WordprocessingML. The
// markup is the plain subset Word, WPS and LibreOffice all read the same way:
// paragraphs with a named style, runs, line breaks, and tables with fixed
// column widths and explicit borders (no table style to resolve).
#include "documents/docx_parts.hpp"
#include "util/utf8.hpp"

namespace beian::documents {
namespace {

// A4 with the margins Word gives a Chinese document (2.54 cm, 3.18 cm), in
// twentieths of a point; the header table's columns share the text width.
constexpr int kPageWidth = 11906, kPageHeight = 16838;
constexpr int kMarginTop = 1440, kMarginSide = 1800;
constexpr int kTextWidth = kPageWidth - 2 * kMarginSide;
constexpr int kLabelWidth = 2300;

// XML 1.0 allows no C0 control but tab, newline and carriage return, and
// pugixml writes whatever it is given: a stray control character from a
// pasted text would make the file unreadable. Invalid UTF-8 becomes U+FFFD.
std::string xml_safe(std::string_view text) {
    std::string out;
    for (const char32_t c : decode_utf8(text).code_points) {
        if ((c < 0x20 && c != U'\t' && c != U'\n') || c == 0xFFFE || c == 0xFFFF) continue;
        append_utf8(out, c);
    }
    return out;
}

const char* style_of(Block::Kind kind) {
    switch (kind) {
        case Block::Kind::Title:
            return "Title";
        case Block::Kind::Subtitle:
            return "Subtitle";
        case Block::Kind::Heading1:
            return "Heading1";
        case Block::Kind::Heading2:
            return "Heading2";
        case Block::Kind::Note:
            return "FillingNote";
        case Block::Kind::Signature:
            return "SignatureLine";
        case Block::Kind::Paragraph:
        case Block::Kind::Table:
            break;
    }
    return nullptr;
}

void add_text(pugi::xml_node run, const std::string& text) {
    auto t = run.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(text.c_str());
}

// One run per span; "\n" becomes a line break and "\t" a tab inside it.
void add_span(pugi::xml_node paragraph, const Span& span) {
    auto run = paragraph.append_child("w:r");
    if (span.blank || span.bold) {
        auto properties = run.append_child("w:rPr");
        if (span.blank) properties.append_child("w:rStyle").append_attribute("w:val") = "FillIn";
        if (span.bold) properties.append_child("w:b");
        // Repeated on the run: a reader that ignores character styles still
        // shows the blank highlighted.
        if (span.blank) properties.append_child("w:highlight").append_attribute("w:val") = "yellow";
    }
    std::string piece;
    for (const char c : xml_safe(span.text)) {
        if (c != '\n' && c != '\t') {
            piece += c;
            continue;
        }
        if (!piece.empty()) add_text(run, piece);
        piece.clear();
        run.append_child(c == '\n' ? "w:br" : "w:tab");
    }
    if (!piece.empty()) add_text(run, piece);
}

pugi::xml_node add_paragraph(pugi::xml_node parent, const char* style, const Spans& spans) {
    auto paragraph = parent.append_child("w:p");
    if (style)
        paragraph.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = style;
    for (const auto& span : spans) add_span(paragraph, span);
    return paragraph;
}

void add_border(pugi::xml_node borders, const char* side) {
    auto border = borders.append_child(side);
    border.append_attribute("w:val") = "single";
    border.append_attribute("w:sz") = "4";
    border.append_attribute("w:space") = "0";
    border.append_attribute("w:color") = "000000";
}

void add_cell(pugi::xml_node row, int width, const Spans& spans, bool label) {
    auto cell = row.append_child("w:tc");
    auto properties = cell.append_child("w:tcPr");
    auto w = properties.append_child("w:tcW");
    w.append_attribute("w:w") = width;
    w.append_attribute("w:type") = "dxa";
    if (label) {
        auto shading = properties.append_child("w:shd");
        shading.append_attribute("w:val") = "clear";
        shading.append_attribute("w:color") = "auto";
        shading.append_attribute("w:fill") = "F2F2F2";
    }
    properties.append_child("w:vAlign").append_attribute("w:val") = "center";
    add_paragraph(cell, label ? "TableLabel" : "TableValue", spans);  // a cell needs a paragraph
}

void add_table(pugi::xml_node body, const std::vector<TableRow>& rows) {
    auto table = body.append_child("w:tbl");
    auto properties = table.append_child("w:tblPr");
    auto width = properties.append_child("w:tblW");
    width.append_attribute("w:w") = kTextWidth;
    width.append_attribute("w:type") = "dxa";
    auto borders = properties.append_child("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        add_border(borders, side);
    properties.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
    auto grid = table.append_child("w:tblGrid");
    grid.append_child("w:gridCol").append_attribute("w:w") = kLabelWidth;
    grid.append_child("w:gridCol").append_attribute("w:w") = kTextWidth - kLabelWidth;
    for (const auto& row : rows) {
        auto tr = table.append_child("w:tr");
        tr.append_child("w:trPr").append_child("w:cantSplit");
        add_cell(tr, kLabelWidth, {{row.label, false, true}}, true);
        add_cell(tr, kTextWidth - kLabelWidth, row.value, false);
    }
    // Word runs two adjacent tables together; a paragraph keeps them apart.
    add_paragraph(body, nullptr, {});
}

void add_section(pugi::xml_node body) {
    auto section = body.append_child("w:sectPr");
    auto size = section.append_child("w:pgSz");
    size.append_attribute("w:w") = kPageWidth;
    size.append_attribute("w:h") = kPageHeight;
    auto margins = section.append_child("w:pgMar");
    for (const auto& [name, value] : {std::pair{"w:top", kMarginTop},
                                      {"w:right", kMarginSide},
                                      {"w:bottom", kMarginTop},
                                      {"w:left", kMarginSide},
                                      {"w:header", 851},
                                      {"w:footer", 992},
                                      {"w:gutter", 0}})
        margins.append_attribute(name) = value;
}

}  // namespace

std::string document_part(const DocxDocument& document) {
    pugi::xml_document xml;
    add_declaration(xml);
    auto root = xml.append_child("w:document");
    root.append_attribute("xmlns:w") = kWordNamespace;
    root.append_attribute("xmlns:r") = kRelationshipNamespace;
    auto body = root.append_child("w:body");
    for (const auto& block : document.blocks) {
        if (block.kind == Block::Kind::Table)
            add_table(body, block.rows);
        else
            add_paragraph(body, style_of(block.kind), block.spans);
    }
    add_section(body);
    return serialise(xml);
}

}  // namespace beian::documents
