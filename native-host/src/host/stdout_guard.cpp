#include "host/stdout_guard.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace beian::host {

int protect_stdout() {
    const int real_stdout = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (real_stdout < 0) return -1;
    if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        ::close(real_stdout);
        return -1;
    }
    return real_stdout;
}

}  // namespace beian::host
