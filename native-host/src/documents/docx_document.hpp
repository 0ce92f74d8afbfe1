// A filing document as the drafts need it, independent of the file format:
// a title, headings, paragraphs, two-column header tables and the blanks a
// filer fills in. docx_package.hpp turns it into a .docx file.
#pragma once

#include <string>
#include <vector>

namespace beian::documents {

// A piece of text. A blank is a marked gap for the filer (【待填写：prompt】),
// drawn highlighted so it cannot be missed in print.
struct Span {
    std::string text;
    bool blank = false;
    bool bold = false;
};

using Spans = std::vector<Span>;

struct TableRow {
    std::string label;  // left column, shaded
    Spans value;        // right column; "\n" in a span starts a new line
};

struct Block {
    enum class Kind {
        Title,      // the document's name, centred
        Subtitle,   // a line under the title (the template variant), centred
        Heading1,   // 一、…
        Heading2,   // （一）…
        Paragraph,  // body text
        Note,       // instructions for the filer, set apart (grey, boxed)
        Table,      // label | value rows
        Signature,  // right-aligned lines for signature, seal and date
    };
    Kind kind = Kind::Paragraph;
    Spans spans;                 // every kind but Table
    std::vector<TableRow> rows;  // Table
};

struct DocxDocument {
    std::string title;  // also the file's document property
    std::vector<Block> blocks;

    void add(Block::Kind kind, Spans spans) { blocks.push_back({kind, std::move(spans), {}}); }
    void add_text(Block::Kind kind, std::string text) { add(kind, {{std::move(text)}}); }
    void add_table(std::vector<TableRow> rows) {
        blocks.push_back({Block::Kind::Table, {}, std::move(rows)});
    }
};

}  // namespace beian::documents
