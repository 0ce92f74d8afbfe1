#include "storage/storage_error.hpp"

#include <cerrno>
#include <cstring>

namespace beian::storage {

void throw_io_error(const std::string& what, int error_number) {
    const bool full = error_number == ENOSPC || error_number == EDQUOT;
    throw StorageError(
        full ? StorageErrorKind::DiskFull : StorageErrorKind::Io,
        what + ": " + std::strerror(error_number) +
            (full ? " (磁盘已满，原文件未改动 / disk full, the previous file is kept)" : ""));
}

}  // namespace beian::storage
