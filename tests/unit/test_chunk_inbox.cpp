// The part files chunked uploads grow: a caller that starts upload after
// upload and finishes none leaves at most 16 behind, the oldest removed
// first, and the newest can still be finished.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "storage/chunk_inbox.hpp"
#include "support/temp_dir.hpp"
#include "util/sha256.hpp"

using beian::storage::Chunk;
using beian::storage::ChunkInbox;
using beian::storage::UploadRefused;

namespace {

std::size_t files_in(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                  std::filesystem::directory_iterator()));
}

}  // namespace

TEST_CASE("unfinished uploads are bounded, the oldest removed first", "[uploads]") {
    beian::test::TempDir dir;
    const auto inbox_dir = dir.path() / "incoming";
    const ChunkInbox inbox(inbox_dir, 1024, "1 KiB");
    const std::string whole = "0123456789";

    std::vector<std::string> uploads;
    for (int i = 0; i < 40; ++i) {
        const auto started = inbox.put({std::nullopt, 10, beian::sha256_hex(whole), 0, "01234"});
        CHECK(started.received == 5);
        CHECK_FALSE(started.whole);
        uploads.push_back(started.upload);
        CHECK(files_in(inbox_dir) <= 16);
        // File times tick with the kernel's coarse clock (a few ms): apart,
        // so "oldest" is well defined.
        std::this_thread::sleep_for(std::chrono::milliseconds(12));
    }
    CHECK(files_in(inbox_dir) == 16);

    // The newest finishes; the first was removed to make room.
    const auto done = inbox.put({uploads.back(), 10, beian::sha256_hex(whole), 5, "56789"});
    CHECK(done.whole == whole);
    CHECK(files_in(inbox_dir) == 15);
    try {
        inbox.put({uploads.front(), 10, beian::sha256_hex(whole), 5, "56789"});
        FAIL("the oldest upload should have been removed");
    } catch (const UploadRefused& refused) {
        CHECK(refused.problem() == "unknown-upload");
    }
}
