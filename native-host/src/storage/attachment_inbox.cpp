#include "storage/attachment_inbox.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <utility>

#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"

namespace beian::storage {
namespace fs = std::filesystem;
namespace {

struct Kind {
    std::string_view media_type;
    std::string_view extension;
    std::string_view magic;  // the first bytes every such file starts with
};
constexpr std::array<Kind, 3> kKinds{{
    {"application/pdf", ".pdf", "%PDF-"},
    {"image/jpeg", ".jpg", "\xFF\xD8\xFF"},
    {"image/png", ".png", "\x89PNG\r\n\x1A\n"},
}};

const Kind* kind_of(std::string_view media_type) {
    for (const auto& kind : kKinds)
        if (kind.media_type == media_type) return &kind;
    return nullptr;
}

}  // namespace

AttachmentInbox::AttachmentInbox(fs::path dossiers_dir) : dossiers_(std::move(dossiers_dir)) {}

std::string AttachmentInbox::safe_name(std::string_view name, std::string_view media_type) {
    // Only the last component of whatever path the browser reported.
    if (const auto slash = name.find_last_of("/\\"); slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    std::string out;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7F ||
                std::string_view(":*?\"<>|").find(c) != std::string_view::npos)
                   ? '_'
                   : c;
    }
    while (!out.empty() && (out.front() == '.' || out.front() == ' ')) out.erase(0, 1);
    // The extension of the file's kind (a.jpeg and a.PDF stay, a.pdf.exe becomes a.pdf.exe.pdf).
    const auto* kind = kind_of(media_type);
    const std::string ext = kind ? std::string(kind->extension) : "";
    const auto dot = out.find_last_of('.');
    std::string current = dot == std::string::npos ? "" : out.substr(dot);
    for (auto& c : current) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool fits = current == ext || (ext == ".jpg" && current == ".jpeg");
    std::string stem = fits ? out.substr(0, dot) : out;
    const std::string suffix = fits ? out.substr(dot) : ext;
    // At most 150 bytes, cut before a whole UTF-8 character.
    if (stem.size() > 150) {
        std::size_t cut = 150;
        while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
        stem.resize(cut);
    }
    return (stem.empty() ? "attachment" : stem) + suffix;
}

UploadState AttachmentInbox::put(const UploadChunk& chunk) const {
    if (!kind_of(chunk.media_type))
        throw UploadRefused("type", "/mediaType", "the portal takes PDF, JPG and PNG files only");
    const ChunkInbox inbox(dossiers_ / "attachments" / ".incoming", kMaxAttachmentBytes,
                           "the portal's limit of 20 MB per file");
    auto progress = inbox.put(chunk);
    UploadState state{progress.upload, progress.received, std::nullopt};
    if (progress.whole) state.path = place(*progress.whole, chunk);
    return state;
}

// The whole file checked and linked into attachments/ under a free name
// (link() never replaces a file), or the same file already there reused.
std::string AttachmentInbox::place(const std::string& content, const UploadChunk& chunk) const {
    const auto magic = kind_of(chunk.media_type)->magic;
    if (std::string_view(content).substr(0, magic.size()) != magic)
        throw UploadRefused("type", "/mediaType",
                            "the file's content is not a " + chunk.media_type + " file");

    const auto name = safe_name(chunk.name, chunk.media_type);
    const auto dot = name.find_last_of('.');
    const auto stem = name.substr(0, dot), ext = name.substr(dot);
    const auto dir = dossiers_ / "attachments";
    // Written whole (synced, owner-only) under a temporary name first, so a
    // name only ever shows a complete file.
    const auto temp = dir / ".incoming" / ("placing-" + std::to_string(::getpid()) + ext);
    write_file_atomically(temp, content);
    struct Cleanup {
        fs::path path;
        ~Cleanup() {
            std::error_code ignored;
            fs::remove(path, ignored);
        }
    } cleanup{temp};
    for (int n = 1; n < 1000; ++n) {
        const auto candidate = n == 1 ? name : stem + "-" + std::to_string(n) + ext;
        const bool linked = ::link(temp.c_str(), (dir / candidate).c_str()) == 0;
        const int error = errno;
        if (!linked && error != EEXIST)
            throw_io_error("cannot store " + (dir / candidate).string(), error);
        if (linked || read_file(dir / candidate) == content) {
            const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd >= 0) {
                ::fsync(fd);
                ::close(fd);
            }
            return "attachments/" + candidate;
        }
    }
    throw StorageError(StorageErrorKind::Io, "no free name for the attachment in " + dir.string());
}

}  // namespace beian::storage
