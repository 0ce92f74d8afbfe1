// A full disk under the real binary: the data directory lives on a small
// tmpfs, the disk is filled, and a save must fail with STORAGE_FULL while the
// previous dossier file and its history stay intact and readable, with no
// temporary file left behind. Two rows: the disk is full before the history
// entry (the commit point), or the entry fits and the dossier file does not
// (the entry must then be withdrawn).
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "integration/host_process.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using beian::test::HostProcess;
using beian::test::TempDir;
using nlohmann::json;

namespace {

constexpr const char* kTestName =
    "a full disk refuses a save with STORAGE_FULL and keeps the files";
constexpr const char* kInNamespace = "BEIAN_TEST_IN_MOUNT_NAMESPACE";
constexpr std::size_t kPage = 4096;  // tmpfs allocates whole pages

// A 1 MiB tmpfs on dir for the lifetime of the object.
class SmallTmpfs {
  public:
    explicit SmallTmpfs(fs::path dir) : dir_(std::move(dir)) {
        mounted_ = std::system(("mount -t tmpfs -o size=1m,mode=0700 beian-test '" + dir_.string() +
                                "' 2>/dev/null")
                                   .c_str()) == 0;
    }
    ~SmallTmpfs() {
        // Lazy: a host killed by a failing check may still be closing files.
        if (!mounted_) return;
        [[maybe_unused]] const int status =
            std::system(("umount -l '" + dir_.string() + "'").c_str());
    }
    SmallTmpfs(const SmallTmpfs&) = delete;
    SmallTmpfs& operator=(const SmallTmpfs&) = delete;
    bool mounted() const { return mounted_; }

  private:
    fs::path dir_;
    bool mounted_ = false;
};

std::string contents(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// Every file under dir with its content.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& item : fs::recursive_directory_iterator(dir))
        if (item.is_regular_file())
            files[fs::relative(item.path(), dir).string()] = contents(item.path());
    return files;
}

// Writes whole pages to path until the disk refuses one, then gives back
// `pages` of them. Returns the errno of the refusal.
int fill_leaving(const fs::path& path, std::size_t pages) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    REQUIRE(fd >= 0);
    const std::string page(kPage, 'f');
    off_t size = 0;
    int error = 0;
    for (;;) {
        if (::write(fd, page.data(), page.size()) != static_cast<ssize_t>(page.size())) {
            error = errno;
            break;
        }
        size += static_cast<off_t>(kPage);
    }
    REQUIRE(::ftruncate(fd, size - static_cast<off_t>(pages * kPage)) == 0);
    ::close(fd);
    return error;
}

std::size_t pages_of(std::size_t bytes) { return (bytes + kPage - 1) / kPage; }

json dossier_with(const std::string& address) {
    auto dossier = beian::test::sample_dossier();
    dossier["meta"].erase("baselines");
    dossier["entity"]["basic"]["address"] = address;
    return dossier;
}

void save_fills_the_disk(const fs::path& mount, bool entry_fits) {
    const auto home = mount / "home";
    const auto dossiers = home / "dossiers";
    HostProcess host({beian::test::kChromeOrigin}, home);
    for (int revision = 1; revision <= 2; ++revision) {
        const json base = revision == 1 ? json(nullptr) : json(revision - 1);
        const auto saved = host.request(
            "dossier.save", {{"id", "full"},
                             {"dossier", dossier_with("地址 " + std::to_string(revision))},
                             {"baseRevision", base}});
        REQUIRE(saved["ok"] == true);
    }
    const auto before = snapshot(dossiers);
    // The next entry is the same size as entry 2 (same lengths): leave room
    // for exactly its pages, fewer than the pretty-printed dossier file needs.
    const auto entry_pages = pages_of(contents(dossiers / "full.history" / "000002.json").size());
    if (entry_fits) REQUIRE(pages_of(contents(dossiers / "full.json").size()) > entry_pages);
    REQUIRE(fill_leaving(mount / "filler", entry_fits ? entry_pages : 0) == ENOSPC);

    const auto refused = host.request(
        "dossier.save", {{"id", "full"}, {"dossier", dossier_with("地址 3")}, {"baseRevision", 2}},
        "s3");
    CHECK(refused["ok"] == false);
    CHECK(refused["error"]["code"] == "STORAGE_FULL");
    CHECK(refused["id"] == "s3");

    // The previous file and history, byte for byte; no temporary left.
    CHECK(snapshot(dossiers) == before);
    for (const auto& item : fs::recursive_directory_iterator(dossiers))
        CHECK(item.path().filename().string().find(".tmp-") == std::string::npos);
    const auto got = host.request("dossier.get", {{"id", "full"}});
    CHECK(got["result"]["revision"] == 2);
    CHECK(got["result"]["dossier"]["entity"]["basic"]["address"] == "地址 2");
    CHECK(host.request("history.list", {{"id", "full"}})["result"]["revisions"].size() == 2);

    // Room again: the same save goes through.
    fs::remove(mount / "filler");
    const auto saved = host.request(
        "dossier.save", {{"id", "full"}, {"dossier", dossier_with("地址 3")}, {"baseRevision", 2}});
    CHECK(saved["result"]["revision"] == 3);
    CHECK(host.wait_exit() == 0);
}

}  // namespace

TEST_CASE(kTestName, "[host][disk]") {
    TempDir data;
    const auto mount = data.path() / "small";
    fs::create_directory(mount);
    const bool in_namespace = std::getenv(kInNamespace) != nullptr;
    SmallTmpfs tmpfs(mount);
    if (!tmpfs.mounted()) {
        // Not allowed to mount here: run this same test again inside a
        // private mount namespace of our own, where mounting is allowed.
        if (in_namespace) FAIL("cannot mount a tmpfs, even in a private mount namespace");
        const auto self = fs::read_symlink("/proc/self/exe").string();
        const auto command =
            std::string(kInNamespace) + "=1 unshare -rm '" + self + "' '" + kTestName + "'";
        INFO("mount refused; ran: " << command);
        REQUIRE(std::system(command.c_str()) == 0);
        return;
    }
    for (const bool entry_fits : {false, true}) {
        SECTION(entry_fits ? "the entry fits, the dossier file does not"
                           : "not even the history entry fits") {
            save_fills_the_disk(mount, entry_fits);
        }
    }
}
