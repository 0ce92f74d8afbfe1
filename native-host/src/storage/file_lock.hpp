// An exclusive advisory lock (flock) held for the lifetime of the object, so
// two host processes (two browsers, a browser and the CLI) never interleave a
// read-check-write of the same dossier.
#pragma once

#include <filesystem>

namespace beian::storage {

class FileLock {
  public:
    explicit FileLock(const std::filesystem::path& lock_path);  // blocks until held
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

  private:
    int fd_;
};

}  // namespace beian::storage
