#include "install/apply_plan.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"

namespace beian::install {
namespace fs = std::filesystem;
namespace {

// Creates the missing directories of dir one by one and makes each 0755
// whatever the umask: a browser reading a system location may not be root.
void make_directories(const fs::path& dir) {
    fs::path current;
    for (const auto& part : dir) {
        current /= part;
        std::error_code ec;
        if (fs::is_directory(current, ec)) continue;
        if (::mkdir(current.c_str(), 0755) != 0 && errno != EEXIST)
            throw fs::filesystem_error("cannot create directory", current,
                                       std::error_code(errno, std::generic_category()));
        ::chmod(current.c_str(), 0755);
    }
}

bool strictly_inside(const fs::path& dir, const fs::path& root) {
    auto d = dir.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++d)
        if (d == dir.end() || *d != *r) return false;
    return d != dir.end();
}

// Removes the empty directories from dir up to, not including, stop: the
// ones install may have created. A directory something else uses is not
// empty and stays.
void prune_empty(fs::path dir, const fs::path& stop) {
    dir = dir.lexically_normal();
    const auto root = stop.lexically_normal();
    while (strictly_inside(dir, root)) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec) || ec) return;
        if (!fs::remove(dir, ec)) return;
        dir = dir.parent_path();
    }
}

void apply_item(const PlannedItem& item) {
    switch (item.change) {
        case Change::Unchanged:
            return;
        case Change::Create:
        case Change::Update:
            make_directories(item.path.parent_path());
            storage::write_file_atomically(item.path, item.content, item.permissions);
            return;
        case Change::Remove:
            fs::remove(item.path);
            prune_empty(item.path.parent_path(), item.location.base);
            return;
    }
}

}  // namespace

std::vector<ApplyFailure> apply_plan(const Plan& plan) {
    std::vector<ApplyFailure> failures;
    for (const auto& item : plan.items) {
        try {
            apply_item(item);
        } catch (const fs::filesystem_error& e) {
            failures.push_back({item.path, e.code().message() + ": " + e.path1().string()});
        } catch (const storage::StorageError& e) {
            failures.push_back({item.path, e.what()});
        }
    }
    return failures;
}

}  // namespace beian::install
