// The .docx container and its XML: every part well formed, text that needs
// escaping or lies outside the BMP kept, control characters dropped, the
// same document always the same bytes, and the text read back.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "documents/blank_marker.hpp"
#include "documents/docx_package.hpp"
#include "documents/docx_parts.hpp"

using namespace beian::documents;

namespace {

DocxDocument example() {
    DocxDocument doc;
    doc.title = "测试 & <文件>";
    doc.add_text(Block::Kind::Title, doc.title);
    doc.add(Block::Kind::Paragraph, {{"王䶮与𠮷野家 & <合作> \"引号\""}, blank("写点什么")});
    doc.add_table({{"主体名称", {{"甲&乙<丙>有限公司"}}}, {"多行", {{"第一行\n第二行\t制表"}}}});
    doc.add_text(Block::Kind::Paragraph, std::string("控制\x01字符\x0b去掉\r"));
    return doc;
}

}  // namespace

TEST_CASE("docx: every part is well-formed XML, content types first", "[documents]") {
    const auto parts = package_parts(example());
    REQUIRE(parts.front().first == "[Content_Types].xml");
    for (const auto& [name, xml] : parts) {
        INFO(name);
        pugi::xml_document parsed;
        CHECK(parsed.load_buffer(xml.data(), xml.size()));
        CHECK(xml.find("\x01") == std::string::npos);
    }
}

TEST_CASE("docx: text survives escaping, 生僻字 and line breaks, controls are dropped",
          "[documents]") {
    const auto text = docx_text(docx_bytes(example()));
    REQUIRE(text);
    CHECK(text->find("测试 & <文件>") != std::string::npos);
    CHECK(text->find("王䶮与𠮷野家 & <合作> \"引号\"") != std::string::npos);
    CHECK(text->find("甲&乙<丙>有限公司") != std::string::npos);
    CHECK(text->find("第一行\n第二行\t制表") != std::string::npos);
    CHECK(text->find("控制字符去掉") != std::string::npos);
    CHECK(count_blanks(*text) == 1);
}

TEST_CASE("docx: the same document gives the same bytes, another does not", "[documents]") {
    const auto first = docx_bytes(example());
    CHECK(first.substr(0, 2) == "PK");
    CHECK(docx_bytes(example()) == first);
    auto other = example();
    other.add_text(Block::Kind::Paragraph, "再加一段");
    CHECK(docx_bytes(other) != first);
}

TEST_CASE("docx: a file that is not a .docx has no text", "[documents]") {
    CHECK_FALSE(docx_text("not a zip at all"));
    CHECK_FALSE(docx_text(""));
    auto bytes = docx_bytes(example());
    bytes.resize(bytes.size() / 2);  // cut: the central directory is gone
    CHECK_FALSE(docx_text(bytes));
}
