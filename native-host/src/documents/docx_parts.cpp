// The fixed parts of the package: content types, relationships, styles,
// settings and the document properties. Styles follow the look of a Chinese
// official template: 宋体 小四 body, 黑体 title and headings, 楷体 for the
// template variant; the fonts are named the way Word, WPS and LibreOffice
// (through fontconfig) all resolve.
#include <pugixml.hpp>
#include <sstream>

#include "documents/docx_parts.hpp"

namespace beian::documents {
namespace {

constexpr const char* kPackageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRelationship =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

pugi::xml_node start(pugi::xml_document& xml, const char* root, const char* ns) {
    add_declaration(xml);
    auto node = xml.append_child(root);
    node.append_attribute(std::string(root).find(':') == std::string::npos ? "xmlns" : "xmlns:w") =
        ns;
    return node;
}

std::string content_types() {
    pugi::xml_document xml;
    auto types =
        start(xml, "Types", "http://schemas.openxmlformats.org/package/2006/content-types");
    for (const auto& [extension, type] :
         {std::pair{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
          {"xml", "application/xml"}}) {
        auto node = types.append_child("Default");
        node.append_attribute("Extension") = extension;
        node.append_attribute("ContentType") = type;
    }
    constexpr const char* kWordml =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    for (const auto& [part, type] :
         {std::pair{"/word/document.xml", std::string(kWordml) + "document.main+xml"},
          {"/word/styles.xml", std::string(kWordml) + "styles+xml"},
          {"/word/settings.xml", std::string(kWordml) + "settings+xml"},
          {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
          {"/docProps/app.xml",
           "application/vnd.openxmlformats-officedocument.extended-properties+xml"}}) {
        auto node = types.append_child("Override");
        node.append_attribute("PartName") = part;
        node.append_attribute("ContentType") = type.c_str();
    }
    return serialise(xml);
}

std::string relationships(std::initializer_list<std::pair<std::string, std::string>> targets) {
    pugi::xml_document xml;
    auto root = start(xml, "Relationships", kPackageRelationships);
    int id = 0;
    for (const auto& [type, target] : targets) {
        auto node = root.append_child("Relationship");
        node.append_attribute("Id") = ("rId" + std::to_string(++id)).c_str();
        node.append_attribute("Type") = type.c_str();
        node.append_attribute("Target") = target.c_str();
    }
    return serialise(xml);
}

void set(pugi::xml_node parent, const char* name, const char* value) {
    parent.append_child(name).append_attribute("w:val") = value;
}

void fonts(pugi::xml_node run_properties, const char* east_asian) {
    auto node = run_properties.append_child("w:rFonts");
    node.append_attribute("w:ascii") = "Times New Roman";
    node.append_attribute("w:hAnsi") = "Times New Roman";
    node.append_attribute("w:eastAsia") = east_asian;
    node.append_attribute("w:cs") = "Times New Roman";
}

void size(pugi::xml_node run_properties, int half_points) {
    const auto text = std::to_string(half_points);
    set(run_properties, "w:sz", text.c_str());
    set(run_properties, "w:szCs", text.c_str());
}

void spacing(pugi::xml_node paragraph_properties, int before, int after) {
    auto node = paragraph_properties.append_child("w:spacing");
    node.append_attribute("w:before") = before;
    node.append_attribute("w:after") = after;
}

struct ParagraphStyle {
    const char* id;
    const char* name;
    const char* east_asian;  // nullptr: the default 宋体
    int half_points;         // 0: the default 小四
    bool bold;
    const char* align;  // nullptr: left
    int before, after;
    int outline;  // -1: none
};

// 二号 44, 三号 32, 四号 28, 小四 24, 五号 21 half-points.
constexpr ParagraphStyle kStyles[] = {
    {"Title", "Title", "黑体", 44, true, "center", 240, 240, -1},
    {"Subtitle", "Subtitle", "楷体", 28, false, "center", 0, 240, -1},
    {"Heading1", "heading 1", "黑体", 32, true, nullptr, 240, 120, 0},
    {"Heading2", "heading 2", "楷体", 28, true, nullptr, 120, 60, 1},
    {"TableLabel", "Table Label", nullptr, 0, true, "center", 0, 0, -1},
    {"TableValue", "Table Value", nullptr, 0, false, nullptr, 0, 0, -1},
    {"SignatureLine", "Signature Line", nullptr, 0, false, "right", 120, 120, -1},
    {"FillingNote", "Filling Note", "楷体", 21, false, nullptr, 0, 240, -1},
};

void add_paragraph_style(pugi::xml_node styles, const ParagraphStyle& s) {
    auto style = styles.append_child("w:style");
    style.append_attribute("w:type") = "paragraph";
    style.append_attribute("w:styleId") = s.id;
    set(style, "w:name", s.name);
    set(style, "w:basedOn", "Normal");
    set(style, "w:next", "Normal");
    style.append_child("w:qFormat");
    auto paragraph = style.append_child("w:pPr");
    if (s.outline >= 0) paragraph.append_child("w:keepNext");
    if (std::string_view(s.id) == "FillingNote") {
        // Set apart in a grey box: instructions to delete before stamping.
        auto borders = paragraph.append_child("w:pBdr");
        for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
            auto border = borders.append_child(side);
            border.append_attribute("w:val") = "single";
            border.append_attribute("w:sz") = "4";
            border.append_attribute("w:space") = "4";
            border.append_attribute("w:color") = "808080";
        }
        auto shading = paragraph.append_child("w:shd");
        shading.append_attribute("w:val") = "clear";
        shading.append_attribute("w:color") = "auto";
        shading.append_attribute("w:fill") = "EDEDED";
    }
    spacing(paragraph, s.before, s.after);
    if (s.align) set(paragraph, "w:jc", s.align);
    if (s.outline >= 0) set(paragraph, "w:outlineLvl", std::to_string(s.outline).c_str());
    auto run = style.append_child("w:rPr");
    if (s.east_asian) fonts(run, s.east_asian);
    if (s.bold) run.append_child("w:b");
    if (std::string_view(s.id) == "FillingNote") set(run, "w:color", "595959");
    if (s.half_points) size(run, s.half_points);
}

std::string styles_part() {
    pugi::xml_document xml;
    auto styles = start(xml, "w:styles", kWordNamespace);
    auto defaults = styles.append_child("w:docDefaults");
    auto run = defaults.append_child("w:rPrDefault").append_child("w:rPr");
    fonts(run, "宋体");
    size(run, 24);
    auto language = run.append_child("w:lang");
    language.append_attribute("w:val") = "en-US";
    language.append_attribute("w:eastAsia") = "zh-CN";
    auto line =
        defaults.append_child("w:pPrDefault").append_child("w:pPr").append_child("w:spacing");
    line.append_attribute("w:after") = "0";
    line.append_attribute("w:line") = "360";  // 1.5 lines
    line.append_attribute("w:lineRule") = "auto";

    auto normal = styles.append_child("w:style");
    normal.append_attribute("w:type") = "paragraph";
    normal.append_attribute("w:default") = "1";
    normal.append_attribute("w:styleId") = "Normal";
    set(normal, "w:name", "Normal");
    normal.append_child("w:qFormat");
    for (const auto& style : kStyles) add_paragraph_style(styles, style);

    auto fill_in = styles.append_child("w:style");
    fill_in.append_attribute("w:type") = "character";
    fill_in.append_attribute("w:styleId") = "FillIn";
    set(fill_in, "w:name", "Fill In");
    auto fill_run = fill_in.append_child("w:rPr");
    set(fill_run, "w:color", "C00000");
    set(fill_run, "w:highlight", "yellow");
    return serialise(xml);
}

std::string settings_part() {
    pugi::xml_document xml;
    auto settings = start(xml, "w:settings", kWordNamespace);
    set(settings, "w:defaultTabStop", "420");
    // Without it Word opens the file in compatibility mode.
    auto compat = settings.append_child("w:compat").append_child("w:compatSetting");
    compat.append_attribute("w:name") = "compatibilityMode";
    compat.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
    compat.append_attribute("w:val") = "15";
    return serialise(xml);
}

std::string core_part(const DocxDocument& document) {
    pugi::xml_document xml;
    add_declaration(xml);
    auto core = xml.append_child("cp:coreProperties");
    core.append_attribute("xmlns:cp") =
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    core.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    core.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
    core.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    core.append_child("dc:title").text().set(document.title.c_str());
    // No date: a draft written again from unchanged facts stays the same file.
    core.append_child("dc:creator").text().set("Beian Assist");
    return serialise(xml);
}

std::string app_part() {
    pugi::xml_document xml;
    auto properties =
        start(xml, "Properties",
              "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    properties.append_child("Application").text().set("Beian Assist");
    return serialise(xml);
}

}  // namespace

void add_declaration(pugi::xml_document& xml) {
    auto declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    declaration.append_attribute("standalone") = "yes";
}

std::string serialise(const pugi::xml_document& xml) {
    std::ostringstream out;
    xml.save(out, "", pugi::format_raw);
    return out.str();
}

std::vector<std::pair<std::string, std::string>> package_parts(const DocxDocument& document) {
    const std::string office(kOfficeRelationship);
    return {
        {"[Content_Types].xml", content_types()},
        {"_rels/.rels",
         relationships({{office + "officeDocument", "word/document.xml"},
                        {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                         "core-properties",
                         "docProps/core.xml"},
                        {office + "extended-properties", "docProps/app.xml"}})},
        {"word/document.xml", document_part(document)},
        {"word/_rels/document.xml.rels",
         relationships({{office + "styles", "styles.xml"}, {office + "settings", "settings.xml"}})},
        {"word/styles.xml", styles_part()},
        {"word/settings.xml", settings_part()},
        {"docProps/core.xml", core_part(document)},
        {"docProps/app.xml", app_part()},
    };
}

}  // namespace beian::documents
