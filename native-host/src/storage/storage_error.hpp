// Failures of the dossier store, with a kind the protocol maps to an error
// code and a message that names the file but never its content.
#pragma once

#include <stdexcept>
#include <string>

namespace beian::storage {

enum class StorageErrorKind { NotFound, Conflict, InvalidContent, DiskFull, Io };

class StorageError : public std::runtime_error {
  public:
    StorageError(StorageErrorKind kind, const std::string& message)
        : std::runtime_error(message), kind_(kind) {}
    StorageErrorKind kind() const { return kind_; }

  private:
    StorageErrorKind kind_;
};

// An I/O failure described from errno (ENOSPC and EDQUOT become DiskFull).
[[noreturn]] void throw_io_error(const std::string& what, int error_number);

}  // namespace beian::storage
