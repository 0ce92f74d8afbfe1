// `beian-assist rehearse`: execs the rehearsal server's own executable,
// beian-assist-rehearse, installed beside this one. The server links
// cpp-httplib and, through it, OpenSSL, brotli and zlib; the host browsers
// start at every launch does not (docs/performance.md).
#include "cli/exec_beside.hpp"

namespace beian::cli {

int cmd_rehearse(const std::vector<std::string>& args, CommandIo& io) {
    return exec_beside("beian-assist-rehearse", args, io, "the rehearsal server");
}

}  // namespace beian::cli
