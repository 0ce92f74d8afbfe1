#include "install/self_path.hpp"

#include <stdexcept>
#include <string>

#if defined(__APPLE__)
#include <mach-o/dyld.h>
#elif defined(_WIN32)
#include <windows.h>
#endif

namespace beian::install {
namespace fs = std::filesystem;

fs::path self_executable() {
#if defined(__APPLE__)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string buffer(size, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) != 0)
        throw std::runtime_error("cannot find the running executable");
    return fs::canonical(fs::path(buffer.c_str()));
#elif defined(_WIN32)
    std::wstring buffer(32768, L'\0');
    const auto length =
        GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (length == 0) throw std::runtime_error("cannot find the running executable");
    buffer.resize(length);
    return fs::canonical(fs::path(buffer));
#else
    // read_symlink rather than canonical("/proc/self/exe") alone: the link's
    // target is the path the kernel executed, which canonical() then cleans.
    std::error_code ec;
    const auto target = fs::read_symlink("/proc/self/exe", ec);
    if (ec) throw std::runtime_error("cannot read /proc/self/exe: " + ec.message());
    return fs::canonical(target);
#endif
}

}  // namespace beian::install
