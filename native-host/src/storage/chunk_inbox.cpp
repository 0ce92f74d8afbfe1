#include "storage/chunk_inbox.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <random>
#include <utility>
#include <vector>

#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"
#include "storage/unique_fd.hpp"
#include "util/sha256.hpp"

namespace beian::storage {
namespace fs = std::filesystem;
namespace {

// A part nobody finished (or a whole nobody used) within a day is left over
// from a closed tab.
constexpr auto kStale = std::chrono::hours(24);

// A tab sends one file at a time; a caller that starts upload after upload
// and never finishes one (a loop, a fuzzer) would otherwise fill the disk and
// make every new start scan a growing directory. Past this many unfinished
// parts, a new start removes the oldest ones.
constexpr std::size_t kMaxUnfinished = 16;

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

// Before a new part is started: removes parts older than kStale and, oldest
// first, those past kMaxUnfinished - 1, so the new one makes at most kMaxUnfinished.
void make_room(const fs::path& dir) {
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    std::vector<std::pair<fs::file_time_type, fs::path>> kept;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code ignored;
        const auto written = fs::last_write_time(it->path(), ignored);
        if (now - written > kStale)
            fs::remove(it->path(), ignored);
        else
            kept.emplace_back(written, it->path());
    }
    if (kept.size() < kMaxUnfinished) return;
    const auto excess = kept.size() - (kMaxUnfinished - 1);
    std::partial_sort(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(excess), kept.end());
    for (std::size_t i = 0; i < excess; ++i) {
        std::error_code ignored;
        fs::remove(kept[i].second, ignored);
    }
}

void append(const fs::path& part, std::string_view bytes, bool create, std::int64_t offset) {
    UniqueFd fd(::open(part.c_str(),
                       O_WRONLY | O_APPEND | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0), 0600));
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

ChunkInbox::ChunkInbox(fs::path dir, std::int64_t max_bytes, std::string limit)
    : dir_(std::move(dir)), max_bytes_(max_bytes), limit_(std::move(limit)) {}

ChunkProgress ChunkInbox::put(const Chunk& chunk) const {
    if (chunk.size > max_bytes_)
        throw UploadRefused("over-limit", "/size",
                            "it is " + std::to_string(chunk.size) + " bytes, over " + limit_ +
                                " (" + std::to_string(max_bytes_) + " bytes)");
    if (chunk.offset + static_cast<std::int64_t>(chunk.bytes.size()) > chunk.size)
        throw UploadRefused("beyond-size", "/data", "the chunk ends past the declared size");
    const bool first = !chunk.upload;
    if (first && chunk.offset != 0)
        throw UploadRefused("out-of-order", "/offset",
                            "an upload starts at offset 0; later chunks name the upload");
    if (!first && !is_upload_id(*chunk.upload))
        throw UploadRefused("unknown-upload", "/upload", "not an upload id");

    ensure_private_directory(dir_);
    if (first) make_room(dir_);
    ChunkProgress progress{first ? new_upload_id() : *chunk.upload, 0, std::nullopt};
    const auto part = dir_ / (progress.upload + ".part");
    append(part, chunk.bytes, first, chunk.offset);
    progress.received = chunk.offset + static_cast<std::int64_t>(chunk.bytes.size());
    if (progress.received < chunk.size) return progress;

    auto whole = read_file(part).value_or("");
    std::error_code ignored;
    fs::remove(part, ignored);
    if (sha256_hex(whole) != chunk.sha256)
        throw UploadRefused("digest-mismatch", "/sha256",
                            "the assembled bytes' SHA-256 is not the one declared: a chunk was "
                            "lost or changed; nothing was kept");
    progress.whole = std::move(whole);
    return progress;
}

}  // namespace beian::storage
