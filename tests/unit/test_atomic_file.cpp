#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"
#include "support/temp_dir.hpp"

using beian::storage::StorageError;
using beian::storage::StorageErrorKind;
namespace fs = std::filesystem;

namespace {

std::size_t files_in(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// Limits the size of files this process may write, so a write fails with
// EFBIG part-way, the way a full disk makes it fail.
class FileSizeLimit {
  public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previous_ = ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{bytes, saved_.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        ::signal(SIGXFSZ, previous_);
    }

  private:
    rlimit saved_{};
    sighandler_t previous_;
};

}  // namespace

TEST_CASE("atomic write creates an owner-only file and replaces it whole", "[storage]") {
    beian::test::TempDir dir;
    const auto target = dir.path() / "d.json";
    beian::storage::write_file_atomically(target, "first");
    CHECK(beian::storage::read_file(target) == "first");
    struct stat info {};
    REQUIRE(::stat(target.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    beian::storage::write_file_atomically(target, "second, longer content");
    CHECK(beian::storage::read_file(target) == "second, longer content");
    CHECK(files_in(dir.path()) == 1);  // no temporary left behind
}

TEST_CASE("a write that fails part-way keeps the previous file and leaves no temporary",
          "[storage]") {
    beian::test::TempDir dir;
    const auto target = dir.path() / "d.json";
    beian::storage::write_file_atomically(target, "the committed revision");
    {
        FileSizeLimit limit(16);
        CHECK_THROWS_AS(beian::storage::write_file_atomically(target, std::string(4096, 'x')),
                        StorageError);
    }
    CHECK(beian::storage::read_file(target) == "the committed revision");
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("read_file tells a missing file from an unreadable one", "[storage]") {
    beian::test::TempDir dir;
    CHECK_FALSE(beian::storage::read_file(dir.path() / "absent").has_value());
    CHECK_THROWS_AS(beian::storage::read_file(dir.path()), StorageError);  // a directory
}

TEST_CASE("ensure_private_directory creates 0700 directories", "[storage]") {
    beian::test::TempDir dir;
    const auto nested = dir.path() / "a" / "b";
    beian::storage::ensure_private_directory(nested);
    struct stat info {};
    REQUIRE(::stat(nested.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
}

TEST_CASE("a disk-full errno is reported as DiskFull with a clear message", "[storage]") {
    try {
        beian::storage::throw_io_error("cannot write x", ENOSPC);
        FAIL("no exception");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageErrorKind::DiskFull);
        CHECK(std::string(e.what()).find("磁盘已满") != std::string::npos);
    }
}
