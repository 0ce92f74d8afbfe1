#include "storage/attachment_inbox.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <random>
#include <utility>

#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"
#include "storage/unique_fd.hpp"
#include "util/sha256.hpp"

namespace beian::storage {
namespace fs = std::filesystem;
namespace {

// A part file nobody finished within a day is left over from a closed tab.
constexpr auto kStalePart = std::chrono::hours(24);

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

using Fd = UniqueFd;

std::string new_upload_id() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (int word = 0; word < 2; ++word)
        for (auto bits = rng(), i = decltype(bits){0}; i < 16; ++i, bits >>= 4)
            id += kHex[bits & 0xF];
    return id;
}

bool is_upload_id(std::string_view id) {
    if (id.size() != 32) return false;
    for (const char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

void remove_stale_parts(const fs::path& dir) {
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code ignored;
        if (it->path().extension() == ".part" &&
            now - fs::last_write_time(it->path(), ignored) > kStalePart)
            fs::remove(it->path(), ignored);
    }
}

void append(const fs::path& part, std::string_view bytes, bool create, std::int64_t offset) {
    Fd fd(::open(part.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0),
                 0600));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            throw UploadRefused("unknown-upload", "/upload",
                                "no upload with this id is in progress (finished, refused or too "
                                "old): start again at offset 0");
        throw_io_error("cannot open " + part.string(), errno);
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) throw_io_error("cannot inspect " + part.string(), errno);
    if (st.st_size != offset)
        throw UploadRefused("out-of-order", "/offset",
                            "chunks must come in order: this upload holds " +
                                std::to_string(st.st_size) + " bytes, the chunk starts at " +
                                std::to_string(offset));
    while (!bytes.empty()) {
        const auto wrote = ::write(fd.get(), bytes.data(), bytes.size());
        if (wrote < 0) {
            if (errno == EINTR) continue;
            throw_io_error("cannot write " + part.string(), errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(wrote));
    }
    if (::fsync(fd.get()) != 0) throw_io_error("cannot sync " + part.string(), errno);
}

}  // namespace

AttachmentInbox::AttachmentInbox(fs::path dossiers_dir) : dossiers_(std::move(dossiers_dir)) {}

fs::path AttachmentInbox::incoming() const { return dossiers_ / "attachments" / ".incoming"; }

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

UploadState AttachmentInbox::put(const UploadChunk& chunk) {
    const auto* kind = kind_of(chunk.media_type);
    if (!kind)
        throw UploadRefused("type", "/mediaType", "the portal takes PDF, JPG and PNG files only");
    if (chunk.size > kMaxAttachmentBytes)
        throw UploadRefused("over-limit", "/size",
                            "the file is " + std::to_string(chunk.size) +
                                " bytes, over the portal's limit of 20 MB (" +
                                std::to_string(kMaxAttachmentBytes) + " bytes) per file");
    if (chunk.offset + static_cast<std::int64_t>(chunk.bytes.size()) > chunk.size)
        throw UploadRefused("beyond-size", "/data",
                            "the chunk ends past the declared size of the file");
    const bool first = !chunk.upload;
    if (first && chunk.offset != 0)
        throw UploadRefused("out-of-order", "/offset",
                            "an upload starts at offset 0; later chunks name the upload");
    if (!first && !is_upload_id(*chunk.upload))
        throw UploadRefused("unknown-upload", "/upload", "not an upload id");

    ensure_private_directory(incoming());
    if (first) remove_stale_parts(incoming());
    UploadState state{first ? new_upload_id() : *chunk.upload, 0, std::nullopt};
    const auto part = incoming() / (state.upload + ".part");
    append(part, chunk.bytes, first, chunk.offset);
    state.received = chunk.offset + static_cast<std::int64_t>(chunk.bytes.size());
    if (state.received < chunk.size) return state;

    try {
        state.path = place(part, chunk);
    } catch (...) {
        std::error_code ignored;
        fs::remove(part, ignored);
        throw;
    }
    return state;
}

// The finished part checked and linked into attachments/ under a free name
// (link() never replaces a file), or the same file already there reused.
std::string AttachmentInbox::place(const fs::path& part, const UploadChunk& chunk) const {
    const auto content = read_file(part).value_or("");
    if (sha256_hex(content) != chunk.sha256)
        throw UploadRefused("digest-mismatch", "/sha256",
                            "the assembled file's SHA-256 is not the one declared: a chunk was "
                            "lost or changed; nothing was kept");
    const auto magic = kind_of(chunk.media_type)->magic;
    if (std::string_view(content).substr(0, magic.size()) != magic)
        throw UploadRefused("type", "/mediaType",
                            "the file's content is not a " + chunk.media_type + " file");

    const auto name = safe_name(chunk.name, chunk.media_type);
    const auto dot = name.find_last_of('.');
    const auto stem = name.substr(0, dot), ext = name.substr(dot);
    const auto dir = dossiers_ / "attachments";
    for (int n = 1; n < 1000; ++n) {
        const auto candidate = n == 1 ? name : stem + "-" + std::to_string(n) + ext;
        const bool linked = ::link(part.c_str(), (dir / candidate).c_str()) == 0;
        const int error = errno;
        if (!linked && error != EEXIST)
            throw_io_error("cannot store " + (dir / candidate).string(), error);
        if (linked || read_file(dir / candidate) == content) {
            std::error_code ignored;
            fs::remove(part, ignored);
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
