#include "documents/docx_package.hpp"

#include <zip.h>

#include <memory>
#include <pugixml.hpp>
#include <stdexcept>

#include "documents/docx_parts.hpp"

namespace beian::documents {
namespace {

// 2020-01-01T00:00:00Z: every entry gets this time, so equal documents are
// equal files (libzip would stamp the current time).
constexpr time_t kEntryTime = 1577836800;

struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

// A draft's main part is tens of KiB; a "docx" claiming more than this is not
// one of ours and is not unpacked.
constexpr zip_uint64_t kMaxPartBytes = 64 * 1024 * 1024;

[[noreturn]] void fail(const char* what, zip_error_t* error) {
    throw std::runtime_error(std::string("cannot build the .docx: ") + what + ": " +
                             (error ? zip_error_strerror(error) : "unknown error"));
}

std::string read_all(zip_source_t* source) {
    if (zip_source_open(source) < 0) fail("reopen", zip_source_error(source));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        zip_source_close(source);
        fail("size", zip_source_error(source));
    }
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const auto read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        fail("read back", zip_source_error(source));
    return bytes;
}

// The entry's uncompressed bytes, nullopt when it is absent or unreadable.
std::optional<std::string> read_entry(zip_t* archive, const char* name) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        stat.size > kMaxPartBytes)
        return {};
    zip_file_t* file = zip_fopen(archive, name, 0);
    if (!file) return {};
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const auto read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return {};
    return bytes;
}

// Depth first without recursion: a hostile file may nest deeply.
void collect_text(pugi::xml_node root, std::string& out) {
    auto node = root.first_child();
    while (node) {
        const std::string_view name = node.name();
        if (name == "w:t") out += node.text().get();
        if (name == "w:tab") out += '\t';
        if (name == "w:br") out += '\n';
        if (node.first_child() && name != "w:t") {
            node = node.first_child();
            continue;
        }
        // Leave this node and every ancestor without a next sibling.
        while (node != root) {
            const std::string_view left = node.name();
            if (left == "w:p") out += '\n';
            if (left == "w:tc") out += '\t';
            if (node.next_sibling()) {
                node = node.next_sibling();
                break;
            }
            node = node.parent();
        }
        if (node == root) break;
    }
}

}  // namespace

std::string docx_bytes(const DocxDocument& document) {
    const auto parts = package_parts(document);
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target) fail("buffer", &error);
    zip_t* archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
    if (!archive) fail("open", &error);
    zip_source_keep(target.get());  // the archive's close must leave us the bytes
    for (const auto& [name, content] : parts) {
        // The parts outlive the archive, so libzip may read them in place.
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        const auto index =
            source ? zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source) zip_source_free(source);
            zip_discard(archive);
            throw std::runtime_error("cannot build the .docx: cannot add " + name);
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kEntryTime, 0);
    }
    if (zip_close(archive) < 0) {
        const std::string why = zip_strerror(archive);
        zip_discard(archive);
        throw std::runtime_error("cannot build the .docx: close: " + why);
    }
    return read_all(target.get());
}

std::optional<std::string> docx_text(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr source(zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error));
    if (!source) {
        zip_error_fini(&error);
        return {};
    }
    zip_t* archive = zip_open_from_source(source.get(), ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!archive) return {};
    zip_source_keep(source.get());  // released by our SourcePtr, not by the archive
    const auto xml = read_entry(archive, "word/document.xml");
    zip_discard(archive);
    if (!xml) return {};
    pugi::xml_document parsed;
    if (!parsed.load_buffer(xml->data(), xml->size())) return {};
    std::string text;
    collect_text(parsed.child("w:document").child("w:body"), text);
    return text;
}

}  // namespace beian::documents
