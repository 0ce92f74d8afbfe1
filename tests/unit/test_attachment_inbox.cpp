// The names attachment.put stores files under: the last path component,
// characters a file system refuses replaced, the extension of the file's
// kind, never empty or hidden, at most 150 bytes before the extension.
#include <catch2/catch.hpp>

#include "storage/attachment_inbox.hpp"

using beian::storage::AttachmentInbox;

TEST_CASE("an uploaded file's stored name is safe and keeps its kind", "[attachments]") {
    const std::tuple<const char*, const char*, const char*> rows[] = {
        {"承诺书.pdf", "application/pdf", "承诺书.pdf"},
        {"C:\\Users\\张三\\扫描件.PDF", "application/pdf", "扫描件.PDF"},
        {"../../etc/passwd", "application/pdf", "passwd.pdf"},
        {".hidden.png", "image/png", "hidden.png"},
        {"照片.jpeg", "image/jpeg", "照片.jpeg"},
        {"照片.png", "image/jpeg", "照片.png.jpg"},
        {"a:b*c?.pdf", "application/pdf", "a_b_c_.pdf"},
        {"...", "application/pdf", "attachment.pdf"},
        {".pdf", "application/pdf", "pdf.pdf"},
        {"报告\n.pdf", "application/pdf", "报告_.pdf"},
    };
    for (const auto& [name, type, want] : rows) {
        INFO(name);
        CHECK(AttachmentInbox::safe_name(name, type) == want);
    }
    // 100 three-byte characters: cut to 50 whole ones (150 bytes).
    std::string long_name;
    for (int i = 0; i < 100; ++i) long_name += "报";
    const auto cut = AttachmentInbox::safe_name(long_name + ".pdf", "application/pdf");
    CHECK(cut.size() == 150 + 4);
    CHECK(cut.substr(cut.size() - 7) == "报.pdf");
}
